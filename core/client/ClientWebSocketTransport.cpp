#include "ClientWebSocketTransport.h"

#include "core/protocol/EngineCodec.h"

#include <QNetworkRequest>
#include <QWebSocket>

namespace gatehouse {

ClientWebSocketTransport::ClientWebSocketTransport(QObject *parent)
    : ClientTransport(parent), m_socket(std::make_unique<QWebSocket>())
{
    connect(m_socket.get(), &QWebSocket::connected, this, &ClientTransport::opened);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        auto packet = EngineCodec::decodeText(message.toUtf8());
        if (!packet) {
            Q_EMIT failed(QStringLiteral("parse error"), packet.error());
            return;
        }
        Q_EMIT packetReceived(*packet);
    });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &message) { Q_EMIT packetReceived(EnginePacket::bytes(message)); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        if (!m_closed)
            Q_EMIT failed(QStringLiteral("transport close"), m_socket->closeReason());
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const auto errorSignal = &QWebSocket::errorOccurred;
#else
    const auto errorSignal
        = QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error); // renamed in 6.5
#endif
    connect(m_socket.get(), errorSignal, this, [this] {
        if (!m_closed && m_socket->state() != QAbstractSocket::ConnectedState)
            Q_EMIT failed(QStringLiteral("transport error"), m_socket->errorString());
    });
}

ClientWebSocketTransport::~ClientWebSocketTransport()
{
    m_closed = true;
    m_socket->disconnect(this);
    m_socket->abort();
}

void ClientWebSocketTransport::open(const Target &target)
{
    QUrl url = target.url;
    url.setScheme(url.scheme() == QLatin1StringView("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QNetworkRequest request(url);
    for (const auto &[name, value] : target.headers)
        request.setRawHeader(name, value);
    if (target.tls)
        m_socket->setSslConfiguration(*target.tls);
    m_socket->open(request);
}

bool ClientWebSocketTransport::isWritable() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void ClientWebSocketTransport::send(const QList<EnginePacket> &packets)
{
    for (const EnginePacket &packet : packets) {
        if (packet.binary)
            m_socket->sendBinaryMessage(packet.data);
        else
            m_socket->sendTextMessage(QString::fromUtf8(EngineCodec::encodeText(packet)));
    }
}

void ClientWebSocketTransport::close()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->close();
    else
        m_socket->abort();
}

} // namespace gatehouse
