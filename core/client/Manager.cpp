#include "Manager.h"

#include "ClientSocket.h"
#include "core/protocol/SocketCodec.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimerEvent>

#include <cmath>

Q_LOGGING_CATEGORY(lcManager, "gatehouse.client", QtWarningMsg)

namespace gatehouse {

Manager::Manager(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_engine(new EngineClient(m_options.engine, &m_network, this))
{
    connect(m_engine, &EngineClient::opened, this, &Manager::onEngineOpened);
    connect(m_engine, &EngineClient::messageReceived, this, &Manager::onEngineMessage);
    connect(m_engine, &EngineClient::closed, this, &Manager::onEngineClosed);
}

Manager::~Manager()
{
    m_skipReconnect = true;
    m_engine->disconnect(this);
}

ClientSocket *Manager::socket(const QString &nsp)
{
    const QString name = nsp.startsWith(QLatin1Char('/')) ? nsp : QLatin1Char('/') + nsp;
    if (ClientSocket *existing = m_sockets.value(name))
        return existing;
    auto *socket = new ClientSocket(this, name);
    m_sockets.insert(name, socket);
    return socket;
}

void Manager::open()
{
    m_skipReconnect = false;
    if (m_engine->state() != EngineClient::State::Closed || m_reconnectTimer.isActive())
        return;
    m_decoder.reset();
    m_engine->open();
}

void Manager::close()
{
    m_skipReconnect = true;
    m_reconnecting = false;
    m_reconnectTimer.stop();
    m_attempts = 0;
    if (m_engine->state() != EngineClient::State::Closed)
        m_engine->close();
}

void Manager::onEngineOpened()
{
    const bool wasReconnecting = std::exchange(m_reconnecting, false);
    const int attempts = std::exchange(m_attempts, 0);
    Q_EMIT opened();
    if (wasReconnecting)
        Q_EMIT reconnected(attempts);
    const QList<ClientSocket *> sockets = m_sockets.values();
    for (ClientSocket *socket : sockets) {
        if (socket->isActive())
            socket->onManagerOpen();
    }
}

void Manager::onEngineMessage(const EnginePacket &packet)
{
    auto decoded = m_decoder.add(packet);
    if (!decoded) {
        qCWarning(lcManager) << "protocol error from the server:" << decoded.error();
        m_engine->close();
        return;
    }
    if (!*decoded)
        return;
    const SocketPacket &socketPacket = **decoded;
    if (ClientSocket *socket = m_sockets.value(socketPacket.nsp))
        socket->onPacket(socketPacket);
}

void Manager::onEngineClosed(const QString &reason, const QString &description)
{
    m_decoder.reset();
    const QList<ClientSocket *> sockets = m_sockets.values();
    for (ClientSocket *socket : sockets)
        socket->onManagerClose(reason);
    Q_EMIT closed(reason, description);
    if (!m_skipReconnect && m_options.reconnection)
        scheduleReconnect();
}

int Manager::backoffDelay(const Options &options, int attempt, double random)
{
    double ms = options.reconnectionDelayMs * std::pow(2.0, std::min(attempt, 30));
    if (options.randomizationFactor > 0) {
        const double deviation = std::floor(random * options.randomizationFactor * ms);
        ms = (static_cast<int>(std::floor(random * 10)) & 1) == 0 ? ms - deviation : ms + deviation;
    }
    return static_cast<int>(std::min<double>(ms, options.reconnectionDelayMaxMs));
}

void Manager::scheduleReconnect()
{
    if (m_reconnectTimer.isActive())
        return;
    if (m_options.reconnectionAttempts >= 0 && m_attempts >= m_options.reconnectionAttempts) {
        m_reconnecting = false;
        m_attempts = 0;
        Q_EMIT reconnectFailed();
        return;
    }
    const int delay = backoffDelay(m_options, m_attempts, QRandomGenerator::global()->generateDouble());
    m_reconnecting = true;
    m_reconnectTimer.start(delay, this);
}

void Manager::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_reconnectTimer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_reconnectTimer.stop();
    if (m_skipReconnect)
        return;
    ++m_attempts;
    Q_EMIT reconnectAttempt(m_attempts);
    if (m_skipReconnect)
        return;
    m_decoder.reset();
    m_engine->open(); // a failure comes back through onEngineClosed and schedules the next try
}

void Manager::write(const SocketPacket &packet)
{
    m_engine->send(SocketCodec::toEnginePackets(packet));
}

void Manager::release(ClientSocket *)
{
    for (const ClientSocket *socket : std::as_const(m_sockets)) {
        if (socket->isActive())
            return;
    }
    close();
}

} // namespace gatehouse
