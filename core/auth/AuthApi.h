// The login API on the server's own port, JSON in and out (errors as {"error":{"code","message"}}):
//   POST /api/login   {username, password, deviceId?, deviceName?, setCookie?}
//                     -> {accessToken, refreshToken, expiresIn, user: {id, username, displayName, role}}
//   POST /api/refresh {refreshToken, setCookie?} -> a new pair, the old refresh token is spent
//   POST /api/logout  {refreshToken}             -> {ok: true}, the sign-in is revoked
//   GET  /api/me      Authorization: Bearer <accessToken> -> {user, expiresAt}
// With setCookie the access token also comes as an HttpOnly, SameSite session cookie, for
// browser pages whose socket.io client should not handle tokens.
#pragma once

#include "AuthService.h"
#include "core/transport/ApiRouter.h"

namespace gatehouse {

struct AuthApiOptions {
    QByteArray cookieSameSite = "Strict"; // Strict, Lax or None (None needs TLS)
    bool secureCookies = false; // set when serving TLS
};

class AuthApi {
public:
    using Options = AuthApiOptions;

    AuthApi(AuthService &auth, EngineServer *engine, Options options = {});

    EngineServer::HttpHandler handler() { return m_router.handler(); }

private:
    void login(const QJsonObject &body, ApiResponder responder);
    void refresh(const QJsonObject &body, ApiResponder responder);
    void logout(const QJsonObject &body, ApiResponder responder);
    void me(ApiResponder responder);
    void sendSession(const AuthService::Session &session, bool setCookie, ApiResponder &responder);
    void sendFailure(const AuthFailure &failure, ApiResponder &responder);
    QByteArray cookie(const QString &value, qint64 maxAgeSeconds) const;
    QString clientAddress(const HttpRequest &request) const;

    AuthService &m_auth;
    ApiRouter m_router;
    Options m_options;
};

} // namespace gatehouse
