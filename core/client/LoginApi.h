// The client side of the login API (docs/auth.md): POST /api/login, /api/refresh and /api/logout
// over QNetworkAccessManager, asynchronously. Every answer goes to a callback in the thread of a
// context object, never from inside the call, and not at all once the context is gone.
//
// Failures are values with a kind callers act on (show the reason of a suspension, wait after
// throttling, sign in again after a refused refresh token) and a translated message that says
// what to do next. Passwords and tokens go only into request bodies, never into URLs or logs.
#pragma once

#include "core/Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;

namespace gatehouse {

struct LoginFailure {
    enum class Kind {
        Unreachable, // no answer: wrong address, server down, timeout, or not a Gatehouse server
        Tls, // the secure connection failed (certificate, name, protocol)
        InvalidCredentials, // wrong username or password
        AccountSuspended, // with reason and until
        Throttled, // too many failed attempts: retryAfterSeconds
        TokenRefused, // a refresh token that is unknown, expired, revoked or was reused
        ServerError, // anything else the server answered
    };

    Kind kind = Kind::ServerError;
    QString code; // the server's stable code when it gave one ("invalid_credentials", …)
    QString message; // translated: what happened and what to do next
    QString detail; // the network's or the server's own words, untranslated, for logs
    int httpStatus = 0; // 0: no HTTP answer
    QString reason; // AccountSuspended: why
    QDateTime until; // AccountSuspended: when it ends; invalid: until lifted
    int retryAfterSeconds = 0; // Throttled
};

// What /api/login and /api/refresh hand out. The access token belongs in memory only.
struct LoginSession {
    QString accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0;
    QJsonObject user; // {id, username, displayName, role}
};

class LoginApi : public QObject {
    Q_OBJECT

public:
    struct Options {
        QUrl server; // http(s)://host:port; only scheme, host and port are used
        std::optional<QSslConfiguration> tls; // e.g. with a private CA added
        int timeoutMs = 15'000; // for each request
    };
    struct Credentials {
        QString username;
        QString password;
        QString deviceId;
        QString deviceName;
    };
    using SessionCallback = std::function<void(Expected<LoginSession, LoginFailure>)>;
    using DoneCallback = std::function<void(Expected<void, LoginFailure>)>;

    explicit LoginApi(Options options, QObject *parent = nullptr);

    const Options &options() const { return m_options; }

    // `context` must not be null. The password is wiped from the request buffer once sent.
    void login(const Credentials &credentials, QObject *context, SessionCallback done);
    // Spends `refreshToken` and answers with a new pair.
    void refresh(const QString &refreshToken, QObject *context, SessionCallback done);
    // Revokes the sign-in (the whole token family) that `refreshToken` belongs to.
    void logout(const QString &refreshToken, QObject *context, DoneCallback done);

    // Closes kept-alive connections, e.g. before a command-line process exits.
    void clearConnectionCache() { m_network.clearConnectionCache(); }

    // The failure an HTTP answer stands for; exposed for tests.
    static LoginFailure failureFromAnswer(int status, const QJsonObject &answer, const QString &username,
                                          const QString &retryAfterHeader);

private:
    QNetworkReply *post(const QString &path, const QJsonObject &body);
    void answer(QNetworkReply *reply, QObject *context, const QString &username,
                std::function<void(Expected<QJsonObject, LoginFailure>)> done);
    LoginFailure networkFailure(QNetworkReply *reply) const;

    Options m_options;
    QNetworkAccessManager m_network;
};

} // namespace gatehouse
