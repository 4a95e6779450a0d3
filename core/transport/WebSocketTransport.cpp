#include "WebSocketTransport.h"

#include "core/protocol/EngineCodec.h"

#include <QTimer>

namespace gatehouse {

namespace {
constexpr int CloseHandshakeTimeoutMs = 5'000;
}

WebSocketTransport::WebSocketTransport(std::unique_ptr<QWebSocket> webSocket, QTcpSocket *tcpSocket,
                                       qsizetype maxPayload, QObject *parent)
    : EngineTransport(parent), m_webSocket(std::move(webSocket)), m_tcpSocket(tcpSocket)
{
    m_webSocket->setParent(nullptr);
    m_webSocket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(maxPayload));
    m_webSocket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(maxPayload));
    connect(m_webSocket.get(), &QWebSocket::textMessageReceived, this, &WebSocketTransport::onText);
    connect(m_webSocket.get(), &QWebSocket::binaryMessageReceived, this, &WebSocketTransport::onBinary);
    connect(m_webSocket.get(), &QWebSocket::disconnected, this, &WebSocketTransport::onDisconnected);
}

WebSocketTransport::~WebSocketTransport()
{
    if (m_webSocket) {
        m_webSocket->disconnect(this);
        m_webSocket->abort();
    }
}

bool WebSocketTransport::isWritable() const
{
    return m_webSocket && m_webSocket->state() == QAbstractSocket::ConnectedState;
}

void WebSocketTransport::send(const QList<EnginePacket> &packets)
{
    if (!isWritable())
        return;
    for (const EnginePacket &packet : packets) {
        if (packet.binary)
            m_webSocket->sendBinaryMessage(packet.data);
        else
            m_webSocket->sendTextMessage(QString::fromUtf8(EngineCodec::encodeText(packet)));
    }
}

qint64 WebSocketTransport::bufferedBytes() const
{
    return m_tcpSocket ? m_tcpSocket->bytesToWrite() : 0;
}

void WebSocketTransport::onText(const QString &message)
{
    auto packet = EngineCodec::decodeText(message.toUtf8());
    if (!packet) {
        Q_EMIT failed(QStringLiteral("parse error"), packet.error());
        return;
    }
    Q_EMIT packetReceived(*packet);
}

void WebSocketTransport::onBinary(const QByteArray &message)
{
    Q_EMIT packetReceived(EnginePacket::bytes(message));
}

void WebSocketTransport::onDisconnected()
{
    const bool tooBig = m_webSocket && m_webSocket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData;
    Q_EMIT closed(tooBig ? QStringLiteral("transport error") : QStringLiteral("transport close"));
}

void WebSocketTransport::closeTransport()
{
    if (!m_webSocket)
        return;
    QWebSocket *webSocket = m_webSocket.release();
    webSocket->disconnect(this);
    // Let the close handshake finish on its own, but never wait forever for the peer.
    connect(webSocket, &QWebSocket::disconnected, webSocket, &QObject::deleteLater);
    QTimer::singleShot(CloseHandshakeTimeoutMs, webSocket, &QObject::deleteLater);
    if (webSocket->state() == QAbstractSocket::ConnectedState)
        webSocket->close();
    else
        webSocket->deleteLater();
}

} // namespace gatehouse
