#include "HttpConnection.h"

#include <QLoggingCategory>

#include <http_parser.h>

Q_LOGGING_CATEGORY(lcHttp, "gatehouse.http", QtWarningMsg)

namespace gatehouse {

struct HttpParserCallbacks {
    static HttpConnection *self(http_parser *parser) { return static_cast<HttpConnection *>(parser->data); }

    static int onMessageBegin(http_parser *parser)
    {
        HttpConnection *c = self(parser);
        c->m_current = HttpRequest {};
        c->m_current.remoteAddress = c->m_peerAddress;
        c->m_current.remotePort = c->m_peerPort;
        c->m_current.secure = c->m_secure;
        c->m_headerField.clear();
        c->m_headerBytes = 0;
        c->m_lastWasValue = true;
        c->m_requestInProgress = true;
        c->m_timer.start(c->m_limits.headersTimeoutMs);
        return 0;
    }

    static bool countHeaderBytes(HttpConnection *c, size_t length)
    {
        c->m_headerBytes += static_cast<qsizetype>(length);
        return c->m_headerBytes <= c->m_limits.maxHeaderBytes;
    }

    static int onUrl(http_parser *parser, const char *at, size_t length)
    {
        HttpConnection *c = self(parser);
        if (!countHeaderBytes(c, length))
            return 1;
        c->m_current.target.append(at, static_cast<qsizetype>(length));
        return 0;
    }

    static int onHeaderField(http_parser *parser, const char *at, size_t length)
    {
        HttpConnection *c = self(parser);
        if (!countHeaderBytes(c, length))
            return 1;
        if (c->m_lastWasValue) {
            c->m_current.headers.append({QByteArray(), QByteArray()});
            c->m_lastWasValue = false;
        }
        c->m_current.headers.last().first.append(at, static_cast<qsizetype>(length));
        return 0;
    }

    static int onHeaderValue(http_parser *parser, const char *at, size_t length)
    {
        HttpConnection *c = self(parser);
        if (!countHeaderBytes(c, length))
            return 1;
        c->m_lastWasValue = true;
        if (!c->m_current.headers.isEmpty())
            c->m_current.headers.last().second.append(at, static_cast<qsizetype>(length));
        return 0;
    }

    static int onHeadersComplete(http_parser *parser)
    {
        HttpConnection *c = self(parser);
        HttpRequest &request = c->m_current;
        for (auto &header : request.headers)
            header.first = header.first.toLower();
        request.method = http_method_str(static_cast<http_method>(parser->method));
        request.upgrade = parser->upgrade != 0;
        const qsizetype queryStart = request.target.indexOf('?');
        request.path = queryStart < 0 ? request.target : request.target.left(queryStart);
        if (queryStart >= 0) {
            // Node's querystring reads '+' as a space; QUrlQuery does not.
            QByteArray query = request.target.mid(queryStart + 1);
            query.replace('+', "%20");
            request.query.setQuery(QString::fromUtf8(query));
        }
        c->m_timer.stop();
        if (!request.upgrade && c->m_inTransaction) {
            c->m_socket->commitTransaction();
            c->m_inTransaction = false;
        }
        if (parser->content_length != ULLONG_MAX
            && parser->content_length > static_cast<quint64>(c->m_limits.maxBodyBytes)) {
            c->fail(413, "Payload Too Large");
            return 1;
        }
        if (request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0 && c->m_socket)
            c->m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return 0;
    }

    static int onBody(http_parser *parser, const char *at, size_t length)
    {
        HttpConnection *c = self(parser);
        if (c->m_current.body.size() + static_cast<qsizetype>(length) > c->m_limits.maxBodyBytes) {
            c->fail(413, "Payload Too Large");
            return 1;
        }
        c->m_current.body.append(at, static_cast<qsizetype>(length));
        return 0;
    }

    static int onMessageComplete(http_parser *parser)
    {
        HttpConnection *c = self(parser);
        c->m_messageComplete = true;
        c->m_keepAlive = http_should_keep_alive(parser) != 0;
        http_parser_pause(parser, 1);
        return 0;
    }

    static const http_parser_settings &settings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings result {};
            http_parser_settings_init(&result);
            result.on_message_begin = onMessageBegin;
            result.on_url = onUrl;
            result.on_header_field = onHeaderField;
            result.on_header_value = onHeaderValue;
            result.on_headers_complete = onHeadersComplete;
            result.on_body = onBody;
            result.on_message_complete = onMessageComplete;
            return result;
        }();
        return s;
    }
};

HttpConnection::HttpConnection(QTcpSocket *socket, const Limits &limits, bool secure, QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_limits(limits),
      m_secure(secure),
      m_peerAddress(socket->peerAddress()),
      m_peerPort(socket->peerPort()),
      m_parser(std::make_unique<http_parser>())
{
    socket->setParent(this);
    // While a request waits for its answer (a long-poll), nothing is read: bound what Qt buffers
    // meanwhile so that a client pushing more only meets TCP back-pressure.
    socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 64 * 1024);
    http_parser_init(m_parser.get(), HTTP_REQUEST);
    m_parser->data = this;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_messageComplete || m_awaitingResponse)
            return;
        if (m_requestInProgress || !m_buffer.isEmpty())
            fail(408, "Request Timeout");
        else
            closeNow();
    });
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    m_timer.start(m_limits.headersTimeoutMs);
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_failed;
}

void HttpConnection::onReadyRead()
{
    if (!m_socket || m_failed || m_awaitingResponse || m_messageComplete)
        return; // the data waits in the socket until the current request is answered
    // Keep the bytes of a fresh request restorable until we know whether it is an upgrade.
    if (m_buffer.isEmpty() && !m_inTransaction && !m_requestInProgress) {
        m_socket->startTransaction();
        m_inTransaction = true;
    }
    m_buffer.append(m_socket->readAll());
    parseBuffered();
}

void HttpConnection::parseBuffered()
{
    if (m_buffer.isEmpty() || m_failed)
        return;
    const size_t parsed = http_parser_execute(m_parser.get(), &HttpParserCallbacks::settings(),
                                              m_buffer.constData(), static_cast<size_t>(m_buffer.size()));
    if (m_failed)
        return;
    const auto error = static_cast<http_errno>(m_parser->http_errno);
    if (m_parser->upgrade) {
        m_buffer.clear();
        if (!m_inTransaction) {
            fail(400, "Bad Request"); // pipelined behind another request: cannot be handed over
            return;
        }
        m_awaitingResponse = true;
        Q_EMIT upgradeRequested(this, m_current);
        return;
    }
    if (error != HPE_OK && error != HPE_PAUSED) {
        qCDebug(lcHttp) << "malformed request from" << m_peerAddress << http_errno_name(error);
        fail(error == HPE_CB_header_field || error == HPE_CB_header_value || error == HPE_CB_url ? 431 : 400,
             http_errno_description(error));
        return;
    }
    m_buffer.remove(0, static_cast<qsizetype>(parsed));
    if (m_messageComplete) {
        m_awaitingResponse = true;
        Q_EMIT requestReceived(this, m_current);
    }
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_awaitingResponse || !m_socket)
        return;
    m_awaitingResponse = false;
    m_messageComplete = false;
    m_requestInProgress = false;
    const bool keepAlive = m_keepAlive && !response.closeConnection;
    m_socket->write(response.serialize(keepAlive));
    if (!keepAlive) {
        closeNow();
        return;
    }
    m_current = HttpRequest {};
    http_parser_pause(m_parser.get(), 0);
    armIdleTimer();
    if (!m_buffer.isEmpty())
        parseBuffered();
    else if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

QTcpSocket *HttpConnection::takeSocketForUpgrade()
{
    if (!m_socket || !m_inTransaction)
        return nullptr;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    m_timer.stop();
    socket->rollbackTransaction();
    socket->disconnect(this);
    socket->setParent(nullptr);
    m_awaitingResponse = false;
    deleteLater();
    return socket;
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    if (m_failed)
        return;
    m_failed = true;
    if (m_socket) {
        if (m_inTransaction) {
            m_socket->commitTransaction();
            m_inTransaction = false;
        }
        HttpResponse response = HttpResponse::text(status, message);
        response.closeConnection = true;
        m_socket->write(response.serialize(false));
    }
    closeNow();
}

void HttpConnection::armIdleTimer()
{
    m_timer.start(m_limits.keepAliveTimeoutMs);
}

void HttpConnection::closeNow()
{
    m_timer.stop();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->disconnectFromHost(); // flushes pending writes first
    else
        onDisconnected();
}

void HttpConnection::onDisconnected()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_failed = true;
    m_timer.stop();
    Q_EMIT closed(this);
    deleteLater();
}

} // namespace gatehouse
