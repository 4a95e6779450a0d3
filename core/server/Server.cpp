#include "Server.h"

#include "Socket.h"
#include "SocketClient.h"
#include "core/transport/EngineServer.h"
#include "core/transport/EngineSession.h"

namespace gatehouse {

Server::Server(ServerOptions options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_engine(std::make_unique<EngineServer>(m_options.engine))
{
    connect(m_engine.get(), &EngineServer::sessionOpened, this, &Server::onSession);
    of(QStringLiteral("/"));
}

Server::~Server()
{
    // Sessions first, while namespaces and sockets still exist to hear about it.
    m_engine.reset();
}

Expected<quint16, QString> Server::listen(const QHostAddress &address, quint16 port)
{
    return m_engine->listen(address, port);
}

void Server::close()
{
    m_engine->close();
}

Server &Server::use(Namespace::Middleware middleware)
{
    m_middleware.append(std::move(middleware));
    return *this;
}

Namespace &Server::of(const QString &name)
{
    const QString normalized = name.startsWith(QLatin1Char('/')) ? name : QLatin1Char('/') + name;
    if (Namespace *existing = m_namespaces.value(normalized))
        return *existing;
    auto *nsp = new Namespace(this, normalized);
    m_namespaces.insert(normalized, nsp);
    connect(nsp, &Namespace::socketConnected, this, &Server::socketConnected);
    connect(nsp, &Namespace::socketDisconnected, this, &Server::socketDisconnected);
    connect(nsp, &Namespace::roomJoined, this, &Server::roomJoined);
    connect(nsp, &Namespace::roomLeft, this, &Server::roomLeft);
    return *nsp;
}

Namespace &Server::of(const QRegularExpression &pattern)
{
    return of([pattern](const QString &name, const QJsonObject &) { return pattern.match(name).hasMatch(); });
}

Namespace &Server::of(Namespace::Matcher matcher)
{
    auto *parent = new Namespace(this, QStringLiteral("/_%1").arg(m_parents.size()), std::move(matcher));
    m_parents.append(parent);
    return *parent;
}

Server &Server::onConnection(Namespace::ConnectionHandler handler)
{
    of(QStringLiteral("/")).onConnection(std::move(handler));
    return *this;
}

Namespace *Server::resolveNamespace(const QString &name, const QJsonObject &auth)
{
    if (Namespace *nsp = m_namespaces.value(name))
        return nsp;
    for (Namespace *parent : std::as_const(m_parents)) {
        if (parent->matches(name, auth)) {
            Namespace *child = parent->createChild(name);
            m_namespaces.insert(name, child);
            return child;
        }
    }
    return nullptr;
}

void Server::onSession(EngineSession *session)
{
    auto *client = new SocketClient(this, session);
    m_clients.insert(client->id(), client);
    Q_EMIT clientConnected(client);
}

} // namespace gatehouse
