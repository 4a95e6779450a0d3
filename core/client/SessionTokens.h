// The tokens of one sign-in and where they are kept: the access token in memory only; the refresh
// token in memory and, for a sign-in that stays, in the keychain (RefreshTokenVault), rewritten on
// every rotation. Refreshes are shared: whoever asks while one is under way gets its answer.
#pragma once

#include "core/client/LoginApi.h"
#include "core/client/RememberedSignIn.h"
#include "core/platform/Keychain.h"

#include <QObject>

#include <functional>

namespace gatehouse {

class RefreshTokenVault;

class SessionTokens : public QObject {
    Q_OBJECT

public:
    using TokenCallback = std::function<void(Expected<QString, LoginFailure>)>;

    // `vault` (not owned, may be null: session-only) must outlive this object.
    explicit SessionTokens(RefreshTokenVault *vault, QObject *parent = nullptr);
    ~SessionTokens() override;

    // Starts over for `signIn` through `api` (not owned; null until there is a server): the tokens
    // are wiped and answers still due to the previous sign-in are dropped.
    void reset(const RememberedSignIn &signIn, LoginApi *api, bool persist);
    void adopt(const LoginSession &session);
    void setRefreshToken(const QString &refreshToken) { m_refreshToken = refreshToken; }
    // Hands the refresh token over (e.g. to revoke it) and forgets it here.
    QString takeRefreshToken();
    void wipe();

    const QString &accessToken() const { return m_accessToken; }
    // Who the tokens are for, {id, username, displayName, role}, as the last login or refresh said.
    const QJsonObject &user() const { return m_user; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    bool isPersistent() const { return m_persist && m_vault; }
    int refreshCount() const { return m_refreshCount; }

    // Writes the refresh token to the keychain; `done` runs later, in `context`'s thread.
    void store(QObject *context, Keychain::DoneCallback done) const;
    // A fresh access token through /api/refresh (one request for all who ask meanwhile); the
    // rotated refresh token goes to the keychain. A refused token is forgotten here and in the keychain.
    void refresh(TokenCallback done);
    // Deletes the keychain entry and the remembered sign-in; a failure comes as keychainWarning.
    void forgetStored();

Q_SIGNALS:
    // Once per failed refresh request, before those waiting for it get the failure.
    void refreshFailed(const gatehouse::LoginFailure &failure);
    // The keychain failed where the sign-in can go on (a rotation, a deletion).
    void keychainWarning(const QString &message);

private:
    void finish(const Expected<QString, LoginFailure> &result);
    void storeRotated();

    RefreshTokenVault *m_vault;
    LoginApi *m_api = nullptr;
    RememberedSignIn m_signIn;
    bool m_persist = false;
    QString m_accessToken;
    QString m_refreshToken;
    QJsonObject m_user;
    QList<TokenCallback> m_waiters;
    quint64 m_generation = 0;
    int m_refreshCount = 0;
};

} // namespace gatehouse
