#include "ClientPollingTransport.h"

#include "core/RandomId.h"
#include "core/protocol/EngineCodec.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace gatehouse {

ClientPollingTransport::ClientPollingTransport(QNetworkAccessManager *network, QObject *parent)
    : ClientTransport(parent), m_network(network)
{
}

ClientPollingTransport::~ClientPollingTransport()
{
    close();
}

QNetworkReply *ClientPollingTransport::request(const QByteArray &verb, const QByteArray &body)
{
    QUrl url = m_target.url;
    QUrlQuery query(url);
    // A fresh value per request keeps caches and proxies from answering for the server.
    query.removeAllQueryItems(QStringLiteral("t"));
    query.addQueryItem(QStringLiteral("t"), RandomId::generate().left(8));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : std::as_const(m_target.headers))
        request.setRawHeader(name, value);
    if (m_target.tls)
        request.setSslConfiguration(*m_target.tls);
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain;charset=UTF-8"));
        return m_network->post(request, body);
    }
    return m_network->get(request);
}

void ClientPollingTransport::open(const Target &target)
{
    m_target = target;
    m_closed = false;
    poll(); // the handshake GET is the first poll
}

void ClientPollingTransport::setSessionId(const QString &sid)
{
    QUrlQuery query(m_target.url);
    query.removeAllQueryItems(QStringLiteral("sid"));
    query.addQueryItem(QStringLiteral("sid"), sid);
    m_target.url.setQuery(query);
}

void ClientPollingTransport::poll()
{
    if (m_closed || m_pausing || m_get)
        return;
    m_get = request("GET", {});
    connect(m_get, &QNetworkReply::finished, this, &ClientPollingTransport::onPollFinished);
}

QNetworkReply *ClientPollingTransport::takeSuccessful(QPointer<QNetworkReply> &slot, const QString &what)
{
    QNetworkReply *reply = slot;
    slot = nullptr;
    if (!reply)
        return nullptr;
    reply->deleteLater();
    if (m_closed)
        return nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        Q_EMIT failed(
            QStringLiteral("transport error"),
            QStringLiteral("%1 failed: HTTP %2, %3").arg(what).arg(status).arg(reply->errorString()));
        return nullptr;
    }
    return reply;
}

void ClientPollingTransport::onPollFinished()
{
    QNetworkReply *reply = takeSuccessful(m_get, QStringLiteral("poll"));
    if (!reply)
        return;
    auto packets = EngineCodec::decodePayload(reply->readAll());
    if (!packets) {
        Q_EMIT failed(QStringLiteral("parse error"), packets.error());
        return;
    }
    QPointer<ClientPollingTransport> guard(this);
    for (const EnginePacket &packet : std::as_const(*packets)) {
        Q_EMIT packetReceived(packet);
        if (!guard || m_closed)
            return;
    }
    if (m_pausing)
        checkPaused();
    else
        poll();
}

void ClientPollingTransport::send(const QList<EnginePacket> &packets)
{
    if (m_closed || m_post || packets.isEmpty())
        return;
    m_post = request("POST", EngineCodec::encodePayload(packets));
    connect(m_post, &QNetworkReply::finished, this, &ClientPollingTransport::onPostFinished);
}

void ClientPollingTransport::onPostFinished()
{
    if (!takeSuccessful(m_post, QStringLiteral("post")))
        return;
    if (m_pausing)
        checkPaused();
    else
        Q_EMIT drained();
}

void ClientPollingTransport::pause()
{
    m_pausing = true;
    checkPaused();
}

void ClientPollingTransport::checkPaused()
{
    if (m_pausing && !m_get && !m_post)
        Q_EMIT paused();
}

void ClientPollingTransport::close()
{
    if (m_closed)
        return;
    m_closed = true;
    for (QNetworkReply *reply : {m_get.data(), m_post.data()}) {
        if (reply) {
            reply->disconnect(this);
            if (reply->isRunning())
                reply->abort();
            reply->deleteLater();
        }
    }
}

} // namespace gatehouse
