#include "BroadcastOperator.h"

#include "Namespace.h"
#include "Socket.h"
#include "SocketClient.h"
#include "core/protocol/ArgumentCodec.h"
#include "core/protocol/SocketCodec.h"
#include "core/transport/EngineSession.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSocket)

namespace gatehouse {

BroadcastOperator::BroadcastOperator(Namespace *nsp, QSet<QString> rooms, QSet<QString> exceptRooms)
    : m_nsp(nsp), m_rooms(std::move(rooms)), m_except(std::move(exceptRooms))
{
}

BroadcastOperator BroadcastOperator::to(const QString &room) const
{
    BroadcastOperator next = *this;
    next.m_rooms.insert(room);
    return next;
}

BroadcastOperator BroadcastOperator::except(const QString &room) const
{
    BroadcastOperator next = *this;
    next.m_except.insert(room);
    return next;
}

QList<Socket *> BroadcastOperator::fetchSockets() const
{
    if (!m_nsp)
        return {};
    return m_nsp->adapter().select(m_nsp->fetchSockets(), m_rooms, m_except);
}

bool BroadcastOperator::emit(const QString &event, const Arguments &args) const
{
    if (SocketCodec::isReservedEventName(event)) {
        qCWarning(lcSocket) << "refusing to broadcast the reserved event name" << event;
        return false;
    }
    if (!m_nsp)
        return false;
    SocketPacket packet;
    packet.type = SocketPacketType::Event;
    packet.nsp = m_nsp->name();
    ArgumentCodec::encode(packet, event, args);
    // Encoded once: every socket gets the same (implicitly shared) bytes.
    const QList<EnginePacket> encoded = SocketCodec::toEnginePackets(packet);
    const quint64 bytes = Socket::wireSize(encoded);
    const QList<Socket *> targets = fetchSockets();
    for (Socket *socket : targets) {
        if (socket->isConnected() && socket->client()) {
            ++socket->m_packetsOut;
            socket->m_bytesOut += bytes;
            socket->client()->write(encoded);
        }
    }
    return true;
}

void BroadcastOperator::socketsJoin(const QString &room) const
{
    const QList<Socket *> sockets = fetchSockets();
    for (Socket *socket : sockets)
        socket->join(room);
}

void BroadcastOperator::socketsLeave(const QString &room) const
{
    const QList<Socket *> sockets = fetchSockets();
    for (Socket *socket : sockets)
        socket->leave(room);
}

void BroadcastOperator::disconnectSockets(bool closeConnection) const
{
    const QList<Socket *> sockets = fetchSockets();
    for (Socket *socket : sockets) {
        QPointer<Socket> guard(socket);
        if (guard)
            guard->disconnect(closeConnection);
    }
}

} // namespace gatehouse
