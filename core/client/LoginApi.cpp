#include "LoginApi.h"

#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace gatehouse {

namespace {

QString str(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

Expected<LoginSession, LoginFailure> sessionFrom(Expected<QJsonObject, LoginFailure> answer)
{
    if (!answer)
        return unexpected(answer.error());
    LoginSession session;
    session.accessToken = str(*answer, QLatin1StringView("accessToken"));
    session.refreshToken = str(*answer, QLatin1StringView("refreshToken"));
    session.expiresInSeconds = answer->value(QLatin1StringView("expiresIn")).toInteger();
    session.user = answer->value(QLatin1StringView("user")).toObject();
    if (session.accessToken.isEmpty() || session.refreshToken.isEmpty()) {
        LoginFailure failure;
        failure.kind = LoginFailure::Kind::ServerError;
        failure.httpStatus = 200;
        failure.message
            = LoginApi::tr("The server's answer to the sign-in had no tokens. Is the address that "
                           "of a Gatehouse server?");
        return unexpected(failure);
    }
    return session;
}

} // namespace

LoginApi::LoginApi(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
}

QNetworkReply *LoginApi::post(const QString &path, const QJsonObject &body)
{
    QUrl url = m_options.server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                         | QUrl::RemoveUserInfo);
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_options.timeoutMs);
    if (m_options.tls)
        request.setSslConfiguration(*m_options.tls);
    QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.post(request, bytes);
    bytes.fill('\0'); // it may hold the password; QNetworkAccessManager keeps its own copy
    return reply;
}

void LoginApi::login(const Credentials &credentials, QObject *context, SessionCallback done)
{
    QJsonObject body {{QStringLiteral("username"), credentials.username},
                      {QStringLiteral("password"), credentials.password}};
    if (!credentials.deviceId.isEmpty())
        body.insert(QStringLiteral("deviceId"), credentials.deviceId);
    if (!credentials.deviceName.isEmpty())
        body.insert(QStringLiteral("deviceName"), credentials.deviceName);
    QNetworkReply *reply = post(QStringLiteral("/api/login"), body);
    answer(reply, context, credentials.username,
           [done = std::move(done)](Expected<QJsonObject, LoginFailure> result) {
               done(sessionFrom(std::move(result)));
           });
}

void LoginApi::refresh(const QString &refreshToken, QObject *context, SessionCallback done)
{
    QNetworkReply *reply
        = post(QStringLiteral("/api/refresh"), {{QStringLiteral("refreshToken"), refreshToken}});
    answer(reply, context, {}, [done = std::move(done)](Expected<QJsonObject, LoginFailure> result) {
        done(sessionFrom(std::move(result)));
    });
}

void LoginApi::logout(const QString &refreshToken, QObject *context, DoneCallback done)
{
    QNetworkReply *reply
        = post(QStringLiteral("/api/logout"), {{QStringLiteral("refreshToken"), refreshToken}});
    answer(reply, context, {}, [done = std::move(done)](Expected<QJsonObject, LoginFailure> result) {
        if (result)
            done({});
        else
            done(unexpected(result.error()));
    });
}

void LoginApi::answer(QNetworkReply *reply, QObject *context, const QString &username,
                      std::function<void(Expected<QJsonObject, LoginFailure>)> done)
{
    Q_ASSERT(context);
    // The reply goes when it finishes, whether or not the context is still there to hear it.
    connect(reply, &QNetworkReply::finished, this, [reply] { reply->deleteLater(); });
    connect(reply, &QNetworkReply::finished, context, [this, reply, username, done = std::move(done)] {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            done(unexpected(networkFailure(reply)));
            return;
        }
        QByteArray body = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        body.fill('\0'); // tokens
        if (status.toInt() == 200) {
            done(json);
            return;
        }
        done(unexpected(failureFromAnswer(status.toInt(), json, username,
                                          QString::fromLatin1(reply->rawHeader("Retry-After")))));
    });
}

LoginFailure LoginApi::networkFailure(QNetworkReply *reply) const
{
    LoginFailure failure;
    const QString server = m_options.server.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath);
    failure.detail = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError: // Qt's word for some TLS setup failures
        if (reply->error() == QNetworkReply::SslHandshakeFailedError || reply->url().scheme() == u"https") {
            failure.kind = LoginFailure::Kind::Tls;
            failure.message = tr("The secure connection to %1 failed: %2. If the server's certificate is "
                                 "self-signed or from a private CA, install that CA; if the name does not "
                                 "match, use the name in the certificate.")
                                  .arg(server, failure.detail);
            return failure;
        }
        break;
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the request
        failure.kind = LoginFailure::Kind::Unreachable;
        failure.detail = tr("no answer within %1 s").arg(m_options.timeoutMs / 1000);
        failure.message = tr("The server at %1 did not answer within %2 s. Check your network and the "
                             "server address, then try again.")
                              .arg(server)
                              .arg(m_options.timeoutMs / 1000);
        return failure;
    default:
        break;
    }
    failure.kind = LoginFailure::Kind::Unreachable;
    failure.message = tr("Cannot reach the server at %1 (%2). Check the address and your network, and that "
                         "the server is running.")
                          .arg(server, failure.detail);
    return failure;
}

LoginFailure LoginApi::failureFromAnswer(int status, const QJsonObject &answer, const QString &username,
                                         const QString &retryAfterHeader)
{
    const QJsonObject error = answer.value(QLatin1StringView("error")).toObject();
    LoginFailure failure;
    failure.httpStatus = status;
    failure.code = str(error, QLatin1StringView("code"));
    failure.detail = str(error, QLatin1StringView("message"));
    if (status == 404) {
        failure.kind = LoginFailure::Kind::Unreachable;
        failure.detail = tr("it has no login API (HTTP 404): is it a Gatehouse server?");
        failure.message = tr("The server has no login API (HTTP 404). Check that the address is that of a "
                             "Gatehouse server.");
    } else if (failure.code == u"invalid_credentials") {
        failure.kind = LoginFailure::Kind::InvalidCredentials;
        failure.message
            = tr("Wrong username or password for \"%1\". Check both and try again.").arg(username);
    } else if (failure.code == u"account_suspended") {
        failure.kind = LoginFailure::Kind::AccountSuspended;
        failure.reason = str(error, QLatin1StringView("reason"));
        failure.until = QDateTime::fromString(str(error, QLatin1StringView("until")), Qt::ISODateWithMs);
        const QString reason = failure.reason.isEmpty() ? tr("no reason given") : failure.reason;
        failure.message = failure.until.isValid()
            ? tr("This account is suspended until %1 (%2). Sign in again after that, or ask a moderator.")
                  .arg(QLocale().toString(failure.until.toLocalTime(), QLocale::ShortFormat), reason)
            : tr("This account is suspended until a moderator lifts it (%1). Ask a moderator.").arg(reason);
    } else if (failure.code == u"too_many_attempts") {
        failure.kind = LoginFailure::Kind::Throttled;
        failure.retryAfterSeconds = error.value(QLatin1StringView("retryAfter")).toInt();
        if (failure.retryAfterSeconds <= 0)
            failure.retryAfterSeconds = retryAfterHeader.toInt();
        failure.message = tr("Too many failed sign-ins. Wait %n second(s), then try again.", nullptr,
                             qMax(1, failure.retryAfterSeconds));
    } else if (failure.code == u"invalid_token" || failure.code == u"token_expired") {
        failure.kind = LoginFailure::Kind::TokenRefused;
        failure.message = tr("Your sign-in has ended (it expired, was revoked, or was used elsewhere). "
                             "Sign in again with your password.");
    } else {
        failure.kind = LoginFailure::Kind::ServerError;
        failure.message = tr("The server could not sign you in (HTTP %1: %2). Try again later; if it "
                             "persists, tell the server's administrator.")
                              .arg(status)
                              .arg(failure.detail.isEmpty() ? tr("no details") : failure.detail);
    }
    return failure;
}

} // namespace gatehouse
