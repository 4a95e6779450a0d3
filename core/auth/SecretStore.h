// Where a persistent secret is kept between runs, read synchronously. The headless server uses
// JwtSecretFile (a 0600 file in the data folder). The OS keychain answers only asynchronously, so
// it is not one of these: the desktop app reads it first (KeychainSecretLoader over Keychain) and
// hands the secret to JwtSecret::resolve() / AuthStack::create() in a MemorySecretStore; nothing
// else changes. Without a keychain the app may use JwtSecretFile instead, saying so.
#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gatehouse {

class SecretStore {
public:
    virtual ~SecretStore() = default;

    // The stored secret, nullopt when none is stored yet, or why it cannot be read.
    virtual Expected<std::optional<QByteArray>, QString> load() = 0;
    // Stores `secret` unless a secret is already stored, and returns the secret stored now: the
    // given one, or the one another process stored first.
    virtual Expected<QByteArray, QString> storeIfAbsent(const QByteArray &secret) = 0;
    // For messages: "file /var/lib/gatehouse/jwt-secret", "the OS keychain".
    virtual QString location() const = 0;
};

} // namespace gatehouse
