// The console's sign-in to a remote Gatehouse server: POST /api/login with an admin's or
// moderator's username and password, then a Manager and its /admin socket with the access token
// in auth.token, kept signed in through POST /api/refresh (ClientSocket's token refresher);
// signOut() leaves /admin and ends the sign-in with POST /api/logout.
//
// Kept apart from the console on purpose: core/client/LoginApi (being written alongside) will do
// the HTTP half, and this class is where the two meet. Everything answers from the event loop;
// the optional CA file is read on a worker thread. The password and the tokens are never logged
// and never go into a URL.
#pragma once

#include "ConsoleConnection.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

namespace gatehouse {

class ClientSocket;
class Manager;

class RemoteAdminSignIn : public QObject {
    Q_OBJECT

public:
    struct Settings {
        QUrl server; // http(s)://host:port
        QByteArray path = "/socket.io/";
        QString username;
        QString password;
        QString caFile; // PEM: trusted besides the system's CAs (private CA, self-signed server)
        int timeoutMs = 15'000; // for each request and for joining /admin
        QString deviceId = QStringLiteral("gatehouse-console");
        QString deviceName; // default: "Gatehouse console", translated
    };
    using Done = std::function<void(Expected<void, ConsoleError>)>;

    explicit RemoteAdminSignIn(QObject *parent = nullptr);
    ~RemoteAdminSignIn() override;

    // Why `url` cannot be signed in to (translated), or empty when it can.
    static QString checkUrl(const QUrl &url);
    // Whether the password would cross a network in clear text: http:// to a host other than
    // this machine.
    static bool isInsecure(const QUrl &url);

    // Signs in and joins /admin. `done` answers once; a second signIn() while one is under way
    // abandons the first (its `done` is never called).
    void signIn(Settings settings, Done done);
    // Abandons a sign-in under way, or signs out.
    void signOut(std::function<void()> done = {});

    bool isSignedIn() const;
    // The /admin socket, owned by this object's Manager; null until signed in.
    ClientSocket *socket() const;
    // {id, username, displayName, role}, as /api/login answered.
    const QJsonObject &user() const { return m_user; }
    const QUrl &server() const { return m_settings.server; }

    // Spends the refresh token for a new pair and passes on the access token; what ClientSocket's
    // token refresher calls. Public for tests.
    void refreshAccessToken(std::function<void(Expected<QString, QString>)> done);

Q_SIGNALS:
    // The refresh token was refused (revoked, suspended, expired): sign in again.
    void signInExpired(const QString &message);

private:
    QNetworkReply *post(const QString &path, const QJsonObject &body);
    void login(const Done &done);
    void onLogin(QNetworkReply *reply, const Done &done);
    void joinAdmin(const QString &accessToken, const Done &done);
    ConsoleError unreachable(const QString &detail, bool tls) const;
    void clearSecrets();

    Settings m_settings;
    std::optional<QSslConfiguration> m_tls;
    QNetworkAccessManager m_network;
    Manager *m_manager = nullptr;
    QPointer<ClientSocket> m_socket;
    QString m_refreshToken;
    QJsonObject m_user;
    QTimer m_deadline;
    // Bumped by every signIn() and signOut(): answers of an abandoned attempt carry an older one.
    quint64 m_attempt = 0;
};

} // namespace gatehouse
