// The Engine.IO v4 server on one TCP port: accepts HTTP connections, answers long-polling and
// WebSocket requests under the configured path, and passes other paths to registered handlers
// (the login API lives there). Sessions are announced with sessionOpened().
#pragma once

#include "EngineOptions.h"
#include "EngineTraffic.h"
#include "core/Expected.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QWebSocketServer;

namespace gatehouse {

class EngineSession;
class EngineTransport;
class HttpConnection;
struct HttpRequest;
struct HttpResponse;

class EngineServer : public QObject {
    Q_OBJECT

public:
    // Returns true when it took the request (it must then answer it, now or later).
    using HttpHandler = std::function<bool(HttpConnection *, const HttpRequest &)>;

    enum class ErrorCode {
        UnknownTransport = 0,
        UnknownSid = 1,
        BadHandshakeMethod = 2,
        BadRequest = 3,
        Forbidden = 4,
        UnsupportedProtocolVersion = 5,
    };

    explicit EngineServer(EngineOptions options = {}, QObject *parent = nullptr);
    ~EngineServer() override;

    const EngineOptions &options() const { return m_options; }
    bool isSecure() const { return m_options.tls.has_value(); }

    // Starts listening; returns the bound port (useful with port 0) or what went wrong.
    Expected<quint16, QString> listen(const QHostAddress &address, quint16 port);
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    // Stops listening and closes every session and connection.
    void close();

    // Handlers for requests outside our path, tried in order (upgrade requests included).
    void addHttpHandler(HttpHandler handler) { m_httpHandlers.append(std::move(handler)); }
    // Serves `other` (a server with a different path) on this server's port.
    void attach(EngineServer *other);
    // Takes a request if it is for our path; used by attach() and for embedding.
    bool handle(HttpConnection *connection, const HttpRequest &request);
    // Adds CORS headers; for handlers that answer requests themselves.
    void decorate(const HttpRequest &request, HttpResponse &response) const;
    const CorsPolicy &corsPolicy() const { return m_cors; }

    EngineSession *session(const QString &id) const { return m_sessions.value(id); }
    qsizetype sessionCount() const { return m_sessions.size(); }
    // Sessions still on long-polling (not upgraded to WebSocket).
    qsizetype pollingSessionCount() const;
    const EngineTraffic &traffic() const { return m_traffic; }

    static QByteArray errorBody(ErrorCode code, const QString &message = {});

Q_SIGNALS:
    void sessionOpened(gatehouse::EngineSession *session);

private:
    struct PendingUpgrade {
        HttpRequest request;
        QPointer<QTcpSocket> socket;
    };

    void onNewTcpConnection();
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    void onUpgradeRequest(HttpConnection *connection, const HttpRequest &request);
    bool dispatchElsewhere(HttpConnection *connection, const HttpRequest &request);
    void onWebSocketConnected();
    std::optional<ErrorCode> verify(const HttpRequest &request, bool upgrade) const;
    void reject(HttpConnection *connection, const HttpRequest &request, ErrorCode code);
    void openSession(EngineTransport *transport, const HttpRequest &request, HttpConnection *connection);
    QString generateId() const;

    EngineOptions m_options;
    CorsPolicy m_cors;
    std::unique_ptr<QTcpServer> m_tcpServer;
    std::unique_ptr<QWebSocketServer> m_webSocketServer;
    QList<HttpHandler> m_httpHandlers;
    QHash<QString, EngineSession *> m_sessions;
    EngineTraffic m_traffic;
    QHash<QString, PendingUpgrade> m_pendingUpgrades; // by peer "address:port"
};

} // namespace gatehouse
