#include "PollingTransport.h"

#include "core/protocol/EngineCodec.h"

namespace gatehouse {

PollingTransport::PollingTransport(ResponseDecorator decorator, QObject *parent)
    : EngineTransport(parent), m_decorator(std::move(decorator))
{
}

PollingTransport::~PollingTransport()
{
    disconnect(m_waitingGetClosed);
}

bool PollingTransport::isWritable() const
{
    return m_waitingGet && m_waitingGet->isConnected();
}

void PollingTransport::respond(HttpConnection *connection, const HttpRequest &request, HttpResponse response)
{
    if (m_decorator)
        m_decorator(request, response);
    connection->respond(response);
}

void PollingTransport::handleRequest(HttpConnection *connection, const HttpRequest &request)
{
    if (request.method == "GET")
        handleGet(connection, request);
    else if (request.method == "POST")
        handlePost(connection, request);
    else
        respond(connection, request, HttpResponse::json(400, R"({"code":3,"message":"Bad request"})"));
}

void PollingTransport::handleGet(HttpConnection *connection, const HttpRequest &request)
{
    if (m_waitingGet) {
        // A second concurrent GET breaks the protocol: refuse it and close the session.
        respond(connection, request, HttpResponse::json(400, R"({"code":3,"message":"Bad request"})"));
        Q_EMIT failed(QStringLiteral("transport error"), QStringLiteral("overlapping GET requests"));
        return;
    }
    m_waitingGet = connection;
    m_waitingRequest = request;
    // A GET whose connection drops is an aborted poll: the client is gone.
    m_waitingGetClosed = connect(connection, &HttpConnection::closed, this, [this](HttpConnection *c) {
        if (c != m_waitingGet)
            return;
        m_waitingGet = nullptr;
        Q_EMIT closed(QStringLiteral("transport close"));
    });
    Q_EMIT writable();
}

void PollingTransport::handlePost(HttpConnection *connection, const HttpRequest &request)
{
    auto packets = EngineCodec::decodePayload(request.body);
    if (!packets) {
        respond(connection, request, HttpResponse::json(400, R"({"code":3,"message":"Bad request"})"));
        Q_EMIT failed(QStringLiteral("parse error"), packets.error());
        return;
    }
    HttpResponse ok = HttpResponse::text(200, "ok", "text/html");
    respond(connection, request, ok);
    QPointer<PollingTransport> guard(this);
    for (const EnginePacket &packet : *packets) {
        Q_EMIT packetReceived(packet);
        if (!guard)
            return; // the session ended (e.g. a close packet)
    }
}

void PollingTransport::send(const QList<EnginePacket> &packets)
{
    if (!isWritable())
        return;
    HttpConnection *connection = m_waitingGet;
    const HttpRequest request = std::move(m_waitingRequest);
    m_waitingGet = nullptr;
    disconnect(m_waitingGetClosed);
    respond(connection, request, HttpResponse::text(200, EngineCodec::encodePayload(packets)));
}

void PollingTransport::releaseWaitingGet()
{
    if (isWritable())
        send({EnginePacket::text(EnginePacketType::Noop)});
}

void PollingTransport::closeTransport()
{
    disconnect(m_waitingGetClosed);
    m_waitingGet = nullptr;
}

} // namespace gatehouse
