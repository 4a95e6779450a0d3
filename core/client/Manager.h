// One connection to a server, shared by the sockets of several namespaces (as socket.io-client's
// Manager): it opens the Engine.IO client, routes packets to the socket of their namespace, and
// reconnects with exponential backoff and jitter after the connection drops.
#pragma once

#include "EngineClient.h"
#include "core/protocol/SocketDecoder.h"

#include <QBasicTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>

namespace gatehouse {

class ClientSocket;

class Manager : public QObject {
    Q_OBJECT

public:
    struct Options {
        EngineClient::Options engine;
        bool reconnection = true;
        int reconnectionAttempts = -1; // -1: forever
        int reconnectionDelayMs = 1'000;
        int reconnectionDelayMaxMs = 5'000;
        double randomizationFactor = 0.5;
    };

    explicit Manager(Options options, QObject *parent = nullptr);
    ~Manager() override;

    // The socket for namespace `nsp`, created on first use and owned by the manager.
    ClientSocket *socket(const QString &nsp = QStringLiteral("/"));

    void open();
    // Closes the connection and stops reconnecting; sockets disconnect with "io client disconnect".
    void close();
    bool isOpen() const { return m_engine->state() == EngineClient::State::Open; }
    EngineClient *engine() const { return m_engine; }
    const Options &options() const { return m_options; }
    int reconnectAttempts() const { return m_attempts; }

    // Exposed for tests: the delay before reconnect attempt `attempt` (0-based), jitter included.
    static int backoffDelay(const Options &options, int attempt, double random);

Q_SIGNALS:
    void opened();
    void closed(const QString &reason, const QString &description);
    void reconnectAttempt(int attempt);
    void reconnected(int attempts);
    void reconnectFailed();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class ClientSocket;

    void onEngineOpened();
    void onEngineMessage(const EnginePacket &packet);
    void onEngineClosed(const QString &reason, const QString &description);
    void scheduleReconnect();
    void write(const SocketPacket &packet);
    // A socket stopped wanting the connection; the last one closes it.
    void release(ClientSocket *socket);

    Options m_options;
    QNetworkAccessManager m_network;
    EngineClient *m_engine;
    QHash<QString, ClientSocket *> m_sockets;
    SocketDecoder m_decoder;
    QBasicTimer m_reconnectTimer;
    int m_attempts = 0;
    bool m_reconnecting = false;
    bool m_skipReconnect = false;
};

} // namespace gatehouse
