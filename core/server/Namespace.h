// A Socket.IO namespace: its middleware chain, its sockets and rooms, and broadcasting.
// A "parent" namespace (created from a pattern or predicate) spawns children on demand that
// inherit its middleware and connection handlers.
#pragma once

#include "Adapter.h"
#include "BroadcastOperator.h"
#include "Next.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>

#include <functional>

namespace gatehouse {

class Server;
class Socket;
class SocketClient;

class Namespace : public QObject {
    Q_OBJECT

public:
    using Middleware = std::function<void(Socket *socket, const Next &next)>;
    using ConnectionHandler = std::function<void(Socket *socket)>;
    using Matcher = std::function<bool(const QString &name, const QJsonObject &auth)>;

    ~Namespace() override;

    const QString &name() const { return m_name; }
    Server *server() const { return m_server; }

    // Runs for every connection to this namespace, in order, after the server-wide chain.
    Namespace &use(Middleware middleware);
    // Called for every socket once it is connected (after the CONNECT reply went out).
    Namespace &onConnection(ConnectionHandler handler);

    BroadcastOperator to(const QString &room) const
    {
        return BroadcastOperator(const_cast<Namespace *>(this)).to(room);
    }
    BroadcastOperator in(const QString &room) const { return to(room); }
    BroadcastOperator except(const QString &room) const
    {
        return BroadcastOperator(const_cast<Namespace *>(this)).except(room);
    }
    bool emit(const QString &event, const Arguments &args = {}) const
    {
        return BroadcastOperator(const_cast<Namespace *>(this)).emit(event, args);
    }
    QList<Socket *> fetchSockets() const { return m_sockets.values(); }
    void disconnectSockets(bool closeConnection = false) const
    {
        BroadcastOperator(const_cast<Namespace *>(this)).disconnectSockets(closeConnection);
    }
    void socketsJoin(const QString &room) const
    {
        BroadcastOperator(const_cast<Namespace *>(this)).socketsJoin(room);
    }

    Socket *socket(const QString &id) const { return m_sockets.value(id); }
    qsizetype socketCount() const { return m_sockets.size(); }
    Adapter &adapter() { return m_adapter; }
    const Adapter &adapter() const { return m_adapter; }

    bool isParent() const { return static_cast<bool>(m_matcher); }
    Namespace *parentNamespace() const { return m_parent; }

Q_SIGNALS:
    void socketConnected(gatehouse::Socket *socket);
    void socketDisconnected(gatehouse::Socket *socket, const QString &reason);
    // A socket entered or left a room (its own id room included); after socketDisconnected's
    // removal too, one roomLeft per room.
    void roomJoined(gatehouse::Socket *socket, const QString &room);
    void roomLeft(gatehouse::Socket *socket, const QString &room);

private:
    friend class Server;
    friend class Socket;
    friend class SocketClient;
    friend class BroadcastOperator;

    Namespace(Server *server, QString name, Matcher matcher = {}, Namespace *parent = nullptr);

    bool matches(const QString &name, const QJsonObject &auth) const
    {
        return m_matcher && m_matcher(name, auth);
    }
    Namespace *createChild(const QString &name);
    // Runs the middleware chains for a new socket, then connects it or reports the error.
    void add(SocketClient *client, Socket *socket);
    void runMiddleware(Socket *socket, qsizetype index,
                       std::function<void(std::optional<ConnectError>)> done);
    void removeSocket(Socket *socket);
    quint64 nextAckId() { return m_nextAckId++; }

    Server *m_server;
    QString m_name;
    Matcher m_matcher;
    Namespace *m_parent = nullptr;
    QList<Namespace *> m_children;
    QList<Middleware> m_middleware;
    QList<ConnectionHandler> m_connectionHandlers;
    QHash<QString, Socket *> m_sockets;
    Adapter m_adapter;
    quint64 m_nextAckId = 0;
};

} // namespace gatehouse
