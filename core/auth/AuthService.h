// Signing in and staying signed in: password login (throttled; the password is checked on the
// hasher's threads), single-use rotating refresh tokens with reuse detection, logout, and turning
// an access token into a user for the HTTP API and the Socket.IO handshake.
//
// Lives on the server's thread; the store is used from there only.
#pragma once

#include "AuthFailure.h"
#include "JwtSigner.h"
#include "JwtVerifier.h"
#include "LoginThrottle.h"
#include "core/store/Store.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

namespace gatehouse {

class PasswordHasher;

struct AuthServiceOptions {
    std::chrono::seconds refreshLifetime {30 * 24 * 3600};
};

class AuthService : public QObject {
    Q_OBJECT

public:
    using Options = AuthServiceOptions;
    struct Credentials {
        QString username;
        QString password;
        QString deviceId;
        QString deviceName;
        QString address; // the client's, for throttling and the audit log
    };
    struct Session {
        IssuedToken access;
        QString refreshToken; // 256 random bits, base64url; only its hash is stored
        User user;
    };
    // The bearer of a valid access token. `user` is empty for tokens from another issuer whose
    // subject has no account here.
    struct Principal {
        VerifiedToken token;
        std::optional<User> user;
    };
    using SessionCallback = std::function<void(Expected<Session, AuthFailure>)>;
    using UserCallback = std::function<void(Expected<User, AuthFailure>)>;

    AuthService(Store &store, const JwtSigner &signer, const JwtVerifier &verifier,
                const PasswordHasher &hasher, Options options = {}, const Clock *clock = Clock::system(),
                QObject *parent = nullptr);

    void login(const Credentials &credentials, SessionCallback done);
    // The password check of login() without issuing tokens (throttled, audited on failure, refused
    // for suspended accounts), for sign-ins that keep no token, like the Admin UI's on /admin.
    void checkPassword(const Credentials &credentials, UserCallback done);
    // The principal of one of our accounts, as the store has it now (no token; expiresAt invalid).
    Expected<Principal, AuthFailure> principalFor(const QString &userId);
    Expected<Session, AuthFailure> refresh(const QString &refreshToken, const QString &address);
    // Ends the sign-in the refresh token belongs to (its whole family). Unknown tokens are fine.
    Expected<void, AuthFailure> logout(const QString &refreshToken, const QString &address);
    Expected<Principal, AuthFailure> authenticate(const QString &accessToken);
    // An access token for `user` outside any sign-in (no refresh token, nothing stored): for a
    // console in the process that holds the signing key, which asks again when it runs out.
    // Refused for suspended accounts.
    Expected<IssuedToken, AuthFailure> accessTokenFor(const User &user);

    LoginThrottle &throttle() { return m_throttle; }
    const Clock *clock() const { return m_clock; }
    static QJsonObject userJson(const User &user);
    static AuthFailure suspended(const User &user);
    // Appends an audit record about `userId` done by that user (login, logout, …); failures are logged.
    void audit(const QString &type, const QString &userId, const QString &address,
               const QJsonObject &details);

private:
    void finishPasswordCheck(const Credentials &credentials, const std::optional<User> &user, bool matches,
                             bool needsRehash, const UserCallback &done);
    Expected<Session, AuthFailure> issue(const User &user, const QString &familyId, const QString &deviceId,
                                         const QString &deviceName);

    Store &m_store;
    const JwtSigner &m_signer;
    const JwtVerifier &m_verifier;
    const PasswordHasher &m_hasher;
    Options m_options;
    const Clock *m_clock;
    LoginThrottle m_throttle;
};

} // namespace gatehouse
