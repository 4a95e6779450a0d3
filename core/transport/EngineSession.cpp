#include "EngineSession.h"

#include "PollingTransport.h"

#include <QLoggingCategory>
#include <QTimerEvent>

Q_LOGGING_CATEGORY(lcEngine, "gatehouse.engine", QtWarningMsg)

namespace gatehouse {

namespace {
constexpr int MaxCloseWaitMs = 30'000;
}

EngineSession::EngineSession(QString id, const EngineOptions &options, EngineTransport *transport,
                             HttpRequest handshake, QObject *parent)
    : QObject(parent),
      m_id(std::move(id)),
      m_options(options),
      m_handshake(std::move(handshake)),
      m_connectedAt(QDateTime::currentDateTimeUtc())
{
    adoptTransport(transport);
}

EngineSession::~EngineSession() = default;

PollingTransport *EngineSession::polling() const
{
    return m_transport->kind() == EngineTransport::Kind::Polling
        ? static_cast<PollingTransport *>(m_transport)
        : nullptr;
}

void EngineSession::adoptTransport(EngineTransport *transport)
{
    m_transport = transport;
    transport->setParent(this);
    transport->disconnect(this);
    connect(transport, &EngineTransport::packetReceived, this, &EngineSession::onPacket);
    connect(transport, &EngineTransport::writable, this, &EngineSession::onWritable);
    connect(transport, &EngineTransport::failed, this,
            [this](const QString &reason, const QString &description) { finish(reason, description); });
    connect(transport, &EngineTransport::closed, this, [this](const QString &reason) { finish(reason); });
}

void EngineSession::open()
{
    const bool upgradable = m_options.allowUpgrades && m_options.allowWebSocket && polling();
    QByteArray json;
    json.append(R"({"sid":")").append(m_id.toLatin1()).append(R"(","upgrades":)");
    json.append(upgradable ? R"(["websocket"])" : "[]");
    json.append(R"(,"pingInterval":)").append(QByteArray::number(m_options.pingIntervalMs));
    json.append(R"(,"pingTimeout":)").append(QByteArray::number(m_options.pingTimeoutMs));
    json.append(R"(,"maxPayload":)").append(QByteArray::number(m_options.maxPayload)).append('}');
    send(EnginePacket::text(EnginePacketType::Open, json));
    m_pingTimer.start(m_options.pingIntervalMs, Qt::PreciseTimer, this);
}

void EngineSession::send(const EnginePacket &packet)
{
    if (m_state != State::Open)
        return;
    m_writeBuffer.append(packet);
    m_writeBufferBytes += packet.data.size() + 1;
    countOut(packet);
    flush();
    checkBackPressure();
}

void EngineSession::send(const QList<EnginePacket> &packets)
{
    if (m_state != State::Open)
        return;
    for (const EnginePacket &packet : packets) {
        m_writeBuffer.append(packet);
        m_writeBufferBytes += packet.data.size() + 1;
        countOut(packet);
    }
    flush();
    checkBackPressure();
}

void EngineSession::countOut(const EnginePacket &packet)
{
    if (m_traffic && packet.type == EnginePacketType::Message) {
        ++m_traffic->packetsOut;
        m_traffic->bytesOut += quint64(packet.data.size());
    }
}

void EngineSession::flush()
{
    if (m_writeBuffer.isEmpty() || !m_transport->isWritable() || (m_probe && m_probed))
        return;
    const QList<EnginePacket> packets = std::exchange(m_writeBuffer, {});
    m_writeBufferBytes = 0;
    m_transport->send(packets);
}

void EngineSession::checkBackPressure()
{
    const qint64 pending = m_writeBufferBytes + m_transport->bufferedBytes();
    if (m_state == State::Open && pending > m_options.maxBufferedBytes) {
        qCWarning(lcEngine).nospace()
            << "dropping session " << m_id << ": " << pending << " bytes unsent (limit "
            << m_options.maxBufferedBytes << "); the client is too slow or gone";
        finish(QStringLiteral("transport error"), QStringLiteral("write buffer full"));
    }
}

void EngineSession::onWritable()
{
    if (m_probe && m_probed) {
        // Upgrading: end the poll so that the client can pause polling and finish the upgrade.
        polling()->releaseWaitingGet();
        return;
    }
    if (m_state == State::Closing) {
        m_writeBuffer.append(EnginePacket::text(EnginePacketType::Close));
        m_transport->send(std::exchange(m_writeBuffer, {}));
        finish(QStringLiteral("forced close"));
        return;
    }
    flush();
}

void EngineSession::onPacket(const EnginePacket &packet)
{
    if (m_state == State::Closed)
        return;
    switch (packet.type) {
    case EnginePacketType::Message:
        if (m_traffic) {
            ++m_traffic->packetsIn;
            m_traffic->bytesIn += quint64(packet.data.size());
        }
        Q_EMIT messageReceived(packet);
        break;
    case EnginePacketType::Pong:
        m_pongTimer.stop();
        m_pingTimer.start(m_options.pingIntervalMs, Qt::PreciseTimer, this);
        break;
    case EnginePacketType::Close:
        if (PollingTransport *p = polling())
            p->releaseWaitingGet();
        finish(QStringLiteral("transport close"), QStringLiteral("the client closed the connection"));
        break;
    case EnginePacketType::Ping:
        finish(QStringLiteral("transport error"), QStringLiteral("invalid heartbeat direction"));
        break;
    case EnginePacketType::Open:
    case EnginePacketType::Upgrade:
    case EnginePacketType::Noop:
        break;
    }
}

void EngineSession::attachUpgradeProbe(EngineTransport *probe)
{
    if (m_state != State::Open || m_probe || !polling() || !m_options.allowUpgrades) {
        probe->closeTransport();
        probe->deleteLater();
        return;
    }
    m_probe = probe;
    m_probed = false;
    probe->setParent(this);
    connect(probe, &EngineTransport::packetReceived, this, &EngineSession::onProbePacket);
    connect(probe, &EngineTransport::failed, this, &EngineSession::dropProbe);
    connect(probe, &EngineTransport::closed, this, &EngineSession::dropProbe);
    m_upgradeTimer.start(m_options.upgradeTimeoutMs, this);
}

void EngineSession::onProbePacket(const EnginePacket &packet)
{
    if (packet.type == EnginePacketType::Ping && packet.data == "probe" && !m_probed) {
        m_probed = true;
        m_probe->send({EnginePacket::text(EnginePacketType::Pong, "probe")});
        polling()->releaseWaitingGet();
        return;
    }
    if (packet.type == EnginePacketType::Upgrade && m_probed) {
        m_upgradeTimer.stop();
        PollingTransport *old = polling();
        old->releaseWaitingGet();
        old->closeTransport();
        old->disconnect(this);
        old->deleteLater();
        EngineTransport *probe = m_probe;
        m_probe = nullptr;
        adoptTransport(probe);
        m_upgradedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT upgraded();
        if (m_state == State::Closing) {
            onWritable();
            return;
        }
        flush();
        return;
    }
    dropProbe();
}

void EngineSession::dropProbe()
{
    m_upgradeTimer.stop();
    m_probed = false;
    if (EngineTransport *probe = m_probe) {
        m_probe = nullptr;
        probe->disconnect(this);
        probe->closeTransport();
        probe->deleteLater();
    }
    flush();
}

void EngineSession::handlePollingRequest(HttpConnection *connection, const HttpRequest &request)
{
    PollingTransport *p = polling();
    Q_ASSERT(p); // the server refuses polling requests for upgraded sessions
    p->handleRequest(connection, request);
}

void EngineSession::close(const QString &reason)
{
    if (m_state != State::Open)
        return;
    dropProbe();
    if (polling() && !m_transport->isWritable()) {
        // The close packet goes out with the client's next poll, or we give up waiting.
        m_state = State::Closing;
        m_pingTimer.stop();
        m_pongTimer.stop();
        m_closeTimer.start(qMin(MaxCloseWaitMs, m_options.pingIntervalMs + m_options.pingTimeoutMs), this);
        return;
    }
    if (polling())
        m_writeBuffer.append(EnginePacket::text(EnginePacketType::Close));
    if (!m_writeBuffer.isEmpty())
        m_transport->send(std::exchange(m_writeBuffer, {}));
    finish(reason);
}

void EngineSession::timerEvent(QTimerEvent *event)
{
    const int id = event->timerId();
    if (id == m_pingTimer.timerId()) {
        m_pingTimer.stop();
        send(EnginePacket::text(EnginePacketType::Ping));
        m_pongTimer.start(m_options.pingTimeoutMs, Qt::PreciseTimer, this);
    } else if (id == m_pongTimer.timerId()) {
        finish(QStringLiteral("ping timeout"), QStringLiteral("no pong within the ping timeout"));
    } else if (id == m_upgradeTimer.timerId()) {
        dropProbe();
    } else if (id == m_closeTimer.timerId()) {
        finish(QStringLiteral("forced close"));
    } else {
        QObject::timerEvent(event);
    }
}

void EngineSession::finish(const QString &reason, const QString &description)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_pingTimer.stop();
    m_pongTimer.stop();
    m_upgradeTimer.stop();
    m_closeTimer.stop();
    if (EngineTransport *probe = m_probe) {
        m_probe = nullptr;
        probe->disconnect(this);
        probe->closeTransport();
    }
    m_transport->disconnect(this);
    if (polling() && m_transport->isWritable())
        m_transport->send({EnginePacket::text(EnginePacketType::Close)}); // ends the waiting GET
    m_transport->closeTransport();
    qCDebug(lcEngine) << "session" << m_id << "closed:" << reason << description;
    Q_EMIT closed(reason, description);
    deleteLater();
}

} // namespace gatehouse
