// The 256-bit secret Gatehouse signs its access tokens with, found in this order:
//  1. the environment variable GATEHOUSE_JWT_SECRET: base64 (standard or url-safe) of at least 32
//     bytes, or else at least 32 raw bytes taken as they are;
//  2. the SecretStore (headless: JwtSecretFile, <dataDir>/jwt-secret; the desktop app: the OS
//     keychain, read beforehand by KeychainSecretLoader and handed over in a MemorySecretStore);
//  3. generated on first start (SecureRandom: libsodium's CSPRNG) and put into that store.
// Changing the secret signs everyone out: tokens signed with the old one no longer verify.
#pragma once

#include "core/Expected.h"
#include "core/auth/SecretStore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace gatehouse {

class JwtSecret {
public:
    static constexpr qsizetype Size = 32;
    enum class Origin { Environment, Store, Generated };

    // `environmentValue`: the value of GATEHOUSE_JWT_SECRET (tests pass their own); nullopt when unset.
    static Expected<JwtSecret, QString> resolve(SecretStore &store,
                                                const std::optional<QByteArray> &environmentValue);
    // The same, reading GATEHOUSE_JWT_SECRET from the process environment (empty counts as unset).
    static Expected<JwtSecret, QString> resolve(SecretStore &store);

    // GATEHOUSE_JWT_SECRET from the process environment; nullopt when it is unset or empty.
    static std::optional<QByteArray> environmentValue();

    static Expected<QByteArray, QString> fromEnvironmentValue(QByteArrayView value);
    static QByteArray generate(); // Size random bytes

    const QByteArray &bytes() const { return m_bytes; }
    Origin origin() const { return m_origin; }
    // For the start-up log line: "from GATEHOUSE_JWT_SECRET", "generated into file …".
    const QString &originDescription() const { return m_description; }

private:
    JwtSecret(QByteArray bytes, Origin origin, QString description);

    QByteArray m_bytes;
    Origin m_origin;
    QString m_description;
};

} // namespace gatehouse
