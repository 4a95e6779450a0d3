// Public keys from a JSON Web Key Set (RFC 7517), the format identity providers publish at their
// jwks_uri. libjwt 1.10 reads only PEM, so each JWK is rebuilt with OpenSSL and handed over as PEM.
//
// Read: "kty":"RSA" (n, e) as RS256 and "kty":"EC" with "crv":"P-256" (x, y) as ES256. A key whose
// "alg" names another algorithm, whose "use" is not "sig", whose "key_ops" lacks "verify", or of
// another type or curve is skipped with a warning, so one exotic key does not take the set down.
#pragma once

#include "core/Expected.h"
#include "core/auth/JwtKey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

class JwkSet {
public:
    // Fails when the JSON is not a {"keys":[…]} object, when a supported key is broken (bad
    // base64url, off-curve point, RSA below 2048 bits), when two keys share a kid, or when no key
    // is usable.
    static Expected<JwkSet, QString> fromJson(const QByteArray &json);
    static Expected<JwkSet, QString> fromFile(const QString &path); // at most 1 MiB

    const QList<JwtKey> &keys() const { return m_keys; }
    // One line per skipped key, for the log at start-up.
    const QStringList &warnings() const { return m_warnings; }

private:
    QList<JwtKey> m_keys;
    QStringList m_warnings;
};

} // namespace gatehouse
