#include "EngineClient.h"

#include "ClientPollingTransport.h"
#include "ClientWebSocketTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimerEvent>

Q_LOGGING_CATEGORY(lcEngineClient, "gatehouse.client.engine", QtWarningMsg)

namespace gatehouse {

EngineClient::EngineClient(Options options, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_network(network)
{
    if (!m_options.path.endsWith('/'))
        m_options.path.append('/');
}

EngineClient::~EngineClient() = default;

QString EngineClient::transportName() const
{
    return m_transport ? m_transport->name() : QString();
}

ClientTransport::Target EngineClient::target(const QString &transport) const
{
    QUrl url = m_options.url;
    url.setPath(QString::fromUtf8(m_options.path));
    QUrlQuery query = m_options.query;
    query.addQueryItem(QStringLiteral("EIO"), QStringLiteral("4"));
    query.addQueryItem(QStringLiteral("transport"), transport);
    if (!m_sid.isEmpty())
        query.addQueryItem(QStringLiteral("sid"), m_sid);
    url.setQuery(query);
    return {url, m_options.extraHeaders, m_options.tls};
}

void EngineClient::open()
{
    if (m_state != State::Closed)
        return;
    m_state = State::Opening;
    m_sid.clear();
    m_writeBuffer.clear();
    const bool polling = m_options.polling || !m_options.websocket;
    ClientTransport *transport = polling
        ? static_cast<ClientTransport *>(new ClientPollingTransport(m_network))
        : new ClientWebSocketTransport();
    useTransport(transport);
    m_openTimer.start(m_options.openTimeoutMs, this);
    transport->open(target(transport->name()));
}

void EngineClient::useTransport(ClientTransport *transport)
{
    if (m_transport && m_transport != transport) {
        m_transport->disconnect(this);
        m_transport->close();
        m_transport->deleteLater();
    }
    m_transport = transport;
    transport->setParent(this);
    connect(transport, &ClientTransport::packetReceived, this, &EngineClient::onPacket);
    connect(transport, &ClientTransport::drained, this, &EngineClient::flush);
    connect(transport, &ClientTransport::failed, this,
            [this](const QString &reason, const QString &description) { finish(reason, description); });
}

void EngineClient::onPacket(const EnginePacket &packet)
{
    switch (packet.type) {
    case EnginePacketType::Open:
        onOpenPacket(packet.data);
        break;
    case EnginePacketType::Ping:
        resetPingTimeout();
        send({EnginePacket::text(EnginePacketType::Pong)});
        break;
    case EnginePacketType::Message:
        resetPingTimeout();
        Q_EMIT messageReceived(packet);
        break;
    case EnginePacketType::Close:
        finish(QStringLiteral("transport close"), QStringLiteral("the server closed the connection"));
        break;
    case EnginePacketType::Pong:
    case EnginePacketType::Upgrade:
    case EnginePacketType::Noop:
        break;
    }
}

void EngineClient::onOpenPacket(const QByteArray &json)
{
    const QJsonObject open = QJsonDocument::fromJson(json).object();
    m_sid = open.value(QStringLiteral("sid")).toString();
    if (m_sid.isEmpty() || m_state != State::Opening) {
        finish(QStringLiteral("parse error"), QStringLiteral("invalid handshake"));
        return;
    }
    m_upgrades.clear();
    const QJsonArray upgrades = open.value(QStringLiteral("upgrades")).toArray();
    for (const QJsonValue &upgrade : upgrades)
        m_upgrades.append(upgrade.toString());
    m_pingIntervalMs = open.value(QStringLiteral("pingInterval")).toInt(25'000);
    m_pingTimeoutMs = open.value(QStringLiteral("pingTimeout")).toInt(20'000);
    m_maxPayload = open.value(QStringLiteral("maxPayload")).toInteger(1'000'000);
    if (auto *polling = qobject_cast<ClientPollingTransport *>(m_transport))
        polling->setSessionId(m_sid);
    m_state = State::Open;
    m_openTimer.stop();
    resetPingTimeout();
    QPointer<EngineClient> guard(this);
    Q_EMIT opened();
    if (!guard || m_state != State::Open)
        return;
    flush();
    if (m_transport->name() == QLatin1StringView("polling") && m_options.upgrade && m_options.websocket
        && m_upgrades.contains(QStringLiteral("websocket")))
        probe();
}

void EngineClient::probe()
{
    auto *probe = new ClientWebSocketTransport(this);
    m_probe = probe;
    connect(probe, &ClientTransport::opened, this,
            [probe] { probe->send({EnginePacket::text(EnginePacketType::Ping, "probe")}); });
    connect(probe, &ClientTransport::packetReceived, this, [this, probe](const EnginePacket &packet) {
        if (m_probe != probe || m_state != State::Open)
            return;
        if (packet.type != EnginePacketType::Pong || packet.data != "probe") {
            probe->disconnect(this);
            probe->close();
            probe->deleteLater();
            return;
        }
        // The server answered: stop polling, then switch.
        m_upgrading = true;
        connect(m_transport, &ClientTransport::paused, this, [this, probe] {
            if (m_probe != probe || m_state != State::Open)
                return;
            probe->disconnect(this);
            probe->send({EnginePacket::text(EnginePacketType::Upgrade)});
            m_probe = nullptr;
            m_upgrading = false;
            useTransport(probe);
            Q_EMIT upgraded(probe->name());
            flush();
        });
        m_transport->pause();
    });
    connect(probe, &ClientTransport::failed, this, [this, probe] {
        qCDebug(lcEngineClient) << "upgrade probe failed; staying on polling";
        if (m_probe == probe)
            m_probe = nullptr;
        probe->deleteLater();
    });
    probe->open(target(probe->name()));
}

void EngineClient::send(const QList<EnginePacket> &packets)
{
    if (m_state == State::Closed)
        return;
    m_writeBuffer.append(packets);
    flush();
}

void EngineClient::flush()
{
    if (m_state != State::Open || m_upgrading || m_writeBuffer.isEmpty() || !m_transport->isWritable())
        return;
    if (m_transport->name() != QLatin1StringView("polling")) {
        m_transport->send(std::exchange(m_writeBuffer, {}));
        return;
    }
    // One POST at a time, never above the server's maxPayload (but at least one packet).
    qsizetype size = 0;
    qsizetype count = 0;
    for (const EnginePacket &packet : std::as_const(m_writeBuffer)) {
        const qsizetype packetSize
            = packet.binary ? (packet.data.size() + 2) / 3 * 4 + 1 : packet.data.size() + 1;
        if (count > 0 && size + packetSize + 1 > m_maxPayload)
            break;
        size += packetSize + 1;
        ++count;
    }
    const QList<EnginePacket> batch = m_writeBuffer.mid(0, count);
    m_writeBuffer.remove(0, count);
    m_transport->send(batch);
}

void EngineClient::resetPingTimeout()
{
    m_pingTimeoutTimer.start(m_pingIntervalMs + m_pingTimeoutMs, this);
}

void EngineClient::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_pingTimeoutTimer.timerId())
        finish(QStringLiteral("ping timeout"), QStringLiteral("the server sent no ping in time"));
    else if (event->timerId() == m_openTimer.timerId())
        finish(QStringLiteral("transport error"), QStringLiteral("the handshake timed out"));
    else
        QObject::timerEvent(event);
}

void EngineClient::close()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Open && m_transport && m_transport->isWritable()) {
        flush();
        m_transport->send({EnginePacket::text(EnginePacketType::Close)});
    }
    finish(QStringLiteral("io client disconnect"));
}

void EngineClient::finish(const QString &reason, const QString &description)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_upgrading = false;
    m_pingTimeoutTimer.stop();
    m_openTimer.stop();
    if (ClientTransport *probe = m_probe) {
        m_probe = nullptr;
        probe->disconnect(this);
        probe->close();
        probe->deleteLater();
    }
    if (ClientTransport *transport = std::exchange(m_transport, nullptr)) {
        transport->disconnect(this);
        // A close packet sent just before needs the transport a moment longer.
        QMetaObject::invokeMethod(
            transport,
            [transport] {
                transport->close();
                transport->deleteLater();
            },
            Qt::QueuedConnection);
    }
    m_writeBuffer.clear();
    qCDebug(lcEngineClient) << "closed:" << reason << description;
    Q_EMIT closed(reason, description);
}

} // namespace gatehouse
