// The Socket.IO v5 server. Reads like the JavaScript API:
//
//     gatehouse::Server server(options);
//     server.use([](Socket *socket, const Next &next) { ... next(); });
//     server.of(u"/admin"_s).use(requireAdmin);
//     server.onConnection([&](Socket *socket) {
//         socket->on(u"chat"_s, [&](const Arguments &args, const Ack &ack) {
//             server.to(u"lobby"_s).emit(u"chat"_s, args);
//             ack({true});
//         });
//     });
//     server.listen(QHostAddress::LocalHost, 3000);
//
// Everything runs on the thread the server lives in; see ServerThread to keep it off the GUI.
#pragma once

#include "Namespace.h"
#include "ServerOptions.h"
#include "core/Expected.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <memory>

namespace gatehouse {

class EngineServer;
class EngineSession;
class SocketClient;

class Server : public QObject {
    Q_OBJECT

public:
    explicit Server(ServerOptions options = {}, QObject *parent = nullptr);
    ~Server() override;

    const ServerOptions &options() const { return m_options; }
    EngineServer *engine() const { return m_engine.get(); }

    Expected<quint16, QString> listen(const QHostAddress &address, quint16 port);
    void close();

    // Server-wide middleware: runs for a connection to any namespace, before that namespace's own.
    Server &use(Namespace::Middleware middleware);
    // The namespace called `name`, created on first use.
    Namespace &of(const QString &name);
    // A parent namespace: any namespace whose name matches is created on demand.
    Namespace &of(const QRegularExpression &pattern);
    Namespace &of(Namespace::Matcher matcher);
    Namespace *findNamespace(const QString &name) const { return m_namespaces.value(name); }
    QList<Namespace *> namespaces() const { return m_namespaces.values(); }

    // Shortcuts to the main namespace "/".
    Server &onConnection(Namespace::ConnectionHandler handler);
    BroadcastOperator to(const QString &room) { return of(QStringLiteral("/")).to(room); }
    BroadcastOperator in(const QString &room) { return to(room); }
    BroadcastOperator except(const QString &room) { return of(QStringLiteral("/")).except(room); }
    bool emit(const QString &event, const Arguments &args = {})
    {
        return of(QStringLiteral("/")).emit(event, args);
    }

    qsizetype clientCount() const { return m_clients.size(); }

Q_SIGNALS:
    void clientConnected(gatehouse::SocketClient *client);
    // The same signals of every namespace, in one place (for the session registry and /admin).
    void socketConnected(gatehouse::Socket *socket);
    void socketDisconnected(gatehouse::Socket *socket, const QString &reason);
    void roomJoined(gatehouse::Socket *socket, const QString &room);
    void roomLeft(gatehouse::Socket *socket, const QString &room);

private:
    friend class Namespace;
    friend class SocketClient;

    void onSession(EngineSession *session);
    // The namespace for a CONNECT, creating a child of a matching parent if needed.
    Namespace *resolveNamespace(const QString &name, const QJsonObject &auth);

    ServerOptions m_options;
    std::unique_ptr<EngineServer> m_engine;
    QHash<QString, Namespace *> m_namespaces;
    QList<Namespace *> m_parents;
    QList<Namespace::Middleware> m_middleware;
    QHash<QString, SocketClient *> m_clients;
};

} // namespace gatehouse
