// One Engine.IO session seen by Socket.IO (the Node implementation's `Client`): decodes packets
// (reassembling binary ones), routes them to the socket of their namespace, handles CONNECT,
// and closes connections that never connect or break the protocol.
#pragma once

#include "Handshake.h"
#include "core/protocol/EnginePacket.h"
#include "core/protocol/SocketDecoder.h"
#include "core/protocol/SocketPacket.h"
#include "core/transport/EngineSession.h"

#include <QBasicTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace gatehouse {

class EngineSession;
class Namespace;
class Server;
class Socket;

class SocketClient : public QObject {
    Q_OBJECT

public:
    SocketClient(Server *server, EngineSession *session);
    ~SocketClient() override;

    EngineSession *session() const { return m_session; }
    const QString &id() const { return m_id; }
    // Its sockets, one per namespace (connected or still connecting).
    QList<Socket *> sockets() const { return m_sockets.values(); }

    // Writes an encoded packet (text part plus attachments) to the connection.
    void write(const QList<EnginePacket> &encoded);

    // Closes the underlying connection; every socket on it disconnects with `reason`.
    void close(const QString &reason = QStringLiteral("forced close"));

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class Socket;
    friend class Namespace;

    void onMessage(const EnginePacket &packet);
    void onPacket(SocketPacket packet);
    void onConnectPacket(const SocketPacket &packet);
    void connectTo(Namespace *nsp, const QJsonObject &auth, const QByteArray &rawAuth);
    void onSessionClosed(const QString &reason);
    void protocolError(const QString &description);
    void removeSocket(Socket *socket);
    Handshake buildHandshake(const QJsonObject &auth, const QByteArray &rawAuth) const;

    Server *m_server;
    QPointer<EngineSession> m_session;
    QString m_id;
    QHash<QString, Socket *> m_sockets; // by namespace name (connected or connecting)
    SocketDecoder m_decoder;
    quint64 m_bytesPending = 0; // received, not yet attributed to a socket
    QBasicTimer m_connectTimer;
    bool m_closing = false;
};

} // namespace gatehouse
