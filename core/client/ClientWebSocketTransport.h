// Engine.IO over a WebSocket from the client side (QWebSocket).
#pragma once

#include "ClientTransport.h"

#include <memory>

class QWebSocket;

namespace gatehouse {

class ClientWebSocketTransport : public ClientTransport {
    Q_OBJECT

public:
    explicit ClientWebSocketTransport(QObject *parent = nullptr);
    ~ClientWebSocketTransport() override;

    QString name() const override { return QStringLiteral("websocket"); }
    void open(const Target &target) override;
    void send(const QList<EnginePacket> &packets) override;
    bool isWritable() const override;
    void close() override;

private:
    std::unique_ptr<QWebSocket> m_socket;
    bool m_closed = false;
};

} // namespace gatehouse
