#include "SessionTokens.h"

#include "RefreshTokenVault.h"

namespace gatehouse {

namespace {

void wipeString(QString &secret)
{
    secret.fill(u'\0');
    secret.clear();
}

} // namespace

SessionTokens::SessionTokens(RefreshTokenVault *vault, QObject *parent) : QObject(parent), m_vault(vault)
{
}

SessionTokens::~SessionTokens()
{
    wipe();
}

void SessionTokens::reset(const RememberedSignIn &signIn, LoginApi *api, bool persist)
{
    ++m_generation;
    m_waiters.clear(); // their answers belonged to the previous sign-in
    wipe();
    m_user = {};
    m_signIn = signIn;
    m_api = api;
    m_persist = persist;
}

void SessionTokens::adopt(const LoginSession &session)
{
    m_accessToken = session.accessToken;
    m_refreshToken = session.refreshToken;
    if (!session.user.isEmpty())
        m_user = session.user;
}

QString SessionTokens::takeRefreshToken()
{
    return std::exchange(m_refreshToken, {});
}

void SessionTokens::wipe()
{
    wipeString(m_accessToken);
    wipeString(m_refreshToken);
}

void SessionTokens::store(QObject *context, Keychain::DoneCallback done) const
{
    m_vault->store(m_signIn, m_refreshToken, context, std::move(done));
}

void SessionTokens::refresh(TokenCallback done)
{
    m_waiters.append(std::move(done));
    if (m_waiters.size() > 1)
        return; // the request under way answers everyone
    const quint64 generation = m_generation;
    if (m_refreshToken.isEmpty() || !m_api) {
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation != m_generation)
                    return;
                LoginFailure failure;
                failure.kind = LoginFailure::Kind::TokenRefused;
                failure.message = tr("Sign in with your password to continue.");
                finish(unexpected(failure));
            },
            Qt::QueuedConnection);
        return;
    }
    m_api->refresh(m_refreshToken, this, [this, generation](Expected<LoginSession, LoginFailure> result) {
        if (generation != m_generation)
            return;
        if (result) {
            adopt(*result);
            ++m_refreshCount;
            storeRotated();
            finish(m_accessToken);
            return;
        }
        if (result.error().kind == LoginFailure::Kind::TokenRefused) {
            wipe();
            forgetStored(); // it will never work again
        }
        finish(unexpected(result.error()));
    });
}

void SessionTokens::finish(const Expected<QString, LoginFailure> &result)
{
    if (!result)
        Q_EMIT refreshFailed(result.error());
    const QList<TokenCallback> waiters = std::exchange(m_waiters, {});
    for (const TokenCallback &waiter : waiters)
        waiter(result);
}

void SessionTokens::storeRotated()
{
    if (!isPersistent())
        return;
    const quint64 generation = m_generation;
    store(this, [this, generation](Expected<void, KeychainError> stored) {
        if (generation != m_generation || stored)
            return;
        // The keychain now holds a spent token, which would look like a stolen one at the next
        // start: remove it, go on for this session only, and say so.
        m_persist = false;
        forgetStored();
        Q_EMIT keychainWarning(tr("Your sign-in could not be saved in the keychain. %1 You stay signed in "
                                  "until you close this window; next time, sign in with your password.")
                                   .arg(stored.error().userMessage()));
    });
}

void SessionTokens::forgetStored()
{
    if (!m_vault || !m_signIn.isValid())
        return;
    m_vault->forget(m_signIn);
    m_vault->erase(m_signIn, this, [this](Expected<void, KeychainError> erased) {
        if (!erased)
            Q_EMIT keychainWarning(tr("The saved sign-in could not be deleted from the keychain. %1")
                                       .arg(erased.error().userMessage()));
    });
}

} // namespace gatehouse
