// Who is connected, live: users → devices → sockets, over every namespace of one Server. Fed by
// the server's socket and transport signals; each event costs O(1) hash operations, and the
// changes go out as id-based signals (one per user, device or socket that changed) for the admin
// namespace and the console's models.
//
// A socket belongs to the user in socket.data["user"] and the device in socket.data["device"],
// both set by HandshakeAuthenticator; sockets without a user (anonymous namespaces) are listed
// but belong to nobody. Lives on the server's thread.
#pragma once

#include "SessionInfo.h"
#include "core/protocol/Argument.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace gatehouse {

class Server;
class Socket;

// Filters combine with AND; empty ones do not filter. `text` matches (ignoring case) the socket
// id, address and user agent, the user's id, username and display name, and the device's id
// and name.
struct SessionQuery {
    QString userId;
    QString deviceId;
    QString nsp;
    QString room;
    QString text;
};

class SessionRegistry : public QObject {
    Q_OBJECT

public:
    explicit SessionRegistry(Server &server, QObject *parent = nullptr);
    ~SessionRegistry() override;

    qsizetype socketCount() const { return m_sockets.size(); }
    qsizetype userCount() const { return m_users.size(); }
    qsizetype deviceCount() const { return m_deviceCount; }
    // "user X has N connections": sockets of the user over all namespaces and devices.
    int connectionCount(const QString &userId) const;

    std::optional<SocketInfo> socket(const QString &socketId) const;
    std::optional<UserInfo> user(const QString &userId) const;
    std::optional<DeviceInfo> device(const QString &userId, const QString &deviceId) const;
    QList<UserInfo> users() const; // ordered by username
    QList<DeviceInfo> devices(const QString &userId) const; // ordered by id
    QList<SocketInfo> sockets(const SessionQuery &query = {}) const; // ordered by connect time, then id

    // The live sockets themselves, for moderation: one socket, a user's on one device, a user's.
    Socket *findSocket(const QString &socketId) const;
    QList<Socket *> socketsOf(const QString &userId, const QString &deviceId = {}) const;

    // The user's role changed (ModerationService): later snapshots and userChanged show it.
    void setUserRole(const QString &userId, const QString &role);

    // Emits `event` to every socket of the user in namespace `nsp`, on every device (the room
    // "user:<id>"). Returns how many sockets it reached.
    int sendToUser(const QString &userId, const QString &event, const Arguments &args = {},
                   const QString &nsp = QStringLiteral("/"));

Q_SIGNALS:
    void userAdded(const QString &userId);
    void userChanged(const QString &userId); // counts or role changed
    void userRemoved(const QString &userId);
    void deviceAdded(const QString &userId, const QString &deviceId);
    void deviceChanged(const QString &userId, const QString &deviceId);
    void deviceRemoved(const QString &userId, const QString &deviceId);
    void socketAdded(const QString &socketId);
    void socketChanged(const QString &socketId); // transport upgrade
    // The socket is gone from the registry; `info` is its last state.
    void socketRemoved(const gatehouse::SocketInfo &info, const QString &reason);

private:
    struct SocketRecord {
        Socket *socket = nullptr;
        QString userId;
        QString deviceId;
        QDateTime connectedAt;
        QDateTime upgradedAt;
    };
    struct DeviceRecord {
        DeviceInfo info; // socketIds is left empty: `sockets` is the truth
        QSet<QString> sockets;
    };
    struct UserRecord {
        UserInfo info; // counts are filled in on the way out
        QHash<QString, DeviceRecord> devices;
        int socketCount = 0;
    };

    void onSocketConnected(Socket *socket);
    void onSocketDisconnected(Socket *socket, const QString &reason);
    void onUpgraded(const QString &socketId);
    SocketInfo socketInfo(const QString &id, const SocketRecord &record) const;
    UserInfo userInfo(const UserRecord &record) const;
    DeviceInfo deviceInfo(const DeviceRecord &record) const;
    bool matches(const SessionQuery &query, const QString &id, const SocketRecord &record) const;

    Server &m_server;
    QHash<QString, SocketRecord> m_sockets;
    QHash<QString, UserRecord> m_users;
    qsizetype m_deviceCount = 0;
};

} // namespace gatehouse
