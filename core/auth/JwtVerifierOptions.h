// What a JwtVerifier accepts. Defaults fit Gatehouse's own HS256 access tokens; tokens from an
// identity provider need its keys, issuer and audience, and perhaps another claim mapping.
#pragma once

#include "core/auth/JwtKey.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace gatehouse {

// Where the user's id, name and role come from. A claim name is looked up as a top-level member
// first, then as a dotted path into nested objects ("realm_access.roles" for Keycloak), so that
// namespaced claims such as "https://example.com/roles" keep working.
struct JwtClaimMapping {
    QString userId = QStringLiteral("sub"); // a string, or an integer (written in decimal)
    QStringList name
        = {QStringLiteral("name"), QStringLiteral("preferred_username")}; // first non-empty string
    // The first present claim wins: a string, or an array of strings; the highest of
    // admin > moderator > user is taken (case-insensitive); anything else counts as "user".
    QStringList role = {QStringLiteral("role"), QStringLiteral("roles")};
};

struct JwtVerifierOptions {
    // Chosen by the token's "kid": the keys with that kid, or when none has it the keys without
    // a kid; a token without "kid" may match any key. Of those, only keys pinned to the token's
    // "alg" are tried.
    QList<JwtKey> keys;
    // When not empty, "iss" must be one of these.
    QStringList issuers;
    // When not empty, "aud" (a string or an array) must contain one of these. When empty, "aud"
    // is not checked.
    QStringList audiences;
    // Tolerated clock difference with the issuer, for exp, nbf and iat.
    std::chrono::seconds leeway {60};
    // Checked before anything is parsed. Gatehouse's own tokens are about 400 bytes.
    qsizetype maxTokenBytes = 8 * 1024;
    // A token without "exp" never expires; refuse those unless the issuer is known not to set it.
    bool requireExpiry = true;
    // RS256 / ES256 tokens whose signature was verified, remembered (see JwtSignatureCache); 0: off.
    qsizetype signatureCacheSize = 1024;
    JwtClaimMapping claims;
};

} // namespace gatehouse
