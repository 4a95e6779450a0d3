#include "ApiRouter.h"

#include "HttpConnection.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace gatehouse {

void ApiRouter::route(const QByteArray &method, const QByteArray &path, Handler handler)
{
    m_routes[path].insert(method, std::move(handler));
}

EngineServer::HttpHandler ApiRouter::handler()
{
    return [this](HttpConnection *connection, const HttpRequest &request) {
        return handle(connection, request);
    };
}

bool ApiRouter::handle(HttpConnection *connection, const HttpRequest &request)
{
    const auto routes = m_routes.constFind(request.path);
    if (routes == m_routes.constEnd() || request.upgrade)
        return false;
    QPointer<EngineServer> engine = m_engine;
    ApiResponder responder(connection, request, [engine](const HttpRequest &r, HttpResponse &response) {
        if (engine)
            engine->decorate(r, response);
    });
    if (request.method == "OPTIONS" && CorsPolicy::isPreflight(request) && m_engine) {
        HttpResponse preflight = m_engine->corsPolicy().preflightResponse(request);
        connection->respond(preflight);
        return true;
    }
    const auto handler = routes->constFind(request.method);
    if (handler == routes->constEnd()) {
        responder.addHeader("Allow", routes->keys().join(", "));
        responder.error(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not supported here; use %2")
                .arg(QString::fromLatin1(request.method), QString::fromLatin1(routes->keys().join(", "))));
        return true;
    }
    QJsonObject body;
    if (request.method == "POST" || request.method == "PUT") {
        const QByteArray contentType = request.header("content-type").toLower();
        // Only JSON: a form post from another site cannot reach us without a CORS preflight.
        if (!contentType.startsWith("application/json")) {
            responder.error(415, QStringLiteral("unsupported_media_type"),
                            QStringLiteral("Send the body as JSON with Content-Type: application/json"));
            return true;
        }
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            responder.error(400, QStringLiteral("bad_request"),
                            QStringLiteral("The body must be a JSON object: %1").arg(error.errorString()));
            return true;
        }
        body = document.object();
    }
    (*handler)(body, responder);
    return true;
}

} // namespace gatehouse
