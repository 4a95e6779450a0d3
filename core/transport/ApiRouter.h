// Routes JSON API requests (e.g. POST /api/login) that arrive on the Engine.IO server's port:
// method and path matching, JSON body parsing, CORS preflight, and uniform error bodies
// {"error":{"code":…,"message":…}}. Install with EngineServer::addHttpHandler(router.handler()).
#pragma once

#include "ApiResponder.h"
#include "EngineServer.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace gatehouse {

class ApiRouter {
public:
    // `body` is the parsed JSON object (empty for GET).
    using Handler = std::function<void(const QJsonObject &body, ApiResponder responder)>;

    explicit ApiRouter(EngineServer *engine) : m_engine(engine) { }

    void route(const QByteArray &method, const QByteArray &path, Handler handler);
    EngineServer::HttpHandler handler();

private:
    bool handle(HttpConnection *connection, const HttpRequest &request);

    QPointer<EngineServer> m_engine;
    QHash<QByteArray, QHash<QByteArray, Handler>> m_routes; // path -> method -> handler
};

} // namespace gatehouse
