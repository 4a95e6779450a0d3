#include "EngineServer.h"

#include "EngineSession.h"
#include "HttpConnection.h"
#include "PollingTransport.h"
#include "WebSocketTransport.h"
#include "core/RandomId.h"

#include <QLoggingCategory>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocketServer>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace gatehouse {

namespace {

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char(':') + QString::number(port);
}

QString defaultMessage(EngineServer::ErrorCode code)
{
    switch (code) {
    case EngineServer::ErrorCode::UnknownTransport:
        return QStringLiteral("Transport unknown");
    case EngineServer::ErrorCode::UnknownSid:
        return QStringLiteral("Session ID unknown");
    case EngineServer::ErrorCode::BadHandshakeMethod:
        return QStringLiteral("Bad handshake method");
    case EngineServer::ErrorCode::BadRequest:
        return QStringLiteral("Bad request");
    case EngineServer::ErrorCode::Forbidden:
        return QStringLiteral("Forbidden");
    case EngineServer::ErrorCode::UnsupportedProtocolVersion:
        return QStringLiteral("Unsupported protocol version");
    }
    return {};
}

std::unique_ptr<QTcpServer> createTcpServer(const EngineOptions &options)
{
    if (!options.tls)
        return std::make_unique<QTcpServer>();
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(*options.tls);
    // A peer that never finishes the handshake holds a descriptor: give it as long as headers.
    server->setHandshakeTimeout(options.http.headersTimeoutMs);
    QObject::connect(server.get(), &QSslServer::errorOccurred, server.get(),
                     [](QSslSocket *socket, QAbstractSocket::SocketError) {
                         // Plain HTTP on the HTTPS port, an untrusted certificate: the client's
                         // problem, worth a debug line and nothing more.
                         qCDebug(lcEngine) << "TLS connection from" << socket->peerAddress().toString()
                                           << "failed:" << socket->errorString();
                     });
    return server;
}

} // namespace

EngineServer::EngineServer(EngineOptions options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_cors(m_options.cors),
      m_tcpServer(createTcpServer(m_options)),
      // QSslSocket decrypts below the WebSocket layer, so the WebSocket server never sees TLS.
      m_webSocketServer(
          std::make_unique<QWebSocketServer>(QStringLiteral("Gatehouse"), QWebSocketServer::NonSecureMode))
{
    if (!m_options.path.endsWith('/'))
        m_options.path.append('/');
    m_tcpServer->setListenBacklogSize(1024);
    // Emitted once a connection is ready for HTTP: at once for TCP, after the TLS handshake with
    // QSslServer (whose newConnection() comes before it).
    connect(m_tcpServer.get(), &QTcpServer::pendingConnectionAvailable, this,
            &EngineServer::onNewTcpConnection);
    connect(m_webSocketServer.get(), &QWebSocketServer::newConnection, this,
            &EngineServer::onWebSocketConnected);
}

EngineServer::~EngineServer()
{
    close();
}

Expected<quint16, QString> EngineServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_tcpServer->listen(address, port))
        return unexpected(m_tcpServer->errorString());
    return m_tcpServer->serverPort();
}

bool EngineServer::isListening() const
{
    return m_tcpServer->isListening();
}

quint16 EngineServer::port() const
{
    return m_tcpServer->serverPort();
}

QHostAddress EngineServer::address() const
{
    return m_tcpServer->serverAddress();
}

void EngineServer::close()
{
    m_tcpServer->close();
    const auto sessions = m_sessions.values();
    for (EngineSession *session : sessions)
        session->close(QStringLiteral("server shutting down"));
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        delete connection;
}

void EngineServer::decorate(const HttpRequest &request, HttpResponse &response) const
{
    m_cors.apply(request, response);
}

QByteArray EngineServer::errorBody(ErrorCode code, const QString &message)
{
    const QString text = message.isEmpty() ? defaultMessage(code) : message;
    return "{\"code\":" + QByteArray::number(static_cast<int>(code)) + ",\"message\":\""
        + text.toUtf8().replace('\\', "\\\\").replace('"', "\\\"") + "\"}";
}

QString EngineServer::generateId() const
{
    for (;;) {
        QString id = RandomId::generate();
        if (!m_sessions.contains(id))
            return id;
    }
}

void EngineServer::onNewTcpConnection()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *connection = new HttpConnection(socket, m_options.http, m_options.tls.has_value(), this);
        connect(connection, &HttpConnection::requestReceived, this, &EngineServer::onRequest);
        connect(connection, &HttpConnection::upgradeRequested, this, &EngineServer::onUpgradeRequest);
    }
}

std::optional<EngineServer::ErrorCode> EngineServer::verify(const HttpRequest &request, bool upgrade) const
{
    const QString transport = request.queryItem(QStringLiteral("transport"));
    const bool polling = transport == QLatin1StringView("polling") && m_options.allowPolling;
    const bool websocket = transport == QLatin1StringView("websocket") && m_options.allowWebSocket;
    if (!polling && !websocket)
        return ErrorCode::UnknownTransport;
    if (upgrade != websocket)
        return ErrorCode::BadRequest;

    const QString sid = request.queryItem(QStringLiteral("sid"));
    if (!sid.isEmpty()) {
        const EngineSession *session = m_sessions.value(sid);
        if (!session)
            return ErrorCode::UnknownSid;
        // Upgraded sessions ignore polling. A WebSocket for a session that cannot upgrade (any
        // more) is accepted and closed at once, as the Node server does.
        if (!upgrade && session->transportKind() != EngineTransport::Kind::Polling)
            return ErrorCode::BadRequest;
        return std::nullopt;
    }
    if (request.method != "GET")
        return ErrorCode::BadHandshakeMethod;
    if (request.queryItem(QStringLiteral("EIO")) != QLatin1StringView("4"))
        return ErrorCode::UnsupportedProtocolVersion;
    return std::nullopt;
}

void EngineServer::reject(HttpConnection *connection, const HttpRequest &request, ErrorCode code)
{
    HttpResponse response = HttpResponse::json(code == ErrorCode::Forbidden ? 403 : 400, errorBody(code));
    decorate(request, response);
    if (request.upgrade)
        response.closeConnection = true;
    connection->respond(response);
}

void EngineServer::attach(EngineServer *other)
{
    addHttpHandler([other = QPointer<EngineServer>(other)](HttpConnection *c, const HttpRequest &r) {
        return other && other->handle(c, r);
    });
}

bool EngineServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    if (request.path != m_options.path)
        return false;
    if (request.upgrade)
        onUpgradeRequest(connection, request);
    else
        onRequest(connection, request);
    return true;
}

bool EngineServer::dispatchElsewhere(HttpConnection *connection, const HttpRequest &request)
{
    for (const HttpHandler &handler : std::as_const(m_httpHandlers)) {
        if (handler(connection, request))
            return true;
    }
    HttpResponse response = HttpResponse::json(
        404, R"({"error":{"code":"not_found","message":"No such resource on this server"}})");
    decorate(request, response);
    response.closeConnection = request.upgrade;
    connection->respond(response);
    return false;
}

void EngineServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    if (request.path != m_options.path) {
        dispatchElsewhere(connection, request);
        return;
    }
    if (CorsPolicy::isPreflight(request)) {
        connection->respond(m_cors.preflightResponse(request));
        return;
    }
    if (const auto error = verify(request, false)) {
        reject(connection, request, *error);
        return;
    }
    const QString sid = request.queryItem(QStringLiteral("sid"));
    if (!sid.isEmpty()) {
        m_sessions.value(sid)->handlePollingRequest(connection, request);
        return;
    }
    auto *transport = new PollingTransport(
        [this](const HttpRequest &r, HttpResponse &response) { decorate(r, response); });
    openSession(transport, request, connection);
}

qsizetype EngineServer::pollingSessionCount() const
{
    qsizetype count = 0;
    for (const EngineSession *session : m_sessions) {
        if (session->transportKind() == EngineTransport::Kind::Polling)
            ++count;
    }
    return count;
}

void EngineServer::openSession(EngineTransport *transport, const HttpRequest &request,
                               HttpConnection *connection)
{
    const QString id = generateId();
    auto *session = new EngineSession(id, m_options, transport, request, this);
    m_sessions.insert(id, session);
    session->setTrafficCounter(&m_traffic);
    connect(session, &EngineSession::closed, this, [this, id] { m_sessions.remove(id); });
    if (connection)
        session->handlePollingRequest(connection, request); // the handshake GET is the first poll
    Q_EMIT sessionOpened(session);
    session->open();
}

void EngineServer::onUpgradeRequest(HttpConnection *connection, const HttpRequest &request)
{
    if (request.path != m_options.path) {
        dispatchElsewhere(connection, request);
        return;
    }
    // The WebSocket handshake itself (RFC 6455 4.2.1); QtWebSockets would drop a bad one
    // without a word, the Node server answers 400.
    const auto wsKey = QByteArray::fromBase64Encoding(request.header("sec-websocket-key").trimmed(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (request.header("upgrade").compare("websocket", Qt::CaseInsensitive) != 0 || request.method != "GET"
        || !wsKey || wsKey.decoded.size() != 16
        || request.header("sec-websocket-version").trimmed() != "13") {
        HttpResponse response = HttpResponse::text(
            400,
            "Invalid WebSocket handshake: GET with Upgrade: websocket, a 16-byte Sec-WebSocket-Key and "
            "Sec-WebSocket-Version: 13 are required");
        response.closeConnection = true;
        connection->respond(response);
        return;
    }
    if (const auto error = verify(request, true)) {
        reject(connection, request, *error);
        return;
    }
    const QString key = peerKey(connection->peerAddress(), connection->peerPort());
    QTcpSocket *socket = connection->takeSocketForUpgrade();
    if (!socket)
        return;
    m_pendingUpgrades.insert(key, PendingUpgrade {request, socket});
    // If the WebSocket handshake fails, the socket goes away without a newConnection(): forget
    // it, and free it (nobody else owns it until a QWebSocket does).
    connect(socket, &QObject::destroyed, this, [this, key] { m_pendingUpgrades.remove(key); });
    connect(socket, &QAbstractSocket::disconnected, this, [socket] { socket->deleteLater(); });
    m_webSocketServer->handleConnection(socket);
    Q_EMIT socket->readyRead(); // the request bytes are already buffered
}

void EngineServer::onWebSocketConnected()
{
    while (m_webSocketServer->hasPendingConnections()) {
        std::unique_ptr<QWebSocket> webSocket(m_webSocketServer->nextPendingConnection());
        const PendingUpgrade pending
            = m_pendingUpgrades.take(peerKey(webSocket->peerAddress(), webSocket->peerPort()));
        if (!pending.socket) {
            webSocket->abort();
            continue;
        }
        pending.socket->disconnect(this);
        auto *transport = new WebSocketTransport(std::move(webSocket), pending.socket, m_options.maxPayload);
        const QString sid = pending.request.queryItem(QStringLiteral("sid"));
        if (sid.isEmpty()) {
            openSession(transport, pending.request, nullptr);
            continue;
        }
        EngineSession *session = m_sessions.value(sid);
        if (!session) {
            transport->closeTransport();
            delete transport;
            continue;
        }
        session->attachUpgradeProbe(transport);
    }
}

} // namespace gatehouse
