// What a verified access token says about its bearer, after the claim mapping of
// JwtVerifierOptions::claims. The handshake puts this into socket.data.
#pragma once

#include "core/auth/JwtAlgorithm.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace gatehouse {

struct VerifiedToken {
    QString userId; // from "sub" (or the configured claim); never empty
    QString name; // from "name", else "preferred_username"; empty when the token has neither
    QString role; // "user", "moderator" or "admin"; "user" when absent or unknown
    QDateTime issuedAt; // "iat" in UTC; invalid when absent
    QDateTime expiresAt; // "exp" in UTC; invalid when absent (only if exp is not required)
    QString jti; // empty when absent
    QString issuer; // empty when absent
    QString keyId; // the kid of the key that verified the signature (empty if that key has none)
    JwtAlgorithm algorithm = JwtAlgorithm::HS256;
    QJsonObject claims; // the whole payload, for claims the mapping does not cover
};

} // namespace gatehouse
