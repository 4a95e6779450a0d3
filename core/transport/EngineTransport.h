// What an Engine.IO session speaks through: HTTP long-polling or a WebSocket.
#pragma once

#include "core/protocol/EnginePacket.h"

#include <QList>
#include <QObject>

namespace gatehouse {

class EngineTransport : public QObject {
    Q_OBJECT

public:
    enum class Kind { Polling, WebSocket };

    using QObject::QObject;

    virtual Kind kind() const = 0;
    // True when send() would put packets on the wire now (polling: a GET is waiting).
    virtual bool isWritable() const = 0;
    virtual void send(const QList<EnginePacket> &packets) = 0;
    // Bytes accepted by send() but not yet handed to the kernel.
    virtual qint64 bufferedBytes() const = 0;
    // Ends the transport; closeTransport() emits no `closed` afterwards.
    virtual void closeTransport() = 0;

    static QString kindName(Kind kind)
    {
        return kind == Kind::Polling ? QStringLiteral("polling") : QStringLiteral("websocket");
    }

Q_SIGNALS:
    void packetReceived(const gatehouse::EnginePacket &packet);
    // The peer broke a protocol rule: `reason` is an engine close reason ("parse error", ...).
    void failed(const QString &reason, const QString &description);
    // The peer went away.
    void closed(const QString &reason);
    // Became writable (polling: a GET arrived).
    void writable();
};

} // namespace gatehouse
