// Where the chat app keeps sign-ins between runs: each refresh token in the OS keychain (one
// entry per server and user, under the service "Gatehouse chat"), and the list of remembered
// sign-ins, which holds no secret, in QSettings. Never anything secret in a plain file: when the
// keychain fails, the error says so (KeychainError::userMessage says what to do) and the caller
// decides, e.g. offers a sign-in for this session only.
//
// Keychain operations are asynchronous (see Keychain); the settings are small and written by
// QSettings in the background.
#pragma once

#include "core/client/RememberedSignIn.h"
#include "core/platform/Keychain.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace gatehouse {

class RefreshTokenVault : public QObject {
    Q_OBJECT

public:
    // nullopt: nothing stored for this sign-in.
    using LoadCallback = std::function<void(Expected<std::optional<QString>, KeychainError>)>;

    static QString defaultService() { return QStringLiteral("Gatehouse chat"); }

    // `settingsFile` empty: the application's own QSettings; else an INI file (tests).
    explicit RefreshTokenVault(const QString &service = defaultService(), const QString &settingsFile = {},
                               QObject *parent = nullptr);
    ~RefreshTokenVault() override;

    const Keychain &keychain() const { return m_keychain; }

    // The keychain: `done` runs in `context`'s thread, later, and not once `context` is gone.
    void store(const RememberedSignIn &signIn, const QString &refreshToken, QObject *context,
               Keychain::DoneCallback done) const;
    void load(const RememberedSignIn &signIn, QObject *context, LoadCallback done) const;
    // Deleting an entry that does not exist succeeds.
    void erase(const RememberedSignIn &signIn, QObject *context, Keychain::DoneCallback done) const;

    // The remembered sign-ins, oldest first; at most one per server and user.
    QList<RememberedSignIn> remembered() const;
    std::optional<RememberedSignIn> find(const RememberedSignIn &account) const;
    // Adds or replaces (same server and user).
    void remember(const RememberedSignIn &signIn);
    void forget(const RememberedSignIn &signIn);

    // The keychain entry's name for this sign-in's refresh token.
    static QString entryKey(const RememberedSignIn &signIn);

private:
    void save(const QList<RememberedSignIn> &signIns);

    Keychain m_keychain;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace gatehouse
