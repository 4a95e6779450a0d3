// One key a JwtVerifier accepts, pinned to one algorithm: an HS256 secret, or an RS256 / ES256
// public key. Built only through the factories below, which refuse weak or mismatched keys, so a
// JwtKey is always usable. Cheap to copy (the key material is implicitly shared).
#pragma once

#include "core/Expected.h"
#include "core/auth/JwtAlgorithm.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

class JwtKey {
public:
    // A shared HS256 secret of at least 32 bytes (RFC 7518 §3.2: as long as the hash output).
    static Expected<JwtKey, QString> hmacSecret(const QByteArray &secret, const QString &keyId = {});
    // An RS256 or ES256 public key in PEM (SubjectPublicKeyInfo, or PKCS#1 for RSA). RSA keys need
    // 2048 bits or more, EC keys must be on P-256. `algorithm` HS256 is refused here.
    static Expected<JwtKey, QString> publicKey(JwtAlgorithm algorithm, const QByteArray &pem,
                                               const QString &keyId = {});
    // The same from a file (at most 64 KiB); errors name the file.
    static Expected<JwtKey, QString> publicKeyFromFile(JwtAlgorithm algorithm, const QString &path,
                                                       const QString &keyId = {});

    JwtAlgorithm algorithm() const { return m_algorithm; }
    // Matched against a token's "kid" header; empty for a key that has none.
    const QString &keyId() const { return m_keyId; }
    // What libjwt is given: the secret's bytes, or the public key as SubjectPublicKeyInfo PEM.
    const QByteArray &material() const { return m_material; }
    // For logs and errors: "HS256 key 'main'", "RS256 key (RSA 2048-bit)". Never the material.
    QString description() const;

private:
    JwtKey(JwtAlgorithm algorithm, QByteArray material, QString keyId, QString detail);

    JwtAlgorithm m_algorithm;
    QByteArray m_material;
    QString m_keyId;
    QString m_detail;
};

} // namespace gatehouse
