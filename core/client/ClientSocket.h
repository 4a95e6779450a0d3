// The client's socket for one namespace (socket.io-client's Socket): connects with an auth
// payload computed afresh before every (re)connect, emits (buffered until connected), acks in
// both directions with timeouts, and reports why it disconnected.
#pragma once

#include "core/Expected.h"
#include "core/PendingAcks.h"
#include "core/protocol/Argument.h"
#include "core/server/Ack.h"
#include "core/server/ConnectError.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace gatehouse {

class Manager;
struct SocketPacket;

class ClientSocket : public QObject {
    Q_OBJECT

public:
    using EventHandler = std::function<void(const Arguments &args, const Ack &ack)>;
    using AnyHandler = std::function<void(const QString &event, const Arguments &args, const Ack &ack)>;
    using AckCallback = PendingAcks::Callback;
    using AuthProvider = std::function<QJsonObject()>;
    // Gets a fresh access token (e.g. through the login API's refresh), now or later, and passes
    // it to `done`; an error string when that is not possible (the user must sign in again).
    using TokenRefresher = std::function<void(std::function<void(Expected<QString, QString> token)> done)>;

    const QString &nsp() const { return m_nsp; }
    // The id the server gave this socket; empty while not connected.
    const QString &id() const { return m_id; }
    bool isConnected() const { return m_connected; }
    // Wants to be connected: reconnects with the manager. False after close(), a server
    // disconnect or a refused connection.
    bool isActive() const { return m_active; }
    // The last forceDisconnect notice; empty when none came since open().
    const QJsonObject &forcedDisconnectNotice() const { return m_forcedDisconnect; }
    Manager *manager() const { return m_manager; }

    void setAuth(const QJsonObject &auth);
    // Called before every CONNECT, e.g. to send a freshly refreshed token.
    void setAuthProvider(AuthProvider provider) { m_authProvider = std::move(provider); }
    // Lets the socket keep itself signed in: on the server's `token_expiring` it fetches a token
    // and sends `reauthenticate`; on a connect_error "token_expired" it fetches one and connects
    // again (once). The fresh token replaces "token" in the auth payload from then on.
    void setTokenRefresher(TokenRefresher refresher) { m_refresher = std::move(refresher); }

    // Connects (opening the manager's connection if needed). socket.io-client's connect().
    void open();
    // Leaves the namespace; the connection closes when no other socket uses it.
    void close();

    void on(const QString &event, EventHandler handler) { m_handlers.insert(event, std::move(handler)); }
    void off(const QString &event) { m_handlers.remove(event); }
    void onAny(AnyHandler handler) { m_anyHandlers.append(std::move(handler)); }

    // Sends now, or when connected; false for reserved event names.
    bool emit(const QString &event, const Arguments &args = {});
    bool emitWithAck(const QString &event, const Arguments &args, QObject *context, AckCallback callback,
                     int timeoutMs = 10'000);

Q_SIGNALS:
    void connected();
    void disconnected(const QString &reason);
    void connectError(const gatehouse::ConnectError &error);
    // The server is about to disconnect this socket for good: kicked ({code: "kicked", reason,
    // by}), suspended ({code: "account_suspended", reason, until, by}), its user's new role may
    // not be in this namespace ({code: "forbidden", reason, role, by}) or its token expired. The
    // socket will not reconnect by itself.
    void forcedDisconnect(const QJsonObject &notice);

private:
    friend class Manager;

    ClientSocket(Manager *manager, QString nsp);

    void onManagerOpen();
    void onManagerClose(const QString &reason);
    void onPacket(const SocketPacket &packet);
    void onEvent(const SocketPacket &packet);
    void onAck(const SocketPacket &packet);
    void sendConnect();
    void send(SocketPacket &packet);
    void closed(const QString &reason);
    void refreshToken(std::function<void(const QString &token)> then);

    Manager *m_manager;
    QString m_nsp;
    QString m_id;
    bool m_connected = false;
    bool m_active = false;
    QJsonObject m_forcedDisconnect;
    AuthProvider m_authProvider;
    TokenRefresher m_refresher;
    QString m_refreshedToken;
    bool m_retryingExpired = false;
    QHash<QString, EventHandler> m_handlers;
    QList<AnyHandler> m_anyHandlers;
    QList<SocketPacket> m_sendBuffer;
    PendingAcks m_pendingAcks;
    quint64 m_nextAckId = 0;
};

} // namespace gatehouse
