#include "ApiResponder.h"

#include "HttpConnection.h"

#include <QJsonDocument>

namespace gatehouse {

ApiResponder::ApiResponder(HttpConnection *connection, HttpRequest request, Decorator decorator)
    : m_state(
        std::make_shared<State>(State {connection, std::move(request), std::move(decorator), {}, false}))
{
}

void ApiResponder::addHeader(QByteArray name, QByteArray value)
{
    m_state->headers.append({std::move(name), std::move(value)});
}

void ApiResponder::json(int status, const QJsonObject &body)
{
    if (m_state->answered)
        return;
    m_state->answered = true;
    HttpResponse response = HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    // Tokens must never be cached by a browser or a proxy.
    response.setHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : std::as_const(m_state->headers))
        response.headers.append({name, value});
    if (m_state->decorator)
        m_state->decorator(m_state->request, response);
    if (m_state->connection)
        m_state->connection->respond(response);
}

void ApiResponder::error(int status, const QString &code, const QString &message)
{
    json(status,
         QJsonObject {{QStringLiteral("error"),
                       QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

} // namespace gatehouse
