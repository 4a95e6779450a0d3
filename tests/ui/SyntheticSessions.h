// A session registry in miniature for the console's tests and benchmarks: users → devices →
// sockets with made-up ids, whose connects and disconnects come out as gatehouse:changes batches
// shaped like the server's ChangeFeed makes them (each entity once per batch, where it was first
// marked, in its state at sending time: parents before children for upserts, children before
// parents for removals). Thousands of sockets churn in milliseconds, which real sockets on two
// cores cannot.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

namespace gatehouse::test {

class SyntheticSessions {
public:
    struct Socket {
        QString id;
        QString userId;
        QString deviceId;
    };

    explicit SyntheticSessions(QString prefix = QStringLiteral("syn"), quint32 seed = 1);

    QString userId(int user) const;
    QString deviceId(int device) const;

    // A new socket of user `userId` on `deviceId` (created as needed); a new id unless given.
    QString connect(const QString &userId, const QString &deviceId, QString socketId = {});
    // Its device and user go too when it was their last socket.
    void disconnect(const QString &socketId);
    // A random live socket; empty when there is none.
    Socket randomSocket();

    // The changes marked since the last batch, as the server would send them now.
    QJsonArray takeBatch();
    qsizetype pendingChanges() const { return m_marks.size(); }

    qsizetype userCount() const { return m_users.size(); }
    qsizetype deviceCount() const;
    qsizetype socketCount() const { return m_sockets.size(); }

private:
    struct User {
        QHash<QString, QSet<QString>> devices;
        QDateTime connectedAt;
    };
    enum class Kind { User, Device, Socket };
    struct Mark {
        Kind kind;
        QString userId;
        QString deviceId;
        QString socketId;
    };

    void mark(Kind kind, const QString &userId, const QString &deviceId = {}, const QString &socketId = {});
    QJsonObject userJson(const QString &userId, const User &user) const;

    QString m_prefix;
    QRandomGenerator m_random;
    quint64 m_nextSocket = 0;
    QDateTime m_clock; // advances a second per connect, so that times differ
    QHash<QString, User> m_users;
    QHash<QString, Socket> m_sockets;
    QStringList m_socketIds; // for randomSocket(); removal swaps with the last
    QHash<QString, qsizetype> m_socketIndex;
    QList<Mark> m_marks;
    QSet<QString> m_marked;
};

} // namespace gatehouse::test
