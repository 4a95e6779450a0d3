// Who is online, on how many devices, driven by the session registry's signals: one user's
// change costs O(1) and produces at most one `presence` event, {userId, username, name, online,
// devices}, when the user comes online (first device), goes offline (last device gone, whether
// they closed the app, lost the network, or were kicked or suspended) or their device count
// changes. A second connection from a device already online changes nothing.
//
// Online means connected to this server on any namespace as that user (the registry's view), so
// a moderator with only the admin console open is online too. The events go to every subscribed
// socket (ChatCommands subscribes every signed-in socket of "/").
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace gatehouse {

class Namespace;
class SessionRegistry;
class Socket;

class ChatPresence : public QObject {
    Q_OBJECT

public:
    static inline const QString Event = QStringLiteral("presence");
    // The Socket.IO room of the sockets that receive presence and room-list events.
    static inline const QString Room = QStringLiteral("chat:presence");

    ChatPresence(SessionRegistry &registry, Namespace &nsp, QObject *parent = nullptr);
    ~ChatPresence() override;

    void subscribe(Socket *socket);
    // {userId, username, name, online, devices}; offline users get online false and devices 0.
    QJsonObject entry(const QString &userId) const;
    // Every online user, ordered by username.
    QJsonArray online() const;
    // The online users with a socket in the Socket.IO room `room` of the namespace, by username.
    QJsonArray onlineIn(const QString &room) const;
    int onlineCountIn(const QString &room) const;

private:
    struct Announced {
        QString username;
        QString name;
        int devices = 0;
    };

    void update(const QString &userId);
    static QJsonObject toJson(const QString &userId, const Announced &state);
    QStringList usersIn(const QString &room) const; // unordered
    QStringList sortedByUsername(QStringList ids) const;

    SessionRegistry &m_registry;
    QPointer<Namespace> m_nsp;
    // What the subscribers were last told about each online user; offline users are not kept.
    QHash<QString, Announced> m_announced;
};

} // namespace gatehouse
