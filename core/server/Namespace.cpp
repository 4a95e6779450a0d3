#include "Namespace.h"

#include "Server.h"
#include "Socket.h"
#include "SocketClient.h"
#include "core/protocol/JsonText.h"
#include "core/protocol/SocketCodec.h"
#include "core/transport/EngineSession.h"

namespace gatehouse {

QByteArray connectErrorPayload(const ConnectError &error)
{
    // Written by hand to keep Node's key order: message first, then data.
    QByteArray payload = R"({"message":)" + JsonText::serialize(error.message);
    if (!error.data.isUndefined())
        payload += R"(,"data":)" + JsonText::serialize(error.data);
    payload += '}';
    return payload;
}

Namespace::Namespace(Server *server, QString name, Matcher matcher, Namespace *parent)
    : QObject(server),
      m_server(server),
      m_name(std::move(name)),
      m_matcher(std::move(matcher)),
      m_parent(parent)
{
}

Namespace::~Namespace()
{
    // Sockets use the adapter as they go, so they go before it does.
    qDeleteAll(findChildren<Socket *>(Qt::FindDirectChildrenOnly));
}

Namespace &Namespace::use(Middleware middleware)
{
    m_middleware.append(std::move(middleware));
    return *this;
}

Namespace &Namespace::onConnection(ConnectionHandler handler)
{
    m_connectionHandlers.append(handler);
    for (Namespace *child : std::as_const(m_children))
        child->onConnection(handler);
    return *this;
}

Namespace *Namespace::createChild(const QString &name)
{
    auto *child = new Namespace(m_server, name, {}, this);
    child->m_middleware = m_middleware;
    child->m_connectionHandlers = m_connectionHandlers;
    m_children.append(child);
    return child;
}

void Namespace::runMiddleware(Socket *socket, qsizetype index,
                              std::function<void(std::optional<ConnectError>)> done)
{
    // The server-wide chain comes first, then this namespace's own.
    const QList<Middleware> &serverChain = m_server->m_middleware;
    const qsizetype total = serverChain.size() + m_middleware.size();
    if (index >= total) {
        done(std::nullopt);
        return;
    }
    const Middleware &middleware
        = index < serverChain.size() ? serverChain.at(index) : m_middleware.at(index - serverChain.size());
    QPointer<Namespace> self(this);
    QPointer<Socket> guard(socket);
    middleware(socket, Next([self, guard, index, done](std::optional<ConnectError> error) {
                   if (!self || !guard) // the namespace or the connection went away meanwhile
                       return;
                   if (error) {
                       done(std::move(error));
                       return;
                   }
                   self->runMiddleware(guard, index + 1, done);
               }));
}

void Namespace::add(SocketClient *client, Socket *socket)
{
    QPointer<SocketClient> clientGuard(client);
    runMiddleware(socket, 0, [this, clientGuard, socket](std::optional<ConnectError> error) {
        SocketClient *c = clientGuard;
        if (!c || !c->session() || c->session()->state() != EngineSession::State::Open) {
            m_adapter.removeAll(socket); // middleware may have joined rooms already
            socket->deleteLater();
            return;
        }
        if (error) {
            SocketPacket packet;
            packet.type = SocketPacketType::ConnectError;
            packet.nsp = m_name;
            packet.payload = connectErrorPayload(*error);
            c->write(SocketCodec::toEnginePackets(packet));
            c->removeSocket(socket);
            m_adapter.removeAll(socket);
            socket->deleteLater();
            return;
        }
        m_sockets.insert(socket->id(), socket);
        socket->onConnect();
        c->m_connectTimer.stop();
        QPointer<Socket> guard(socket);
        const QList<ConnectionHandler> handlers = m_connectionHandlers;
        for (const ConnectionHandler &handler : handlers) {
            if (!guard || !guard->isConnected())
                return;
            handler(socket);
        }
        if (guard && guard->isConnected())
            Q_EMIT socketConnected(socket);
    });
}

void Namespace::removeSocket(Socket *socket)
{
    m_sockets.remove(socket->id());
}

} // namespace gatehouse
