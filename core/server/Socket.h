// A client's connection to one namespace, as in Socket.IO: events with acks in both directions,
// rooms, `data`, and disconnect reasons.
#pragma once

#include "Ack.h"
#include "BroadcastOperator.h"
#include "Handshake.h"
#include "core/Expected.h"
#include "core/PendingAcks.h"
#include "core/protocol/Argument.h"
#include "core/protocol/EnginePacket.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariantMap>

#include <functional>

namespace gatehouse {

class Namespace;
class SocketClient;
struct SocketPacket;

class Socket : public QObject {
    Q_OBJECT

public:
    using EventHandler = std::function<void(const Arguments &args, const Ack &ack)>;
    using AnyHandler = std::function<void(const QString &event, const Arguments &args, const Ack &ack)>;
    using AckCallback = PendingAcks::Callback;

    ~Socket() override;

    const QString &id() const { return m_id; }
    Namespace *nsp() const { return m_nsp; }
    const Handshake &handshake() const { return m_handshake; }
    // For middleware that must edit it (e.g. redact a token passed in the query).
    Handshake &handshake() { return m_handshake; }
    bool isConnected() const { return m_connected; }
    SocketClient *client() const;

    // Free-form per-socket data, as `socket.data` (e.g. the authenticated user).
    QVariantMap &data() { return m_data; }
    const QVariantMap &data() const { return m_data; }

    void on(const QString &event, EventHandler handler);
    void off(const QString &event);
    void onAny(AnyHandler handler);
    // Events the filter refuses are dropped before any handler sees them (e.g. everything but
    // "authenticate" until a socket has authenticated). An empty filter lets everything through.
    void setEventFilter(std::function<bool(const QString &event)> filter)
    {
        m_eventFilter = std::move(filter);
    }

    // Sends an event; false when the socket is not connected or the name is reserved.
    bool emit(const QString &event, const Arguments &args = {});
    // Sends an event and calls `callback` with the client's ack, or with an error after
    // `timeoutMs` or when the socket disconnects first. `context` bounds the callback's life.
    bool emitWithAck(const QString &event, const Arguments &args, QObject *context, AckCallback callback,
                     int timeoutMs = 10'000);

    void join(const QString &room);
    void join(const QStringList &rooms);
    void leave(const QString &room);
    QSet<QString> rooms() const;

    // Broadcasts from this socket: everyone in `room` except this socket.
    BroadcastOperator to(const QString &room) const;
    BroadcastOperator except(const QString &room) const;
    BroadcastOperator broadcast() const;

    // Leaves the namespace (the client receives a DISCONNECT); with `closeConnection`, the whole
    // underlying connection closes (all namespaces).
    // `reason` is what this side's disconnected() reports (default "server namespace disconnect").
    void disconnect(bool closeConnection = false, const QString &reason = {});

    // Packet and byte counters of this socket, for the session registry.
    quint64 packetsIn() const { return m_packetsIn; }
    quint64 packetsOut() const { return m_packetsOut; }
    // Engine.IO payload bytes (text as UTF-8, binary attachments included).
    quint64 bytesIn() const { return m_bytesIn; }
    quint64 bytesOut() const { return m_bytesOut; }
    // When the client last sent this socket a packet (ms since the epoch; the connect at first).
    qint64 lastActivityMs() const { return m_lastActivityMs; }
    // "polling" or "websocket": the connection's current transport; empty once it is gone.
    QString transport() const;

    static quint64 wireSize(const QList<EnginePacket> &packets);

Q_SIGNALS:
    void disconnecting(const QString &reason);
    void disconnected(const QString &reason);

private:
    friend class Namespace;
    friend class SocketClient;
    friend class BroadcastOperator;

    Socket(Namespace *nsp, SocketClient *client, Handshake handshake);

    void onConnect();
    void onPacket(const SocketPacket &packet);
    void onEvent(const SocketPacket &packet);
    void onAck(const SocketPacket &packet);
    void onClose(const QString &reason);
    void sendPacket(SocketPacket &packet);

    QString m_id;
    Namespace *m_nsp;
    QPointer<SocketClient> m_client;
    Handshake m_handshake;
    QVariantMap m_data;
    bool m_connected = false;
    QHash<QString, EventHandler> m_handlers;
    QList<AnyHandler> m_anyHandlers;
    std::function<bool(const QString &event)> m_eventFilter;
    PendingAcks m_pendingAcks;
    quint64 m_packetsIn = 0;
    quint64 m_packetsOut = 0;
    quint64 m_bytesIn = 0;
    quint64 m_bytesOut = 0;
    qint64 m_lastActivityMs = 0;
};

} // namespace gatehouse
