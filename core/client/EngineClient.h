// The Engine.IO v4 client: handshake over polling or WebSocket, the upgrade probe, answering the
// server's pings (it never pings itself, except "2probe"), detecting a silent server, and a write
// buffer sent in batches no larger than the server's maxPayload.
#pragma once

#include "ClientTransport.h"

#include <QBasicTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace gatehouse {

class ClientPollingTransport;

class EngineClient : public QObject {
    Q_OBJECT

public:
    struct Options {
        QUrl url; // http(s)://host:port
        QByteArray path = "/socket.io/";
        bool polling = true; // start with long-polling (else WebSocket)
        bool websocket = true; // may use / upgrade to WebSocket
        bool upgrade = true;
        QUrlQuery query; // added to every request
        QList<QPair<QByteArray, QByteArray>> extraHeaders;
        int openTimeoutMs = 20'000; // the handshake must complete by then
        // For https:// URLs: e.g. the CA of a self-signed server certificate
        // (QSslConfiguration::addCaCertificates). Unset: the system's trusted CAs.
        std::optional<QSslConfiguration> tls;
    };
    enum class State { Closed, Opening, Open };

    EngineClient(Options options, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~EngineClient() override;

    void open();
    // Closes from our side (sends a close packet when possible); emits closed("io client disconnect").
    void close();
    void send(const QList<EnginePacket> &packets);

    State state() const { return m_state; }
    QString sessionId() const { return m_sid; }
    QString transportName() const;
    void setExtraHeaders(QList<QPair<QByteArray, QByteArray>> headers)
    {
        m_options.extraHeaders = std::move(headers);
    }
    void setQuery(const QUrlQuery &query) { m_options.query = query; }

Q_SIGNALS:
    void opened();
    void messageReceived(const gatehouse::EnginePacket &packet);
    void upgraded(const QString &transport);
    void closed(const QString &reason, const QString &description);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    ClientTransport::Target target(const QString &transport) const;
    void useTransport(ClientTransport *transport);
    void onPacket(const EnginePacket &packet);
    void onOpenPacket(const QByteArray &json);
    void flush();
    void probe();
    void finish(const QString &reason, const QString &description = {});
    void resetPingTimeout();

    Options m_options;
    QNetworkAccessManager *m_network;
    State m_state = State::Closed;
    ClientTransport *m_transport = nullptr;
    QPointer<ClientTransport> m_probe;
    QString m_sid;
    QStringList m_upgrades;
    int m_pingIntervalMs = 25'000;
    int m_pingTimeoutMs = 20'000;
    qsizetype m_maxPayload = 1'000'000;
    QList<EnginePacket> m_writeBuffer;
    bool m_upgrading = false;
    QBasicTimer m_pingTimeoutTimer;
    QBasicTimer m_openTimer;
};

} // namespace gatehouse
