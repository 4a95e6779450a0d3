// A parsed HTTP/1.1 request as the transport sees it.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace gatehouse {

struct HttpRequest {
    QByteArray method; // "GET", "POST", ...
    QByteArray target; // the raw request target, e.g. "/socket.io/?EIO=4"
    QByteArray path; // target without the query, still percent-encoded
    QUrlQuery query; // decoded query items
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in arrival order
    QByteArray body;
    QHostAddress remoteAddress;
    quint16 remotePort = 0;
    bool secure = false;
    bool upgrade = false; // an Upgrade request (WebSocket handshake)

    // The first value of a header (name in lower case), or a null QByteArray.
    QByteArray header(QByteArrayView lowerCaseName) const
    {
        for (const auto &[name, value] : headers) {
            if (name == lowerCaseName)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView lowerCaseName) const { return !header(lowerCaseName).isNull(); }
    QString queryItem(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

} // namespace gatehouse
