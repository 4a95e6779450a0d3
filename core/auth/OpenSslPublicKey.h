// A public key held by OpenSSL: read from PEM or built from JWK numbers, checked against the
// algorithm it is pinned to, and written back as the SubjectPublicKeyInfo PEM that libjwt reads.
// Internal to core/auth: it keeps OpenSSL's headers out of the public API.
#pragma once

#include "core/Expected.h"
#include "core/auth/JwtAlgorithm.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace gatehouse {

class OpenSslPublicKey {
public:
    // "-----BEGIN PUBLIC KEY-----" (SubjectPublicKeyInfo) or "-----BEGIN RSA PUBLIC KEY-----"
    // (PKCS#1). Private keys are refused: a verifier must never need one.
    static Expected<OpenSslPublicKey, QString> fromPem(const QByteArray &pem);
    // Big-endian unsigned integers, as in a JWK's "n" and "e".
    static Expected<OpenSslPublicKey, QString> fromRsaComponents(const QByteArray &modulus,
                                                                 const QByteArray &exponent);
    // The affine coordinates of a P-256 point (32 bytes each), as in a JWK's "x" and "y".
    static Expected<OpenSslPublicKey, QString> fromP256Point(const QByteArray &x, const QByteArray &y);

    // Empty when the key can verify `algorithm`, else why not (wrong type, curve or size).
    QString unsuitableFor(JwtAlgorithm algorithm) const;
    // SubjectPublicKeyInfo PEM, the only form libjwt's PEM_read_bio_PUBKEY accepts.
    QByteArray toPem() const;
    QString description() const; // "RSA 2048-bit", "EC P-256"

private:
    struct Deleter {
        void operator()(evp_pkey_st *key) const;
    };
    explicit OpenSslPublicKey(evp_pkey_st *key) : m_key(key, Deleter {}) { }
    static Expected<OpenSslPublicKey, QString> checked(evp_pkey_st *key, const QString &what);

    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace gatehouse
