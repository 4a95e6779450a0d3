// Issues Gatehouse's access tokens: HS256, 15 minutes by default, signed by libjwt with the
// server's 256-bit secret (see JwtSecret). Claims: sub, name, role, iat, exp, jti (random) and,
// when configured, iss and aud; the header carries "kid" when one is set.
//
//     auto signer = JwtSigner::create(secret.bytes(), {.issuer = u"gatehouse"_s});
//     auto issued = signer->sign({.userId = id, .name = displayName, .role = u"admin"_s});
//     reply({{u"accessToken"_s, issued->token}, {u"expiresIn"_s, issued->expiresIn()}});
//
// The matching verifier key is verificationKey(); a JwtVerifier given it accepts these tokens.
#pragma once

#include "core/Clock.h"
#include "core/Expected.h"
#include "core/auth/JwtKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <chrono>

namespace gatehouse {

struct JwtSignerOptions {
    std::chrono::seconds lifetime {15 * 60};
    QString issuer; // "iss" when not empty
    QStringList audience; // "aud": omitted when empty, a string for one entry, else an array
    QString keyId; // "kid" header when not empty (lets verifiers rotate secrets)
};

struct AccessTokenSubject {
    QString userId; // "sub"; must not be empty
    QString name; // "name"; omitted when empty
    QString role; // "role": "user", "moderator" or "admin"
    // More claims (e.g. a device id). The registered claims above always win over these.
    QJsonObject extraClaims;
};

struct IssuedToken {
    QString token;
    QString jti;
    QDateTime issuedAt; // UTC, whole seconds (what "iat" says)
    QDateTime expiresAt; // UTC, whole seconds (what "exp" says)
    qint64 expiresIn() const { return issuedAt.secsTo(expiresAt); } // the login API's expiresIn
};

class JwtSigner {
public:
    // Refuses a secret shorter than 32 bytes, a lifetime under one second, and a role other than
    // the three above at sign() time. `clock` must outlive the signer.
    static Expected<JwtSigner, QString> create(const QByteArray &secret, JwtSignerOptions options = {},
                                               const Clock *clock = Clock::system());

    // Fails only on a bad subject (empty user id, unknown role) or if libjwt runs out of memory.
    Expected<IssuedToken, QString> sign(const AccessTokenSubject &subject) const;

    const JwtKey &verificationKey() const { return m_key; }
    const JwtSignerOptions &options() const { return m_options; }

private:
    JwtSigner(JwtKey key, JwtSignerOptions options, const Clock *clock);

    JwtKey m_key;
    JwtSignerOptions m_options;
    const Clock *m_clock;
};

} // namespace gatehouse
