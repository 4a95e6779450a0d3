// How the Engine.IO client reaches the server: long-polling or a WebSocket.
#pragma once

#include "core/protocol/EnginePacket.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

namespace gatehouse {

class ClientTransport : public QObject {
    Q_OBJECT

public:
    struct Target {
        QUrl url; // full URL with path and query (EIO, transport, sid)
        QList<QPair<QByteArray, QByteArray>> headers; // extra request headers
        std::optional<QSslConfiguration> tls; // for https/wss: whom to trust (else the system's CAs)
    };

    using QObject::QObject;

    virtual QString name() const = 0;
    virtual void open(const Target &target) = 0;
    virtual void send(const QList<EnginePacket> &packets) = 0;
    // True when send() would go out now (polling: no POST in flight).
    virtual bool isWritable() const = 0;
    // Stops receiving once in-flight requests are done, then emits paused() (polling only).
    virtual void pause() { Q_EMIT paused(); }
    virtual void close() = 0;

Q_SIGNALS:
    void opened();
    void packetReceived(const gatehouse::EnginePacket &packet);
    void drained();
    void paused();
    void failed(const QString &reason, const QString &description);
};

} // namespace gatehouse
