// A server as `gatehouse serve` builds it, in the test process: a real SQLite store in a temporary
// directory, an HS256 signer and verifier, the password hasher at its test limits, the handshake
// authenticator (default namespace rules) and the moderation stack, listening on 127.0.0.1:0;
// plus the C++ client to connect users and send acknowledged commands. For the tests of
// moderation, the admin namespace and session expiry.
#pragma once

#include "core/auth/AuthApi.h"
#include "core/auth/AuthService.h"
#include "core/auth/HandshakeAuthenticator.h"
#include "core/auth/JwtSigner.h"
#include "core/auth/JwtVerifier.h"
#include "core/auth/PasswordHasher.h"
#include "core/client/ClientSocket.h"
#include "core/moderation/ModerationStack.h"
#include "core/server/Server.h"
#include "core/store/Store.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace gatehouse::test {

class ModerationFixture {
public:
    struct Options {
        NamespaceRules rules;
        AdminUiOptions adminUi;
        const Clock *clock = Clock::system();
        JwtSignerOptions signer;
        std::chrono::seconds leeway {60};
        // Also serve the login API (/api/login, /api/refresh, /api/logout, /api/me), for clients
        // that sign in with a password.
        bool loginApi = false;
        // The clock access tokens are signed with (null: the system clock, whatever `clock` is).
        const Clock *signerClock = nullptr;
    };

    // The HS256 secret tokens are signed with, for tests that sign tokens of their own.
    static inline const QByteArray Secret = QByteArray(32, 'x');

    ModerationFixture() = default;
    ~ModerationFixture();

    // Builds and starts everything; false (with a warning saying why) when something failed.
    bool start(Options options);
    bool start() { return start(Options {}); }

    // An account in the store; with a password, it can sign in.
    User addUser(const QString &username, Role role, const QString &password = {});
    QString tokenFor(const User &user) const;

    // A new connection (its own Manager, websocket only unless `polling`) to `nsp` with `auth`
    // (a token for `user` is added when `user` is set), owned by `scope`.
    ClientSocket *connect(QObject *scope, const QString &nsp, QJsonObject auth, bool polling = false);
    ClientSocket *connectAs(QObject *scope, const User &user, const QString &nsp,
                            const QString &deviceId = {}, QJsonObject extraAuth = {});
    // Sends `command` with one JSON object and waits up to 5 s for the ack's first argument
    // ({"timeout": true} when none came).
    static QJsonObject call(ClientSocket *socket, QObject *scope, const QString &command,
                            const QJsonObject &request = {});

    Store &store() { return *m_store; }
    AuthService &auth() { return *m_auth; }
    HandshakeAuthenticator &authenticator() { return *m_authenticator; }
    Server &server() { return *m_server; }
    ModerationStack &moderation() { return *m_moderation; }
    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::optional<JwtSigner> m_signer;
    std::optional<JwtVerifier> m_verifier;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<HandshakeAuthenticator> m_authenticator;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<AuthApi> m_loginApi;
    std::unique_ptr<ModerationStack> m_moderation;
    quint16 m_port = 0;
};

} // namespace gatehouse::test
