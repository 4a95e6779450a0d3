// What a console knows about a server's live sessions: users → devices → sockets as /admin
// describes them (gatehouse:sessions pages, gatehouse:changes batches), plus the suspended
// accounts, which have no sessions but stay listed with their suspension.
//
// Plain values with O(1) lookups by id. Every mutation can report what it did as events (one per
// user, device or socket that appeared, changed or went), children removed before their parents
// and parents upserted before their children, which ConsoleFeed turns into signals. It accepts
// changes in any order: a child whose parent is unknown gets a placeholder parent, and a parent
// that goes takes its remaining children with it, so the tree never holds an orphan.
#pragma once

#include "core/moderation/SessionInfo.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace gatehouse {

class ConsoleState {
public:
    // A listed user: online (has sessions), suspended, or both for the moment between a
    // suspension and the disconnect of the user's sockets.
    struct UserEntry {
        UserInfo info; // from the sessions while online; from the account while offline
        bool online = false;
        bool suspended = false;
        QString suspendedReason;
        QDateTime suspendedUntil; // invalid: until lifted by hand
    };

    struct Event {
        enum class Kind { User, Device, Socket };
        Kind kind;
        bool removed = false; // else upserted: appeared or changed
        QString userId;
        QString deviceId; // devices and sockets
        QString socketId; // sockets
    };
    using Events = QList<Event>;

    // Pointers stay valid until the next mutation.
    const UserEntry *user(const QString &userId) const;
    const DeviceInfo *device(const QString &userId, const QString &deviceId) const;
    const SocketInfo *socket(const QString &socketId) const;
    // Unordered.
    QStringList userIds() const;
    QStringList deviceIds(const QString &userId) const;
    QStringList socketIds(const QString &userId, const QString &deviceId) const;
    qsizetype userCount() const { return m_users.size(); }
    qsizetype deviceCount() const { return m_deviceCount; }
    qsizetype socketCount() const { return m_sockets.size(); }

    // One entry of a gatehouse:changes batch. `events` may be null (nobody is told).
    void applyChange(const QJsonObject &change, Events *events);
    // One user of a gatehouse:sessions page, with its devices and their sockets.
    void applySessionUser(const QJsonObject &user, Events *events);
    // An account as gatehouse:account, gatehouse:accounts, gatehouse:suspend and "account" changes
    // show it: keeps or drops the user's suspension.
    void applyAccount(const QJsonObject &account, Events *events);

    void upsertUser(const UserInfo &info, Events *events);
    void upsertDevice(const DeviceInfo &info, Events *events);
    void upsertSocket(const SocketInfo &info, Events *events);
    // The user's sessions are gone; a suspended user stays listed, offline.
    void removeUser(const QString &userId, Events *events);
    void removeDevice(const QString &userId, const QString &deviceId, Events *events);
    void removeSocket(const QString &socketId, Events *events);

private:
    struct DeviceNode {
        DeviceInfo info;
        QSet<QString> sockets;
    };
    struct UserNode {
        UserEntry entry;
        QHash<QString, DeviceNode> devices;
    };

    // The user, created as an online placeholder when unknown (a child arrived first).
    UserNode &ensureUser(const QString &userId, Events *events);
    DeviceNode &ensureDevice(UserNode &user, const QString &deviceId, Events *events);
    void dropSessions(UserNode &user, Events *events);
    void eraseUser(const QString &userId, Events *events);

    QHash<QString, UserNode> m_users;
    QHash<QString, SocketInfo> m_sockets;
    qsizetype m_deviceCount = 0;
};

} // namespace gatehouse
