// An HTTP/1.1 response to serialize onto a connection.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace gatehouse {

struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool closeConnection = false;

    HttpResponse &setHeader(QByteArray name, QByteArray value)
    {
        for (auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                header.second = std::move(value);
                return *this;
            }
        }
        headers.append({std::move(name), std::move(value)});
        return *this;
    }

    static HttpResponse text(int status, QByteArray body,
                             QByteArray contentType = "text/plain; charset=UTF-8")
    {
        HttpResponse response;
        response.status = status;
        response.body = std::move(body);
        response.setHeader("Content-Type", std::move(contentType));
        return response;
    }
    static HttpResponse json(int status, QByteArray body)
    {
        return text(status, std::move(body), "application/json");
    }

    static QByteArray reasonPhrase(int status);
    QByteArray serialize(bool keepAlive) const;
};

} // namespace gatehouse
