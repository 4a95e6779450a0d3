// A WebSocket carrying Engine.IO packets: text frames for text packets, binary frames for binary.
#pragma once

#include "EngineTransport.h"

#include <QPointer>
#include <QTcpSocket>
#include <QWebSocket>

#include <memory>

namespace gatehouse {

class WebSocketTransport : public EngineTransport {
    Q_OBJECT

public:
    // `tcpSocket` is the socket underneath `webSocket`, kept to measure unsent bytes.
    WebSocketTransport(std::unique_ptr<QWebSocket> webSocket, QTcpSocket *tcpSocket, qsizetype maxPayload,
                       QObject *parent = nullptr);
    ~WebSocketTransport() override;

    Kind kind() const override { return Kind::WebSocket; }
    bool isWritable() const override;
    void send(const QList<EnginePacket> &packets) override;
    qint64 bufferedBytes() const override;
    void closeTransport() override;

private:
    void onText(const QString &message);
    void onBinary(const QByteArray &message);
    void onDisconnected();

    std::unique_ptr<QWebSocket> m_webSocket;
    QPointer<QTcpSocket> m_tcpSocket;
};

} // namespace gatehouse
