#include "LocalConsoleConnection.h"

#include "ClientSocket.h"
#include "Manager.h"
#include "core/server/EmbeddedServer.h"

#include <QCoreApplication>

namespace gatehouse {

LocalConsoleConnection::LocalConsoleConnection(EmbeddedServer *server, QString username, QObject *parent)
    : QObject(parent), m_server(server), m_username(std::move(username))
{
    connect(m_server, &EmbeddedServer::started, this, &LocalConsoleConnection::onServerStarted);
    connect(m_server, &EmbeddedServer::stateChanged, this, [this](EmbeddedServer::State state) {
        if (state == EmbeddedServer::State::Stopping || state == EmbeddedServer::State::Stopped)
            onServerStopping();
    });
    if (m_server->isRunning())
        onServerStarted();
}

LocalConsoleConnection::~LocalConsoleConnection() = default;

ClientSocket *LocalConsoleConnection::socket() const
{
    return m_manager ? m_manager->socket(QStringLiteral("/admin")) : nullptr;
}

void LocalConsoleConnection::onServerStarted()
{
    onServerStopping();
    const quint64 generation = ++m_generation;
    m_server->requestAccessToken(m_username, this, [this, generation](Expected<QString, QString> token) {
        if (generation != m_generation)
            return;
        if (!token) {
            Q_EMIT failed(
                m_username.isEmpty()
                    ? QCoreApplication::translate("LocalConsoleConnection", "The console cannot sign in: %1")
                          .arg(token.error())
                    : QCoreApplication::translate("LocalConsoleConnection",
                                                  "The console cannot sign in as \"%1\": %2")
                          .arg(m_username, token.error()));
            return;
        }
        connectWith(*token);
    });
}

void LocalConsoleConnection::onServerStopping()
{
    ++m_generation;
    if (!m_manager)
        return;
    Manager *old = m_manager;
    m_manager = nullptr;
    old->close();
    old->deleteLater();
    Q_EMIT socketChanged(nullptr);
}

void LocalConsoleConnection::connectWith(const QString &token)
{
    Manager::Options options;
    options.engine.url = QUrl(m_server->info().url);
    options.engine.path = m_server->info().path;
    options.engine.polling = false; // loopback: WebSocket from the start
    m_manager = new Manager(options, this);
    ClientSocket *admin = m_manager->socket(QStringLiteral("/admin"));
    admin->setAuth({{QStringLiteral("token"), token}});
    admin->setTokenRefresher([this, generation = m_generation](auto done) {
        if (generation != m_generation) {
            done(unexpected(
                QCoreApplication::translate("LocalConsoleConnection", "The server was restarted.")));
            return;
        }
        m_server->requestAccessToken(m_username, this, std::move(done));
    });
    admin->open();
    Q_EMIT socketChanged(admin);
}

} // namespace gatehouse
