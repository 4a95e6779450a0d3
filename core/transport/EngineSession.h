// One Engine.IO connection ("socket" in the Node implementation): its transport, the upgrade from
// polling to WebSocket, the server-driven heartbeat, a bounded write buffer and the close rules.
#pragma once

#include "EngineOptions.h"
#include "EngineTraffic.h"
#include "EngineTransport.h"
#include "HttpRequest.h"

#include <QBasicTimer>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace gatehouse {

class PollingTransport;
class HttpConnection;

class EngineSession : public QObject {
    Q_OBJECT

public:
    enum class State { Open, Closing, Closed };

    // Takes ownership of `transport` (reparented to the session).
    EngineSession(QString id, const EngineOptions &options, EngineTransport *transport, HttpRequest handshake,
                  QObject *parent = nullptr);
    ~EngineSession() override;

    const QString &id() const { return m_id; }
    State state() const { return m_state; }
    EngineTransport::Kind transportKind() const { return m_transport->kind(); }
    bool isUpgrading() const { return m_probe != nullptr; }
    const HttpRequest &handshake() const { return m_handshake; }
    const QDateTime &connectedAt() const { return m_connectedAt; }
    QDateTime upgradedAt() const { return m_upgradedAt; }

    // Where message packets in and out are counted (the server's totals); may stay null.
    void setTrafficCounter(EngineTraffic *traffic) { m_traffic = traffic; }
    // Sends the open packet; call once the session is registered.
    void open();
    void sendMessage(const QByteArray &text) { send(EnginePacket::text(EnginePacketType::Message, text)); }
    void sendBinary(const QByteArray &bytes) { send(EnginePacket::bytes(bytes)); }
    void send(const EnginePacket &packet);
    void send(const QList<EnginePacket> &packets);

    // Closes from our side: pending packets are sent first when the transport allows.
    void close(const QString &reason = QStringLiteral("forced close"));

    // A polling request carrying this session's id.
    void handlePollingRequest(HttpConnection *connection, const HttpRequest &request);
    // A WebSocket opened with this session's id: the client wants to upgrade.
    void attachUpgradeProbe(EngineTransport *probe);

Q_SIGNALS:
    void messageReceived(const gatehouse::EnginePacket &packet);
    void upgraded();
    // Emitted once; the session deletes itself afterwards.
    void closed(const QString &reason, const QString &description);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void adoptTransport(EngineTransport *transport);
    void countOut(const EnginePacket &packet);
    void onPacket(const EnginePacket &packet);
    void onProbePacket(const EnginePacket &packet);
    void onWritable();
    void flush();
    void checkBackPressure();
    void dropProbe();
    void finish(const QString &reason, const QString &description = {});
    PollingTransport *polling() const;

    QString m_id;
    const EngineOptions &m_options;
    EngineTransport *m_transport = nullptr;
    QPointer<EngineTransport> m_probe;
    bool m_probed = false;
    HttpRequest m_handshake;
    QDateTime m_connectedAt;
    QDateTime m_upgradedAt;
    EngineTraffic *m_traffic = nullptr;
    State m_state = State::Open;
    QList<EnginePacket> m_writeBuffer;
    qint64 m_writeBufferBytes = 0;
    QBasicTimer m_pingTimer; // next ping due
    QBasicTimer m_pongTimer; // pong overdue
    QBasicTimer m_upgradeTimer; // probe must complete by then
    QBasicTimer m_closeTimer; // closing polling session waits this long for a GET
};

} // namespace gatehouse
