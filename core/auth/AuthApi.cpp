#include "AuthApi.h"

#include "HandshakeCredentials.h"

namespace gatehouse {

AuthApi::AuthApi(AuthService &auth, EngineServer *engine, Options options)
    : m_auth(auth), m_router(engine), m_options(std::move(options))
{
    m_router.route("POST", "/api/login", [this](const QJsonObject &body, ApiResponder r) { login(body, r); });
    m_router.route("POST", "/api/refresh",
                   [this](const QJsonObject &body, ApiResponder r) { refresh(body, r); });
    m_router.route("POST", "/api/logout",
                   [this](const QJsonObject &body, ApiResponder r) { logout(body, r); });
    m_router.route("GET", "/api/me", [this](const QJsonObject &, ApiResponder r) { me(r); });
}

QString AuthApi::clientAddress(const HttpRequest &request) const
{
    return request.remoteAddress.toString();
}

QByteArray AuthApi::cookie(const QString &value, qint64 maxAgeSeconds) const
{
    QByteArray cookie = HandshakeCredentials::CookieName.toLatin1() + '=' + value.toLatin1()
        + "; Path=/; HttpOnly; SameSite=" + m_options.cookieSameSite
        + "; Max-Age=" + QByteArray::number(maxAgeSeconds);
    if (m_options.secureCookies)
        cookie += "; Secure";
    return cookie;
}

void AuthApi::sendFailure(const AuthFailure &failure, ApiResponder &responder)
{
    if (failure.retryAfterMs > 0)
        responder.addHeader("Retry-After", QByteArray::number((failure.retryAfterMs + 999) / 1000));
    QJsonObject error {{QStringLiteral("code"), failure.code}, {QStringLiteral("message"), failure.message}};
    for (auto it = failure.details.begin(); it != failure.details.end(); ++it)
        error.insert(it.key(), it.value());
    responder.json(failure.status, {{QStringLiteral("error"), error}});
}

void AuthApi::sendSession(const AuthService::Session &session, bool setCookie, ApiResponder &responder)
{
    if (setCookie)
        responder.addHeader("Set-Cookie", cookie(session.access.token, session.access.expiresIn()));
    responder.json(200,
                   {{QStringLiteral("accessToken"), session.access.token},
                    {QStringLiteral("refreshToken"), session.refreshToken},
                    {QStringLiteral("expiresIn"), session.access.expiresIn()},
                    {QStringLiteral("user"), AuthService::userJson(session.user)}});
}

void AuthApi::login(const QJsonObject &body, ApiResponder responder)
{
    AuthService::Credentials credentials;
    credentials.username = body.value(QStringLiteral("username")).toString();
    credentials.password = body.value(QStringLiteral("password")).toString();
    credentials.deviceId = body.value(QStringLiteral("deviceId")).toString().left(128);
    credentials.deviceName = body.value(QStringLiteral("deviceName")).toString().left(128);
    credentials.address = clientAddress(responder.request());
    const bool setCookie = body.value(QStringLiteral("setCookie")).toBool();
    m_auth.login(credentials,
                 [this, responder, setCookie](Expected<AuthService::Session, AuthFailure> result) mutable {
                     if (result)
                         sendSession(*result, setCookie, responder);
                     else
                         sendFailure(result.error(), responder);
                 });
}

void AuthApi::refresh(const QJsonObject &body, ApiResponder responder)
{
    auto result = m_auth.refresh(body.value(QStringLiteral("refreshToken")).toString(),
                                 clientAddress(responder.request()));
    if (result)
        sendSession(*result, body.value(QStringLiteral("setCookie")).toBool(), responder);
    else
        sendFailure(result.error(), responder);
}

void AuthApi::logout(const QJsonObject &body, ApiResponder responder)
{
    auto result = m_auth.logout(body.value(QStringLiteral("refreshToken")).toString(),
                                clientAddress(responder.request()));
    if (!result) {
        sendFailure(result.error(), responder);
        return;
    }
    // Also forget the session cookie, if the browser has one.
    responder.addHeader("Set-Cookie", cookie(QString(), 0));
    responder.json(200, {{QStringLiteral("ok"), true}});
}

void AuthApi::me(ApiResponder responder)
{
    Handshake headersOnly;
    headersOnly.headers = responder.request().headers;
    const auto found = HandshakeCredentials::extract(
        headersOnly,
        HandshakeCredentials::Sources(HandshakeCredentials::Source::AuthorizationHeader)
            | HandshakeCredentials::Source::SessionCookie);
    auto principal = m_auth.authenticate(found.token);
    if (!principal) {
        if (principal.error().status == 401)
            responder.addHeader("WWW-Authenticate", "Bearer");
        sendFailure(principal.error(), responder);
        return;
    }
    QJsonObject user = principal->user ? AuthService::userJson(*principal->user)
                                       : QJsonObject {{QStringLiteral("id"), principal->token.userId},
                                                      {QStringLiteral("displayName"), principal->token.name},
                                                      {QStringLiteral("role"), principal->token.role}};
    responder.json(200,
                   {{QStringLiteral("user"), user},
                    {QStringLiteral("expiresAt"), principal->token.expiresAt.toString(Qt::ISODate)}});
}

} // namespace gatehouse
