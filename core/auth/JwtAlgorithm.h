// The JWS algorithms Gatehouse accepts. Every key pins exactly one of them (RFC 8725 §3.1): the
// algorithm a token names in its header only selects among keys, it never changes how a key is used.
#pragma once

#include <QString>

#include <optional>

namespace gatehouse {

enum class JwtAlgorithm {
    HS256, // HMAC-SHA256 with a shared secret of at least 32 bytes
    RS256, // RSASSA-PKCS1-v1_5 with SHA-256, RSA public key of at least 2048 bits
    ES256, // ECDSA on P-256 with SHA-256
};

inline QString jwtAlgorithmName(JwtAlgorithm algorithm)
{
    switch (algorithm) {
    case JwtAlgorithm::HS256:
        return QStringLiteral("HS256");
    case JwtAlgorithm::RS256:
        return QStringLiteral("RS256");
    case JwtAlgorithm::ES256:
        return QStringLiteral("ES256");
    }
    return {};
}

// Exact, case-sensitive match (RFC 7515 §4.1.1); libjwt itself would also accept "hs256".
inline std::optional<JwtAlgorithm> jwtAlgorithmFromName(const QString &name)
{
    if (name == QLatin1StringView("HS256"))
        return JwtAlgorithm::HS256;
    if (name == QLatin1StringView("RS256"))
        return JwtAlgorithm::RS256;
    if (name == QLatin1StringView("ES256"))
        return JwtAlgorithm::ES256;
    return std::nullopt;
}

} // namespace gatehouse
