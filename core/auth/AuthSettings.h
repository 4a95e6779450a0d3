// The [auth] section of the config file: who may enter which namespace, where tokens may come
// from, and token lifetimes.
#pragma once

#include "NamespaceRules.h"

#include <QByteArray>

#include <chrono>

namespace gatehouse {

struct AuthSettings {
    NamespaceRules rules;
    std::chrono::seconds accessTokenLifetime {15 * 60};
    std::chrono::seconds refreshTokenLifetime {30 * 24 * 3600};
    std::chrono::seconds leeway {60};
    QByteArray cookieSameSite = "Strict";

    // Tokens issued elsewhere (an identity provider, another server) are accepted too when these
    // are set. Gatehouse's own tokens carry the issuer "gatehouse", which is always accepted.
    QStringList trustedIssuers; // empty: "iss" is not checked
    QStringList audiences; // empty: "aud" is not checked; else also put into our tokens
    QStringList publicKeys; // "RS256:/path/key.pem" or "ES256:/path/key.pem:kid"
    QStringList jwksFiles; // JWKS files; keys chosen by kid
    QStringList sharedSecretFiles; // files holding HS256 secrets of other issuers (>= 32 bytes)
};

} // namespace gatehouse
