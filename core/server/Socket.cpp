#include "Socket.h"

#include "Namespace.h"
#include "SocketClient.h"
#include "core/RandomId.h"
#include "core/protocol/ArgumentCodec.h"
#include "core/protocol/SocketCodec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSocket, "gatehouse.socket", QtWarningMsg)

namespace gatehouse {

Socket::Socket(Namespace *nsp, SocketClient *client, Handshake handshake)
    : QObject(nsp),
      m_id(RandomId::generate()),
      m_nsp(nsp),
      m_client(client),
      m_handshake(std::move(handshake))
{
}

Socket::~Socket()
{
    // However the socket ends (even mid-handshake), no room may keep a dangling pointer to it.
    m_nsp->adapter().removeAll(this);
}

SocketClient *Socket::client() const
{
    return m_client;
}

void Socket::on(const QString &event, EventHandler handler)
{
    m_handlers.insert(event, std::move(handler));
}

void Socket::off(const QString &event)
{
    m_handlers.remove(event);
}

void Socket::onAny(AnyHandler handler)
{
    m_anyHandlers.append(std::move(handler));
}

void Socket::sendPacket(SocketPacket &packet)
{
    if (!m_client)
        return;
    packet.nsp = m_nsp->name();
    ++m_packetsOut;
    const QList<EnginePacket> encoded = SocketCodec::toEnginePackets(packet);
    m_bytesOut += wireSize(encoded);
    m_client->write(encoded);
}

quint64 Socket::wireSize(const QList<EnginePacket> &packets)
{
    quint64 size = 0;
    for (const EnginePacket &packet : packets)
        size += quint64(packet.data.size()) + 1; // + the Engine.IO type character
    return size;
}

QString Socket::transport() const
{
    const EngineSession *session = m_client ? m_client->session() : nullptr;
    if (!session)
        return {};
    return session->transportKind() == EngineTransport::Kind::WebSocket ? QStringLiteral("websocket")
                                                                        : QStringLiteral("polling");
}

bool Socket::emit(const QString &event, const Arguments &args)
{
    if (!m_connected)
        return false;
    if (SocketCodec::isReservedEventName(event)) {
        qCWarning(lcSocket) << "refusing to emit the reserved event name" << event;
        return false;
    }
    SocketPacket packet;
    packet.type = SocketPacketType::Event;
    ArgumentCodec::encode(packet, event, args);
    sendPacket(packet);
    return true;
}

bool Socket::emitWithAck(const QString &event, const Arguments &args, QObject *context, AckCallback callback,
                         int timeoutMs)
{
    if (!m_connected || SocketCodec::isReservedEventName(event)) {
        if (callback)
            callback(unexpected(QStringLiteral("socket is not connected")));
        return false;
    }
    SocketPacket packet;
    packet.type = SocketPacketType::Event;
    packet.id = m_nsp->nextAckId();
    ArgumentCodec::encode(packet, event, args);
    m_pendingAcks.add(*packet.id, context, std::move(callback), timeoutMs);
    sendPacket(packet);
    return true;
}

void Socket::join(const QString &room)
{
    if (m_nsp->adapter().add(this, room))
        Q_EMIT m_nsp->roomJoined(this, room);
}

void Socket::join(const QStringList &rooms)
{
    for (const QString &room : rooms)
        join(room);
}

void Socket::leave(const QString &room)
{
    if (m_nsp->adapter().remove(this, room))
        Q_EMIT m_nsp->roomLeft(this, room);
}

QSet<QString> Socket::rooms() const
{
    return m_nsp->adapter().rooms(const_cast<Socket *>(this));
}

BroadcastOperator Socket::to(const QString &room) const
{
    return broadcast().to(room);
}

BroadcastOperator Socket::except(const QString &room) const
{
    return broadcast().except(room);
}

BroadcastOperator Socket::broadcast() const
{
    return BroadcastOperator(m_nsp, {}, {m_id});
}

void Socket::onConnect()
{
    m_connected = true;
    m_lastActivityMs = QDateTime::currentMSecsSinceEpoch();
    join(m_id);
    SocketPacket packet;
    packet.type = SocketPacketType::Connect;
    packet.payload = R"({"sid":")" + m_id.toLatin1() + "\"}";
    sendPacket(packet);
}

void Socket::onPacket(const SocketPacket &packet)
{
    ++m_packetsIn;
    m_lastActivityMs = QDateTime::currentMSecsSinceEpoch();
    switch (packet.type) {
    case SocketPacketType::Event:
    case SocketPacketType::BinaryEvent:
        onEvent(packet);
        break;
    case SocketPacketType::Ack:
    case SocketPacketType::BinaryAck:
        onAck(packet);
        break;
    case SocketPacketType::Disconnect:
        onClose(QStringLiteral("client namespace disconnect"));
        break;
    case SocketPacketType::Connect:
    case SocketPacketType::ConnectError:
        break; // SocketClient filters these
    }
}

void Socket::onEvent(const SocketPacket &packet)
{
    const ArgumentCodec::Decoded decoded = ArgumentCodec::decode(packet);
    if (m_eventFilter && !m_eventFilter(decoded.eventName))
        return;
    Ack ack;
    if (packet.id) {
        const quint64 id = *packet.id;
        ack = Ack([self = QPointer<Socket>(this), id](const Arguments &args) {
            if (!self || !self->m_connected)
                return;
            SocketPacket reply = ArgumentCodec::ackPacket(id, args);
            self->sendPacket(reply);
        });
    }
    QPointer<Socket> guard(this);
    for (const AnyHandler &handler : std::as_const(m_anyHandlers)) {
        handler(decoded.eventName, decoded.args, ack);
        if (!guard || !m_connected)
            return;
    }
    const auto it = m_handlers.constFind(decoded.eventName);
    if (it != m_handlers.constEnd()) {
        const EventHandler handler = it.value(); // the handler may call off() on itself
        handler(decoded.args, ack);
    }
}

void Socket::onAck(const SocketPacket &packet)
{
    if (packet.id)
        m_pendingAcks.resolve(*packet.id, ArgumentCodec::decode(packet).args);
}

void Socket::disconnect(bool closeConnection, const QString &reason)
{
    if (!m_connected)
        return;
    const QString why = reason.isEmpty() ? QStringLiteral("server namespace disconnect") : reason;
    if (closeConnection && m_client) {
        m_client->close(why);
        return;
    }
    SocketPacket packet;
    packet.type = SocketPacketType::Disconnect;
    sendPacket(packet);
    onClose(why);
}

void Socket::onClose(const QString &reason)
{
    if (!m_connected)
        return;
    Q_EMIT disconnecting(reason);
    m_connected = false;
    m_pendingAcks.failAll(QStringLiteral("socket has been disconnected"));
    // Like the Node adapter's delAll(): a "left" for every room, before the disconnect.
    const QSet<QString> rooms = m_nsp->adapter().removeAll(this);
    for (const QString &room : rooms)
        Q_EMIT m_nsp->roomLeft(this, room);
    m_nsp->removeSocket(this);
    if (m_client)
        m_client->removeSocket(this);
    Q_EMIT disconnected(reason);
    Q_EMIT m_nsp->socketDisconnected(this, reason);
    deleteLater();
}

} // namespace gatehouse
