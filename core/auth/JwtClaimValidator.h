// The claim checks libjwt 1.10 does not do (it checks none): time window, issuer, audience, the
// types of registered claims, and the mapping to user id, name and role. Runs only on a payload
// whose signature has been verified, so an attacker learns nothing from which check failed.
#pragma once

#include "core/Expected.h"
#include "core/auth/JwtError.h"
#include "core/auth/JwtVerifierOptions.h"
#include "core/auth/VerifiedToken.h"

#include <QJsonObject>

namespace gatehouse {

class JwtClaimValidator {
public:
    // `nowSeconds` is Unix time in whole seconds, as jsonwebtoken compares. Expiry is checked
    // last, so token_expired means "fine but for its age" and a refresh will help.
    static Expected<VerifiedToken, JwtError> validate(const QJsonObject &claims,
                                                      const JwtVerifierOptions &options, qint64 nowSeconds);

    // The role a claim value grants: the highest of admin > moderator > user found in a string or
    // an array of strings (case-insensitive); "user" for anything else.
    static QString mapRole(const QJsonValue &value);
};

} // namespace gatehouse
