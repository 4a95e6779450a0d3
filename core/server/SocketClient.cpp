#include "SocketClient.h"

#include "Namespace.h"
#include "Server.h"
#include "Socket.h"
#include "core/protocol/JsonText.h"
#include "core/protocol/SocketCodec.h"
#include "core/transport/EngineSession.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimerEvent>

Q_DECLARE_LOGGING_CATEGORY(lcSocket)

namespace gatehouse {

namespace {

bool inSubnet(const QHostAddress &address, const QList<QPair<QHostAddress, int>> &subnets)
{
    for (const auto &subnet : subnets) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

} // namespace

SocketClient::SocketClient(Server *server, EngineSession *session)
    : QObject(server),
      m_server(server),
      m_session(session),
      m_id(session->id()),
      m_decoder(server->options().codec)
{
    connect(session, &EngineSession::messageReceived, this, &SocketClient::onMessage);
    connect(session, &EngineSession::closed, this, &SocketClient::onSessionClosed);
    m_connectTimer.start(server->options().connectTimeoutMs, this);
}

SocketClient::~SocketClient() = default;

void SocketClient::write(const QList<EnginePacket> &encoded)
{
    if (m_session && m_session->state() == EngineSession::State::Open)
        m_session->send(encoded);
}

void SocketClient::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_connectTimer.timerId()) {
        m_connectTimer.stop();
        if (m_sockets.isEmpty() || std::none_of(m_sockets.cbegin(), m_sockets.cend(), [](const Socket *s) {
                return s->isConnected();
            }))
            close(QStringLiteral("connect timeout"));
        return;
    }
    QObject::timerEvent(event);
}

void SocketClient::onMessage(const EnginePacket &packet)
{
    m_bytesPending += quint64(packet.data.size()) + 1;
    auto decoded = m_decoder.add(packet);
    if (!decoded) {
        protocolError(decoded.error());
        return;
    }
    if (*decoded)
        onPacket(std::move(**decoded));
}

void SocketClient::onPacket(SocketPacket packet)
{
    Socket *socket = m_sockets.value(packet.nsp);
    if (packet.type == SocketPacketType::Connect && !socket) {
        m_bytesPending = 0; // the handshake is not the socket's traffic
        onConnectPacket(packet);
        return;
    }
    if (!socket || !socket->isConnected() || packet.type == SocketPacketType::Connect
        || packet.type == SocketPacketType::ConnectError) {
        protocolError(QStringLiteral("invalid state for a packet of type %1 in namespace %2")
                          .arg(QString(QLatin1Char(static_cast<char>(packet.type))), packet.nsp));
        return;
    }
    // A binary packet's bytes arrive over several messages: they count once it is complete.
    socket->m_bytesIn += std::exchange(m_bytesPending, 0);
    socket->onPacket(packet);
}

void SocketClient::onConnectPacket(const SocketPacket &packet)
{
    QJsonObject auth;
    if (!packet.payload.isEmpty())
        auth = JsonText::parse(packet.payload).value_or(QJsonValue()).toObject();
    Namespace *nsp = m_server->resolveNamespace(packet.nsp, auth);

    if (!nsp) {
        SocketPacket reply;
        reply.type = SocketPacketType::ConnectError;
        reply.nsp = packet.nsp;
        reply.payload = connectErrorPayload({QStringLiteral("Invalid namespace")});
        write(SocketCodec::toEnginePackets(reply));
        return;
    }
    connectTo(nsp, auth, packet.payload.isEmpty() ? QByteArrayLiteral("{}") : packet.payload);
}

void SocketClient::connectTo(Namespace *nsp, const QJsonObject &auth, const QByteArray &rawAuth)
{
    auto *socket = new Socket(nsp, this, buildHandshake(auth, rawAuth));
    m_sockets.insert(nsp->name(), socket);
    nsp->add(this, socket);
}

void SocketClient::removeSocket(Socket *socket)
{
    const auto it = m_sockets.constFind(socket->nsp()->name());
    if (it != m_sockets.constEnd() && it.value() == socket)
        m_sockets.erase(it);
}

Handshake SocketClient::buildHandshake(const QJsonObject &auth, const QByteArray &rawAuth) const
{
    const HttpRequest &request = m_session->handshake();
    Handshake handshake;
    handshake.auth = auth;
    handshake.rawAuth = rawAuth;
    handshake.query = request.query;
    handshake.headers = request.headers;
    handshake.time = m_session->connectedAt();
    handshake.issued = handshake.time.toMSecsSinceEpoch();
    handshake.secure = request.secure;
    handshake.xdomain = request.hasHeader("origin");
    handshake.url = request.target;
    handshake.address = request.remoteAddress;
    // Believe X-Forwarded-For only from our own proxies: walk it from the right and stop at the
    // first hop that is not one of them.
    const auto &proxies = m_server->options().engine.trustedProxies;
    const QByteArray forwarded = request.header("x-forwarded-for");
    if (!forwarded.isEmpty() && inSubnet(handshake.address, proxies)) {
        const QList<QByteArray> hops = forwarded.split(',');
        for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
            const QHostAddress hop(QString::fromLatin1(it->trimmed()));
            if (hop.isNull())
                break;
            handshake.address = hop;
            if (!inSubnet(hop, proxies))
                break;
        }
    }
    return handshake;
}

void SocketClient::protocolError(const QString &description)
{
    qCDebug(lcSocket) << "closing connection" << m_id << "on a protocol error:" << description;
    close(QStringLiteral("parse error"));
}

void SocketClient::close(const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    // Sockets learn first, so that they can still send their last words (a DISCONNECT).
    const QList<Socket *> sockets = m_sockets.values();
    for (Socket *socket : sockets) {
        if (reason == QLatin1StringView("server namespace disconnect") && socket->isConnected()) {
            SocketPacket packet;
            packet.type = SocketPacketType::Disconnect;
            socket->sendPacket(packet);
        }
        socket->onClose(reason);
    }
    if (m_session)
        m_session->close(reason);
}

void SocketClient::onSessionClosed(const QString &reason)
{
    m_closing = true;
    const QList<Socket *> sockets = m_sockets.values();
    for (Socket *socket : sockets) {
        if (socket->isConnected())
            socket->onClose(reason);
        else
            socket->deleteLater();
    }
    m_sockets.clear();
    m_server->m_clients.remove(m_id);
    deleteLater();
}

} // namespace gatehouse
