// A moderator's or admin's connection to a running server, for the command line: signs in over
// the login API (POST /api/login), connects the C++ Socket.IO client to /admin with the access
// token in auth.token, and sends the acknowledged `gatehouse:*` commands (docs/moderation.md).
//
// Asynchronous like the rest of Gatehouse: every step answers through a callback from the event
// loop, never from inside the call. The password and the tokens are never printed or logged
// and never go into a URL; the sign-in's refresh token is revoked by disconnectFromServer().
#pragma once

#include "core/Expected.h"
#include "core/client/LoginApi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace gatehouse {
class ClientSocket;
class Manager;
} // namespace gatehouse

namespace gatehouse::app {

class AdminClient : public QObject {
    Q_OBJECT

public:
    struct Settings {
        QUrl server; // http(s)://host:port
        QByteArray path = "/socket.io/"; // the server's Socket.IO path
        // WebSocket from the start (else long-polling only): when the command exits, the server
        // sees the connection close at once, while an idle long-poll would linger in the session
        // listings until the ping timeout.
        bool webSocket = true;
        std::optional<QSslConfiguration> tls; // e.g. with a private CA added
        QString username;
        QString password;
        int timeoutMs = 15'000; // for each request and for connecting
    };
    // Why a step failed: the exit status it stands for (ExitCode.h), the server's stable code
    // when it gave one ("forbidden", "not_found", "invalid_credentials", …) and a message that
    // says what to do next.
    struct Failure {
        int exitCode = 1;
        QString code;
        QString message;
    };
    using Done = std::function<void(Expected<void, Failure>)>;
    using Reply = std::function<void(Expected<QJsonObject, Failure>)>;

    explicit AdminClient(Settings settings, QObject *parent = nullptr);
    ~AdminClient() override;

    // Signs in and joins /admin.
    void connectToServer(Done done);
    // Sends `command` with `request` and passes on the answer (without "ok"), or the server's
    // refusal as a Failure with exit status 1.
    void call(const QString &command, const QJsonObject &request, Reply done);
    // The items of a paged command, page after page: `request` goes out with `cursorKey` set to
    // the previous answer's `nextKey` until that is null or `maximum` items are there (0: all).
    void collect(const QString &command, QJsonObject request, const QString &itemsKey,
                 const QString &cursorKey, const QString &nextKey, qsizetype maximum,
                 std::function<void(Expected<QJsonArray, Failure>)> done);
    // Signs out (the refresh token of this sign-in is revoked) and closes the connection.
    void disconnectFromServer(std::function<void()> done);

    // Who signed in: {id, username, displayName, role}.
    const QJsonObject &user() const { return m_user; }
    // This client's own socket on /admin, so that listings can leave it out.
    QString socketId() const;

private:
    void onLoginFinished(Expected<LoginSession, LoginFailure> result, const Done &done);
    void joinAdmin(const QString &accessToken, const Done &done);
    Failure unreachable(const QString &detail, bool tlsProblem) const;

    Settings m_settings;
    LoginApi m_api;
    Manager *m_manager = nullptr;
    QPointer<ClientSocket> m_socket;
    QString m_refreshToken;
    QJsonObject m_user;
    QTimer m_deadline;
};

} // namespace gatehouse::app
