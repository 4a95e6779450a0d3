#include "AdminUiFormat.h"

#include "core/server/Namespace.h"
#include "core/server/Socket.h"
#include "core/server/SocketClient.h"
#include "core/transport/EngineSession.h"

#include <QLocale>
#include <QTimeZone>

namespace gatehouse {

namespace {

bool isSecretHeader(QByteArrayView name)
{
    return name == "authorization" || name == "cookie" || name == "proxy-authorization";
}

// Like JavaScript's Date.prototype.toString(), which the reference sends (the UI ignores it).
QString javascriptDate(const QDateTime &at)
{
    const QDateTime utc = at.toUTC();
    return QLocale::c().toString(utc, QStringLiteral("ddd MMM dd yyyy HH:mm:ss"))
        + QStringLiteral(" GMT+0000 (Coordinated Universal Time)");
}

} // namespace

QString AdminUiFormat::timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject AdminUiFormat::handshake(const Socket *socket)
{
    const Handshake &handshake = socket->handshake();
    QJsonObject headers;
    for (const auto &[name, value] : handshake.headers) {
        const QString key = QString::fromLatin1(name);
        const QString shown = isSecretHeader(name) ? QStringLiteral("[redacted]") : QString::fromUtf8(value);
        // Repeated headers are joined, as Node does.
        const QString previous = headers.value(key).toString();
        headers.insert(key, previous.isEmpty() ? shown : previous + QStringLiteral(", ") + shown);
    }
    QJsonObject query;
    const auto items = handshake.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        query.insert(key, value);
    return {{QStringLiteral("address"), handshake.address.toString()},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("query"), query},
            {QStringLiteral("issued"), double(handshake.issued)},
            {QStringLiteral("time"), javascriptDate(handshake.time)},
            {QStringLiteral("secure"), handshake.secure},
            {QStringLiteral("url"), QString::fromUtf8(handshake.url)},
            {QStringLiteral("xdomain"), handshake.xdomain}};
}

QJsonObject AdminUiFormat::socket(const Socket *socket)
{
    const SocketClient *client = socket->client();
    const QString sessionId = client && client->session() ? client->session()->id() : QString();
    QJsonArray rooms;
    const QSet<QString> joined = socket->nsp()->adapter().rooms(const_cast<Socket *>(socket));
    for (const QString &room : joined)
        rooms.append(room);
    return {{QStringLiteral("id"), socket->id()},
            {QStringLiteral("clientId"), sessionId.left(ClientIdLength)},
            {QStringLiteral("transport"), socket->transport()},
            {QStringLiteral("nsp"), socket->nsp()->name()},
            {QStringLiteral("data"), QJsonObject::fromVariantMap(socket->data())},
            {QStringLiteral("handshake"), handshake(socket)},
            {QStringLiteral("rooms"), rooms}};
}

QJsonObject AdminUiFormat::config(bool readOnly)
{
    QJsonArray features;
    if (!readOnly) {
        for (const char *name : {"EMIT", "JOIN", "LEAVE", "DISCONNECT", "MJOIN", "MLEAVE", "MDISCONNECT"})
            features.append(QString::fromLatin1(name));
    }
    features.append(QStringLiteral("AGGREGATED_EVENTS"));
    features.append(QStringLiteral("ALL_EVENTS"));
    return {{QStringLiteral("supportedFeatures"), features}};
}

} // namespace gatehouse
