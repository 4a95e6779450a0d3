#include "HttpResponse.h"

namespace gatehouse {

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray out;
    out.reserve(128 + body.size() + headers.size() * 48);
    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(reasonPhrase(status));
    out.append("\r\n");
    for (const auto &[name, value] : headers)
        out.append(name).append(": ").append(value).append("\r\n");
    if (status != 204 && status != 304)
        out.append("Content-Length: ").append(QByteArray::number(body.size())).append("\r\n");
    out.append(keepAlive && !closeConnection ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
    out.append("\r\n");
    out.append(body);
    return out;
}

} // namespace gatehouse
