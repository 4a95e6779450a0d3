#include "ClientSocket.h"

#include "Manager.h"
#include "core/protocol/ArgumentCodec.h"
#include "core/protocol/JsonText.h"
#include "core/protocol/SocketCodec.h"

#include <QJsonDocument>

namespace gatehouse {

ClientSocket::ClientSocket(Manager *manager, QString nsp)
    : QObject(manager), m_manager(manager), m_nsp(std::move(nsp))
{
}

void ClientSocket::setAuth(const QJsonObject &auth)
{
    m_authProvider = [auth] { return auth; };
}

void ClientSocket::open()
{
    if (m_connected)
        return;
    m_active = true;
    m_forcedDisconnect = {};
    if (m_manager->isOpen())
        sendConnect();
    else
        m_manager->open(); // onManagerOpen() follows
}

void ClientSocket::close()
{
    if (m_connected) {
        SocketPacket packet;
        packet.type = SocketPacketType::Disconnect;
        send(packet);
    }
    const bool wasConnected = m_connected;
    m_active = false;
    m_sendBuffer.clear();
    if (wasConnected)
        closed(QStringLiteral("io client disconnect"));
    m_manager->release(this);
}

void ClientSocket::sendConnect()
{
    SocketPacket packet;
    packet.type = SocketPacketType::Connect;
    packet.nsp = m_nsp;
    QJsonObject auth = m_authProvider ? m_authProvider() : QJsonObject();
    if (!m_refreshedToken.isEmpty())
        auth.insert(QStringLiteral("token"), m_refreshedToken);
    if (m_authProvider || !m_refreshedToken.isEmpty())
        packet.payload = QJsonDocument(auth).toJson(QJsonDocument::Compact);
    m_manager->write(packet);
}

void ClientSocket::onManagerOpen()
{
    if (m_active && !m_connected)
        sendConnect();
}

void ClientSocket::onManagerClose(const QString &reason)
{
    if (m_connected)
        closed(reason);
}

void ClientSocket::closed(const QString &reason)
{
    m_connected = false;
    m_id.clear();
    m_pendingAcks.failAll(QStringLiteral("socket has been disconnected"));
    Q_EMIT disconnected(reason);
}

void ClientSocket::onPacket(const SocketPacket &packet)
{
    switch (packet.type) {
    case SocketPacketType::Connect: {
        const QJsonObject data = JsonText::parse(packet.payload).value_or(QJsonValue()).toObject();
        m_id = data.value(QStringLiteral("sid")).toString();
        m_connected = true;
        m_retryingExpired = false;
        const QList<SocketPacket> buffered = std::exchange(m_sendBuffer, {});
        for (SocketPacket queued : buffered)
            send(queued);
        Q_EMIT connected();
        break;
    }
    case SocketPacketType::ConnectError: {
        const QJsonObject refused = JsonText::parse(packet.payload).value_or(QJsonValue()).toObject();
        const bool expired = refused.value(QStringLiteral("data")).toObject().value(QStringLiteral("code"))
            == QLatin1StringView("token_expired");
        if (expired && m_refresher && !m_retryingExpired) {
            // Refresh and try again, once: a second refusal is reported below.
            m_retryingExpired = true;
            refreshToken([this](const QString &) {
                if (m_active && !m_connected)
                    open();
            });
            break;
        }
        m_retryingExpired = false;
        m_active = false;
        const QJsonValue data = JsonText::parse(packet.payload).value_or(QJsonValue());
        ConnectError error;
        if (data.isString()) {
            error.message = data.toString();
        } else {
            error.message = data.toObject().value(QStringLiteral("message")).toString();
            error.data = data.toObject().value(QStringLiteral("data"));
        }
        Q_EMIT connectError(error);
        break;
    }
    case SocketPacketType::Disconnect:
        m_active = false; // the server threw us out: do not come back on our own
        closed(QStringLiteral("io server disconnect"));
        break;
    case SocketPacketType::Event:
    case SocketPacketType::BinaryEvent:
        if (m_connected)
            onEvent(packet);
        break;
    case SocketPacketType::Ack:
    case SocketPacketType::BinaryAck:
        onAck(packet);
        break;
    }
}

void ClientSocket::onEvent(const SocketPacket &packet)
{
    const ArgumentCodec::Decoded decoded = ArgumentCodec::decode(packet);
    if (decoded.eventName == QLatin1StringView("token_expiring") && m_refresher) {
        refreshToken([this](const QString &token) {
            emitWithAck(QStringLiteral("reauthenticate"), {QJsonObject {{QStringLiteral("token"), token}}},
                        this, [](Expected<Arguments, QString>) {});
        });
    }
    if (decoded.eventName == QLatin1StringView("forceDisconnect")) {
        // The contract with the server: a socket told to go stays gone, whatever happens to the
        // connection next (see docs/moderation.md). Handlers still see the event.
        m_active = false;
        m_forcedDisconnect = decoded.args.value(0).toObject();
        Q_EMIT forcedDisconnect(m_forcedDisconnect);
    }
    Ack ack;
    if (packet.id) {
        ack = Ack([self = QPointer<ClientSocket>(this), id = *packet.id](const Arguments &args) {
            if (!self || !self->m_connected)
                return;
            SocketPacket reply = ArgumentCodec::ackPacket(id, args);
            self->send(reply);
        });
    }
    QPointer<ClientSocket> guard(this);
    for (const AnyHandler &handler : std::as_const(m_anyHandlers)) {
        handler(decoded.eventName, decoded.args, ack);
        if (!guard)
            return;
    }
    const auto it = m_handlers.constFind(decoded.eventName);
    if (it != m_handlers.constEnd()) {
        const EventHandler handler = it.value();
        handler(decoded.args, ack);
    }
}

void ClientSocket::refreshToken(std::function<void(const QString &token)> then)
{
    QPointer<ClientSocket> self(this);
    m_refresher([self, then = std::move(then)](Expected<QString, QString> token) {
        if (!self)
            return;
        if (!token) {
            // No fresh token: the server's own rules take their course (connect_error, or a
            // disconnect once the old token is past its grace period).
            if (self->m_retryingExpired && !self->m_connected) {
                self->m_retryingExpired = false;
                self->m_active = false;
                Q_EMIT self->connectError(
                    ConnectError {QStringLiteral("Token expired"),
                                  QJsonObject {{QStringLiteral("code"), QStringLiteral("token_expired")},
                                               {QStringLiteral("detail"), token.error()}}});
            }
            return;
        }
        self->m_refreshedToken = *token;
        then(*token);
    });
}

void ClientSocket::onAck(const SocketPacket &packet)
{
    if (packet.id)
        m_pendingAcks.resolve(*packet.id, ArgumentCodec::decode(packet).args);
}

void ClientSocket::send(SocketPacket &packet)
{
    packet.nsp = m_nsp;
    if (!m_connected && packet.type != SocketPacketType::Connect) {
        m_sendBuffer.append(packet);
        return;
    }
    m_manager->write(packet);
}

bool ClientSocket::emit(const QString &event, const Arguments &args)
{
    if (SocketCodec::isReservedEventName(event))
        return false;
    SocketPacket packet;
    packet.type = SocketPacketType::Event;
    ArgumentCodec::encode(packet, event, args);
    send(packet);
    return true;
}

bool ClientSocket::emitWithAck(const QString &event, const Arguments &args, QObject *context,
                               AckCallback callback, int timeoutMs)
{
    if (SocketCodec::isReservedEventName(event)) {
        if (callback)
            callback(unexpected(QStringLiteral("reserved event name")));
        return false;
    }
    SocketPacket packet;
    packet.type = SocketPacketType::Event;
    packet.id = m_nextAckId++;
    ArgumentCodec::encode(packet, event, args);
    m_pendingAcks.add(*packet.id, context, std::move(callback), timeoutMs);
    send(packet);
    return true;
}

} // namespace gatehouse
