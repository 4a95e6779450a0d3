// Why a token was refused. `code()` is the stable, client-facing part (it goes into the
// CONNECT_ERROR's data.code and the HTTP API's error.code); `reason` is for logs and tests; the
// message is for humans and names the problem ("token expired at …", "issuer 'x' is not accepted").
#pragma once

#include <QString>

namespace gatehouse {

struct JwtError {
    enum class Reason {
        Oversized, // longer than JwtVerifierOptions::maxTokenBytes
        Malformed, // not three base64url parts, bad JSON, header not an object, bad header fields
        AlgorithmNone, // "alg":"none" (an unsigned token), in any spelling
        AlgorithmNotAllowed, // an algorithm no configured key is pinned to (HS/RS confusion lands here)
        UnknownKey, // a "kid" no configured key has
        BadSignature, // tampered, or signed with another key
        Expired, // now >= exp + leeway: the only reason for token_expired
        NotYetValid, // nbf > now + leeway
        IssuedInFuture, // iat > now + leeway
        WrongIssuer,
        WrongAudience,
        MissingClaim, // exp (when required) or the user id claim
        InvalidClaim, // a registered claim of the wrong JSON type or out of range
    };
    enum class Code {
        InvalidToken, // "invalid_token": get a new token by signing in again
        TokenExpired, // "token_expired": refresh and retry
    };

    Reason reason = Reason::Malformed;
    QString message;

    Code code() const { return reason == Reason::Expired ? Code::TokenExpired : Code::InvalidToken; }
    QString codeString() const
    {
        return code() == Code::TokenExpired ? QStringLiteral("token_expired")
                                            : QStringLiteral("invalid_token");
    }
};

} // namespace gatehouse
