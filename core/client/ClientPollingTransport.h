// Engine.IO long-polling from the client side: one GET always waiting for data, POSTs carrying
// ours (one at a time), through QNetworkAccessManager.
#pragma once

#include "ClientTransport.h"

#include <QNetworkReply>
#include <QPointer>

class QNetworkAccessManager;

namespace gatehouse {

class ClientPollingTransport : public ClientTransport {
    Q_OBJECT

public:
    ClientPollingTransport(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ClientPollingTransport() override;

    QString name() const override { return QStringLiteral("polling"); }
    void open(const Target &target) override;
    void send(const QList<EnginePacket> &packets) override;
    bool isWritable() const override { return !m_post; }
    void pause() override;
    void close() override;
    // After the handshake: later requests carry the session id.
    void setSessionId(const QString &sid);

private:
    void poll();
    // Empties `slot`; the reply when it finished with 200, else nullptr (failed() was emitted
    // unless the transport is closed).
    QNetworkReply *takeSuccessful(QPointer<QNetworkReply> &slot, const QString &what);
    void onPollFinished();
    void onPostFinished();
    void checkPaused();
    QNetworkReply *request(const QByteArray &verb, const QByteArray &body);

    QNetworkAccessManager *m_network;
    Target m_target;
    QPointer<QNetworkReply> m_get;
    QPointer<QNetworkReply> m_post;
    bool m_pausing = false;
    bool m_closed = false;
};

} // namespace gatehouse
