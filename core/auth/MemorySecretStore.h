// A SecretStore that holds the secret in memory: how a secret loaded asynchronously (the desktop
// app reads it from the OS keychain) is handed to the synchronous JwtSecret::resolve() and
// AuthStack::create().
#pragma once

#include "core/auth/SecretStore.h"

namespace gatehouse {

class MemorySecretStore : public SecretStore {
public:
    // `location` for messages, e.g. "the OS keychain"; `secret`: what is stored, nullopt for none.
    explicit MemorySecretStore(QString location, std::optional<QByteArray> secret = std::nullopt);

    const std::optional<QByteArray> &secret() const { return m_secret; }

    Expected<std::optional<QByteArray>, QString> load() override;
    Expected<QByteArray, QString> storeIfAbsent(const QByteArray &secret) override;
    QString location() const override;

private:
    QString m_location;
    std::optional<QByteArray> m_secret;
};

} // namespace gatehouse
