// Test-only key pairs and token builders. Keys are generated at test time with OpenSSL and never
// written to disk. Tokens are signed by libjwt itself where it can express them; forgeHs256()
// exists for the headers libjwt would never write (lowercase "alg", duplicate members, "crit"),
// which an attacker can of course send.
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <jwt.h>

struct TestKeyPair {
    QByteArray privatePem; // PKCS#8, what libjwt signs with
    QByteArray publicPem; // SubjectPublicKeyInfo
    QByteArray pkcs1PublicPem; // "RSA PUBLIC KEY" (RSA only)
    QJsonObject jwk; // the public key as an RFC 7517 JWK (no kid, no alg)
};

class JwtTestKeys {
public:
    static TestKeyPair rsa(int bits = 2048);
    static TestKeyPair ec(const char *curve = "P-256");

    // header.payload.signature, signed by libjwt with `key` (a secret, or a private key PEM).
    static QByteArray sign(jwt_alg_t algorithm, const QByteArray &key, const QJsonObject &claims,
                           const QJsonObject &extraHeaders = {});
    // Any header text, with a valid HMAC-SHA256 (OpenSSL) over it.
    static QByteArray forgeHs256(const QByteArray &headerJson, const QByteArray &payloadJson,
                                 const QByteArray &secret);
    // The three parts from raw texts: base64url(header).base64url(payload).signature.
    static QByteArray assemble(const QByteArray &headerJson, const QByteArray &payloadJson,
                               const QByteArray &signature = {});

    static QByteArray base64Url(const QByteArray &bytes);
    static QByteArray json(const QJsonObject &object);
};
