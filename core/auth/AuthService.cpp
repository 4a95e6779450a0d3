#include "AuthService.h"

#include "PasswordHasher.h"
#include "SecureRandom.h"
#include "core/RandomId.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "gatehouse.auth", QtInfoMsg)

namespace gatehouse {

namespace {

AuthFailure invalidCredentials()
{
    // One answer for an unknown user and a wrong password, so that it tells nobody which is which.
    return {401, QStringLiteral("invalid_credentials"), QStringLiteral("Wrong username or password."), {}, 0};
}

AuthFailure invalidRefreshToken(const QString &message)
{
    return {401, QStringLiteral("invalid_token"), message, {}, 0};
}

} // namespace

AuthService::AuthService(Store &store, const JwtSigner &signer, const JwtVerifier &verifier,
                         const PasswordHasher &hasher, Options options, const Clock *clock, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_signer(signer),
      m_verifier(verifier),
      m_hasher(hasher),
      m_options(options),
      m_clock(clock),
      m_throttle(clock)
{
}

QJsonObject AuthService::userJson(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("role"), roleToString(user.role)}};
}

AuthFailure AuthService::suspended(const User &user)
{
    // UTC with "Z", as in the forceDisconnect notice and the admin console: the store's times are
    // in QTimeZone::utc(), which Qt writes as "+00:00".
    QJsonObject details {{QStringLiteral("reason"), user.suspendedReason}};
    details.insert(QStringLiteral("until"),
                   user.suspendedUntil.isValid()
                       ? QJsonValue(user.suspendedUntil.toUTC().toString(Qt::ISODateWithMs))
                       : QJsonValue(QJsonValue::Null));
    const QString until = user.suspendedUntil.isValid()
        ? QStringLiteral(" until %1").arg(user.suspendedUntil.toUTC().toString(Qt::ISODate))
        : QString();
    return {403, QStringLiteral("account_suspended"),
            QStringLiteral("This account is suspended%1: %2").arg(until, user.suspendedReason), details, 0};
}

void AuthService::audit(const QString &type, const QString &userId, const QString &address,
                        const QJsonObject &details)
{
    const auto written = m_store.audit().append(type, userId, userId, address, details);
    if (!written)
        qCWarning(lcAuth) << "could not write the audit record" << type << ":" << written.error();
}

void AuthService::login(const Credentials &credentials, SessionCallback done)
{
    checkPassword(credentials, [this, credentials, done](Expected<User, AuthFailure> user) {
        if (!user) {
            done(unexpected(user.error()));
            return;
        }
        auto session = issue(*user, RandomId::generate(), credentials.deviceId, credentials.deviceName);
        if (!session) {
            done(unexpected(session.error()));
            return;
        }
        (void)m_store.users().recordLogin(user->id, m_clock->now());
        audit(QStringLiteral("login.succeeded"), user->id, credentials.address,
              {{QStringLiteral("deviceId"), credentials.deviceId},
               {QStringLiteral("deviceName"), credentials.deviceName}});
        done(std::move(*session));
    });
}

void AuthService::checkPassword(const Credentials &credentials, UserCallback done)
{
    if (credentials.username.isEmpty() || credentials.password.isEmpty()) {
        done(unexpected(AuthFailure::badRequest(QStringLiteral("Send both username and password."))));
        return;
    }
    if (credentials.username.size() > UserStore::MaximumUsernameLength
        || credentials.password.size() > PasswordHasher::MaximumLength) {
        done(unexpected(invalidCredentials()));
        return;
    }
    const QString key = UserStore::usernameKey(credentials.username);
    const LoginThrottle::Decision decision = m_throttle.check(key, credentials.address);
    if (!decision.allowed) {
        const qint64 seconds = (decision.retryAfterMs + 999) / 1000;
        done(unexpected(AuthFailure {
            429,
            QStringLiteral("too_many_attempts"),
            decision.locked
                ? QStringLiteral("Too many failed sign-ins: locked for %1 s.").arg(seconds)
                : QStringLiteral("Too many failed sign-ins: wait %1 s and try again.").arg(seconds),
            {{QStringLiteral("retryAfter"), seconds}},
            decision.retryAfterMs}));
        return;
    }
    auto found = m_store.users().findByUsername(credentials.username);
    if (!found) {
        qCWarning(lcAuth) << "login: store error:" << found.error();
        done(unexpected(AuthFailure::serverError(QStringLiteral("The user database is not available."))));
        return;
    }
    const std::optional<User> user = *found;
    // Unknown users are checked against a dummy hash: same time, same answer.
    m_hasher.verifyAsync(user ? user->passwordHash : QString(), credentials.password, this,
                         [this, credentials, user, done](PasswordHasher::Check check) {
                             finishPasswordCheck(credentials, user, check.matches && user.has_value(),
                                                 check.needsRehash, done);
                         });
}

void AuthService::finishPasswordCheck(const Credentials &credentials, const std::optional<User> &user,
                                      bool matches, bool needsRehash, const UserCallback &done)
{
    const QString key = UserStore::usernameKey(credentials.username);
    if (!matches) {
        m_throttle.recordFailure(key, credentials.address);
        audit(QStringLiteral("login.failed"), user ? user->id : QString(), credentials.address,
              {{QStringLiteral("username"), credentials.username}});
        if (m_throttle.check(key, credentials.address).locked)
            audit(QStringLiteral("login.locked"), user ? user->id : QString(), credentials.address,
                  {{QStringLiteral("username"), credentials.username}});
        done(unexpected(invalidCredentials()));
        return;
    }
    if (user->isSuspendedAt(m_clock->now())) {
        audit(QStringLiteral("login.refused"), user->id, credentials.address,
              {{QStringLiteral("reason"), QStringLiteral("account_suspended")}});
        done(unexpected(suspended(*user)));
        return;
    }
    m_throttle.recordSuccess(key);
    if (needsRehash) {
        // The user just proved the password: store it again with the current limits.
        const QString id = user->id;
        m_hasher.hashAsync(credentials.password, this, [this, id](Expected<QString, QString> hash) {
            if (hash)
                (void)m_store.users().setPassword(id, *hash);
        });
    }
    done(*user);
}

Expected<AuthService::Principal, AuthFailure> AuthService::principalFor(const QString &userId)
{
    auto user = m_store.users().findById(userId);
    if (!user)
        return unexpected(AuthFailure::serverError(user.error()));
    if (!*user)
        return unexpected(AuthFailure {401,
                                       QStringLiteral("invalid_credentials"),
                                       QStringLiteral("The account no longer exists."),
                                       {},
                                       0});
    if ((*user)->isSuspendedAt(m_clock->now()))
        return unexpected(suspended(**user));
    VerifiedToken token;
    token.userId = (*user)->id;
    token.name = (*user)->displayName;
    token.role = roleToString((*user)->role);
    return Principal {token, **user};
}

Expected<AuthService::Session, AuthFailure> AuthService::issue(const User &user, const QString &familyId,
                                                               const QString &deviceId,
                                                               const QString &deviceName)
{
    auto access = m_signer.sign({user.id, user.displayName, roleToString(user.role), {}});
    if (!access)
        return unexpected(AuthFailure::serverError(access.error()));
    Session session {*access, SecureRandom::token(32), user};
    RefreshToken row;
    row.userId = user.id;
    row.familyId = familyId;
    row.tokenHash = RefreshTokenStore::hashToken(session.refreshToken);
    row.deviceId = deviceId;
    row.deviceName = deviceName;
    row.expiresAt = m_clock->now().addSecs(m_options.refreshLifetime.count());
    auto stored = m_store.refreshTokens().insert(row);
    if (!stored)
        return unexpected(AuthFailure::serverError(stored.error()));
    return session;
}

Expected<IssuedToken, AuthFailure> AuthService::accessTokenFor(const User &user)
{
    if (user.isSuspendedAt(m_clock->now()))
        return unexpected(suspended(user));
    auto access = m_signer.sign({user.id, user.displayName, roleToString(user.role), {}});
    if (!access)
        return unexpected(AuthFailure::serverError(access.error()));
    return *access;
}

Expected<AuthService::Session, AuthFailure> AuthService::refresh(const QString &refreshToken,
                                                                 const QString &address)
{
    if (refreshToken.isEmpty() || refreshToken.size() > 256)
        return unexpected(AuthFailure::badRequest(QStringLiteral("Send the refreshToken you were given.")));
    auto found = m_store.refreshTokens().findByHash(RefreshTokenStore::hashToken(refreshToken));
    if (!found)
        return unexpected(AuthFailure::serverError(found.error()));
    if (!*found)
        return unexpected(invalidRefreshToken(QStringLiteral("Unknown refresh token: sign in again.")));
    const RefreshToken row = **found;
    if (row.revokedAt.isValid())
        return unexpected(invalidRefreshToken(QStringLiteral("This sign-in has ended: sign in again.")));

    const auto reused = [&] {
        // A spent token came back: it was copied. End every session of this sign-in.
        (void)m_store.refreshTokens().revokeFamily(row.familyId);
        audit(QStringLiteral("refresh_token.reused"), row.userId, address,
              {{QStringLiteral("familyId"), row.familyId}, {QStringLiteral("deviceId"), row.deviceId}});
        qCWarning(lcAuth) << "refresh token reuse for user" << row.userId << "- the sign-in was revoked";
        return unexpected(invalidRefreshToken(QStringLiteral(
            "This refresh token was already used, so this sign-in was ended for safety: sign in again.")));
    };
    if (row.usedAt.isValid())
        return reused();
    if (row.expiresAt <= m_clock->now())
        return unexpected(invalidRefreshToken(QStringLiteral("This sign-in has expired: sign in again.")));

    auto user = m_store.users().findById(row.userId);
    if (!user)
        return unexpected(AuthFailure::serverError(user.error()));
    if (!*user)
        return unexpected(invalidRefreshToken(QStringLiteral("This account no longer exists.")));
    if ((*user)->isSuspendedAt(m_clock->now()))
        return unexpected(suspended(**user));

    // Spend the old token and store its successor in one transaction: a crash leaves either the
    // old one usable or the new one stored, never neither.
    std::optional<Session> session;
    bool won = false;
    const auto committed = m_store.database().transaction([&]() -> Expected<void, QString> {
        auto marked = m_store.refreshTokens().markUsed(row.id);
        if (!marked)
            return unexpected(marked.error());
        won = *marked;
        if (!won)
            return {};
        auto issued = issue(**user, row.familyId, row.deviceId, row.deviceName);
        if (!issued)
            return unexpected(issued.error().message);
        session = std::move(*issued);
        return {};
    });
    if (!committed)
        return unexpected(AuthFailure::serverError(committed.error()));
    if (!won)
        return reused(); // another refresh with the same token got there first
    return std::move(*session);
}

Expected<void, AuthFailure> AuthService::logout(const QString &refreshToken, const QString &address)
{
    if (refreshToken.isEmpty())
        return unexpected(AuthFailure::badRequest(QStringLiteral("Send the refreshToken to sign out.")));
    auto found = m_store.refreshTokens().findByHash(RefreshTokenStore::hashToken(refreshToken));
    if (!found)
        return unexpected(AuthFailure::serverError(found.error()));
    if (*found) {
        auto revoked = m_store.refreshTokens().revokeFamily((*found)->familyId);
        if (!revoked)
            return unexpected(AuthFailure::serverError(revoked.error()));
        audit(QStringLiteral("logout"), (*found)->userId, address,
              {{QStringLiteral("deviceId"), (*found)->deviceId}});
    }
    return {};
}

Expected<AuthService::Principal, AuthFailure> AuthService::authenticate(const QString &accessToken)
{
    if (accessToken.isEmpty())
        return unexpected(AuthFailure {
            401, QStringLiteral("no_token"), QStringLiteral("Sign in first: no token was sent."), {}, 0});
    auto verified = m_verifier.verify(accessToken);
    if (!verified) {
        return unexpected(AuthFailure {401, verified.error().codeString(), verified.error().message, {}, 0});
    }
    Principal principal {*verified, std::nullopt};
    auto user = m_store.users().findById(verified->userId);
    if (!user)
        return unexpected(AuthFailure::serverError(user.error()));
    if (*user) {
        if ((*user)->isSuspendedAt(m_clock->now()))
            return unexpected(suspended(**user));
        principal.user = **user;
        // The account is the truth for our own users: a role changed since the token was issued
        // counts now.
        principal.token.role = roleToString((*user)->role);
    }
    return principal;
}

} // namespace gatehouse
