#include "AdminUiAttach.h"

#include "ClientSocket.h"
#include "Manager.h"
#include "RemoteAdminSignIn.h"

#include <memory>

namespace gatehouse {

AdminUiAttach::AdminUiAttach(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
}

AdminUiAttach::~AdminUiAttach()
{
    detach(); // leaves the namespace and wipes the password
}

QString AdminUiAttach::checkNamespace(const QString &nsp)
{
    if (!nsp.startsWith(QLatin1Char('/')) || nsp.contains(QLatin1Char(' ')) || nsp.contains(QLatin1Char('?')))
        return tr("The admin namespace must start with / (instrument()'s namespaceName, /admin by default).");
    return {};
}

QString AdminUiAttach::checkPath(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char(' '))
        || path.contains(QLatin1Char('?')))
        return tr("The Socket.IO path must start with / (/socket.io by default).");
    return {};
}

bool AdminUiAttach::isAttached() const
{
    return m_attached && m_socket;
}

ClientSocket *AdminUiAttach::socket() const
{
    return m_attached ? m_socket.get() : nullptr;
}

ConsoleConnection *AdminUiAttach::createConnection(QObject *parent) const
{
    auto *connection = new ConsoleConnection(socket(), ConsoleConnection::adminUiCapabilities(), parent);
    connection->setProtocol(ConsoleConnection::Protocol::AdminUi);
    if (!m_settings.username.isEmpty())
        connection->setSignedInUser({{QStringLiteral("username"), m_settings.username}});
    return connection;
}

void AdminUiAttach::clearSecrets()
{
    m_settings.password.fill(u'\0');
    m_settings.password.clear();
    m_sessionId.fill(u'\0');
    m_sessionId.clear();
}

ConsoleError AdminUiAttach::refusal(const ConnectError &error) const
{
    // The reference's exact words for bad credentials (docs/admin-ui-protocol.md, 1.1).
    if (error.message == QLatin1StringView("invalid credentials"))
        return {QStringLiteral("invalid_credentials"), tr("Wrong username or password.")};
    if (error.message == QLatin1StringView("Invalid namespace"))
        return {QStringLiteral("invalid_namespace"),
                tr("%1 has no namespace %2. Is instrument() running there, with that namespace name?")
                    .arg(m_settings.server.toDisplayString(), m_settings.nsp)};
    return {QStringLiteral("refused"),
            tr("The server refused the admin namespace %1: %2").arg(m_settings.nsp, error.message)};
}

void AdminUiAttach::attach(Settings settings, Done done)
{
    detach();
    const quint64 attempt = ++m_attempt;
    m_settings = std::move(settings);
    QString problem = RemoteAdminSignIn::checkUrl(m_settings.server);
    if (problem.isEmpty())
        problem = checkNamespace(m_settings.nsp);
    if (problem.isEmpty())
        problem = checkPath(m_settings.path);
    if (!problem.isEmpty()) {
        clearSecrets();
        QMetaObject::invokeMethod(
            this,
            [done, problem] {
                done(unexpected(ConsoleError {QStringLiteral("bad_settings"), problem}));
            },
            Qt::QueuedConnection);
        return;
    }

    Manager::Options options;
    options.engine.url = m_settings.server;
    options.engine.path = m_settings.path.endsWith(QLatin1Char('/'))
        ? m_settings.path.toUtf8()
        : (m_settings.path + QLatin1Char('/')).toUtf8();
    // WebSocket from the start: a console that goes away leaves the listings at once, and a
    // desktop client needs none of the browser's CORS settings.
    options.engine.polling = false;
    options.engine.openTimeoutMs = m_settings.timeoutMs;
    options.reconnection = true;
    m_manager = new Manager(options, this);
    m_socket = m_manager->socket(m_settings.nsp);
    m_socket->setAuthProvider([this] {
        if (!m_sessionId.isEmpty())
            return QJsonObject {{QStringLiteral("sessionId"), m_sessionId}};
        // Always both keys, as the Admin UI sends them; a server without auth ignores them.
        return QJsonObject {{QStringLiteral("username"), m_settings.username},
                            {QStringLiteral("password"), m_settings.password}};
    });
    // A server that hands out a session id after the CONNECT takes it instead of the password.
    m_socket->on(QStringLiteral("session"), [this](const Arguments &args, const Ack &) {
        const QString id = args.value(0).toJson().toString();
        if (id.isEmpty())
            return;
        m_sessionId = id;
        m_settings.password.fill(u'\0');
        m_settings.password.clear();
    });

    // Exactly one of these answers `done`; the links are cut with it.
    auto pending = std::make_shared<Done>(std::move(done));
    auto links = std::make_shared<QList<QMetaObject::Connection>>();
    const auto answer = [this, pending, links, attempt](Expected<void, ConsoleError> result) {
        if (!*pending || attempt != m_attempt)
            return;
        m_deadline.stop();
        for (const QMetaObject::Connection &link : std::as_const(*links))
            disconnect(link);
        const Done once = std::exchange(*pending, nullptr);
        if (result)
            m_attached = true;
        else
            detach();
        once(std::move(result));
    };
    links->append(connect(m_socket, &ClientSocket::connected, this, [answer] { answer({}); }));
    links->append(connect(m_socket, &ClientSocket::connectError, this,
                          [this, answer](const ConnectError &error) { answer(unexpected(refusal(error))); }));
    links->append(connect(
        m_manager, &Manager::closed, this, [this, answer](const QString &reason, const QString &description) {
            answer(unexpected(ConsoleError {
                QStringLiteral("unreachable"),
                tr("Cannot reach %1: %2. Check the address, the path and that the server is running.")
                    .arg(m_settings.server.toDisplayString(),
                         description.isEmpty() ? reason : description)}));
        }));
    links->append(connect(&m_deadline, &QTimer::timeout, this, [this, answer] {
        answer(unexpected(ConsoleError {QStringLiteral("unreachable"),
                                        tr("Cannot reach %1: no answer within %2 s.")
                                            .arg(m_settings.server.toDisplayString())
                                            .arg(m_settings.timeoutMs / 1000)}));
    }));
    // After the attach: a refused reconnect ends it (the socket stops trying by itself).
    connect(m_socket, &ClientSocket::connectError, this, [this, attempt](const ConnectError &error) {
        if (m_attached && attempt == m_attempt)
            Q_EMIT credentialsRefused(refusal(error).message);
    });
    m_deadline.start(m_settings.timeoutMs);
    m_socket->open();
}

void AdminUiAttach::detach()
{
    ++m_attempt;
    m_deadline.stop();
    m_attached = false;
    if (m_socket) {
        m_socket->off(QStringLiteral("session"));
        m_socket->close();
    }
    if (m_manager) {
        m_manager->disconnect(this);
        m_manager->close();
        m_manager->deleteLater();
        m_manager = nullptr;
    }
    m_socket = nullptr;
    clearSecrets();
}

} // namespace gatehouse
