// What a socket was connected with, as Socket.IO exposes it in `socket.handshake`.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace gatehouse {

struct Handshake {
    QJsonObject auth; // the CONNECT packet's payload ({} when none)
    QByteArray rawAuth = "{}"; // the same, as the client wrote it
    QUrlQuery query; // of the first HTTP request
    QList<QPair<QByteArray, QByteArray>> headers; // of the first HTTP request, names lower-cased
    QHostAddress address; // the client (through trusted proxies only)
    QDateTime time; // when the Engine.IO session opened
    qint64 issued = 0; // the same, in ms since the epoch
    bool secure = false; // TLS
    bool xdomain = false; // an Origin header was sent
    QByteArray url; // the first request's target

    QByteArray header(QByteArrayView lowerCaseName) const
    {
        for (const auto &[name, value] : headers) {
            if (name == lowerCaseName)
                return value;
        }
        return {};
    }
    QString queryItem(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

} // namespace gatehouse
