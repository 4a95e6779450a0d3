#include "JwtVerifier.h"

#include "core/auth/Base64Url.h"
#include "core/auth/JwtClaimValidator.h"
#include "core/auth/LibJwtHandle.h"
#include "core/protocol/JsonText.h"

#include <QJsonObject>

namespace gatehouse {

namespace {

// A signed token is at least a small header, payload and signature.
constexpr qsizetype MinimumTokenLimit = 64;

Unexpected<JwtError> fail(JwtError::Reason reason, const QString &message)
{
    return unexpected(JwtError {reason, message});
}

} // namespace

struct JwtVerifier::Parsed {
    JwtAlgorithm algorithm;
    std::optional<QString> keyId;
    QJsonObject payload;
};

JwtVerifier::JwtVerifier(JwtVerifierOptions options, const Clock *clock)
    : m_options(std::move(options)),
      m_clock(clock),
      m_signatureCache(std::make_shared<JwtSignatureCache>(m_options.signatureCacheSize))
{
}

Expected<JwtVerifier, QString> JwtVerifier::create(JwtVerifierOptions options, const Clock *clock)
{
    if (options.keys.isEmpty())
        return unexpected(QStringLiteral("no JWT keys configured: no token could ever be accepted"));
    if (options.leeway.count() < 0)
        return unexpected(QStringLiteral("the JWT clock leeway cannot be negative"));
    if (options.maxTokenBytes < MinimumTokenLimit)
        return unexpected(
            QStringLiteral("the JWT size limit must be at least %1 bytes").arg(MinimumTokenLimit));
    if (!clock)
        return unexpected(QStringLiteral("no clock"));
    return JwtVerifier(std::move(options), clock);
}

Expected<VerifiedToken, JwtError> JwtVerifier::verify(const QString &token) const
{
    // The size limit applies before conversion too: a huge string is not worth converting.
    if (token.size() > m_options.maxTokenBytes)
        return fail(JwtError::Reason::Oversized,
                    QStringLiteral("token is longer than %1 bytes").arg(m_options.maxTokenBytes));
    return verify(QByteArrayView(token.toUtf8()));
}

Expected<VerifiedToken, JwtError> JwtVerifier::verify(QByteArrayView token) const
{
    auto parsed = parse(token);
    if (!parsed)
        return unexpected(parsed.error());
    auto key = verifySignature(token.toByteArray(), *parsed);
    if (!key)
        return unexpected(key.error());
    auto verified
        = JwtClaimValidator::validate(parsed->payload, m_options, m_clock->now().toSecsSinceEpoch());
    if (verified) {
        verified->algorithm = parsed->algorithm;
        verified->keyId = m_options.keys.at(*key).keyId();
    }
    return verified;
}

// Everything that can be checked without a key, strictly, before libjwt sees the token: libjwt
// 1.10 accepts more than RFC 7515 allows (see the comments below), and what it accepts must never
// be more than what we parsed.
Expected<JwtVerifier::Parsed, JwtError> JwtVerifier::parse(QByteArrayView token) const
{
    // First, so that nothing below (nor libjwt's alloca() of the token's length) runs on a huge input.
    if (token.size() > m_options.maxTokenBytes)
        return fail(JwtError::Reason::Oversized,
                    QStringLiteral("token is %1 bytes; the limit is %2")
                        .arg(token.size())
                        .arg(m_options.maxTokenBytes));
    if (token.isEmpty())
        return fail(JwtError::Reason::Malformed, QStringLiteral("empty token"));

    // Exactly three parts: libjwt would take "a.b.c.d" as the signature "c.d".
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) {
        const qsizetype parts = token.count('.') + 1;
        return fail(
            JwtError::Reason::Malformed,
            parts == 5 ? QStringLiteral("encrypted tokens (JWE, 5 parts) are not supported")
                       : QStringLiteral("a JWT has 3 parts separated by dots, this token has %1").arg(parts));
    }
    const QByteArrayView headerText = token.first(firstDot);
    const QByteArrayView payloadText = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signatureText = token.sliced(secondDot + 1);

    // libjwt's decoder ignores everything from the first character outside the alphabet on (an
    // RS256 token with "!!" appended still verifies there) and the unused bits of the last
    // character, and writes one byte past the buffer of an empty part: each part is decoded
    // strictly here.
    const auto header = Base64Url::decode(headerText);
    if (!header || header->isEmpty())
        return fail(JwtError::Reason::Malformed, QStringLiteral("the header is not base64url"));
    const JsonText::Validated headerJson = JsonText::validate(*header);
    if (headerJson.kind != JsonText::Kind::Object)
        return fail(JwtError::Reason::Malformed, QStringLiteral("the header is not a JSON object"));
    const QJsonObject headerObject = headerJson.value.toObject();

    const QJsonValue alg = headerObject.value(QLatin1StringView("alg"));
    if (!alg.isString())
        return fail(JwtError::Reason::Malformed, QStringLiteral("the header has no \"alg\""));
    // libjwt matches algorithm names case-insensitively, so "NONE" and "nOnE" are none too.
    if (alg.toString().compare(QLatin1StringView("none"), Qt::CaseInsensitive) == 0)
        return fail(JwtError::Reason::AlgorithmNone,
                    QStringLiteral("unsigned tokens (alg \"none\") are not accepted"));
    const std::optional<JwtAlgorithm> algorithm = jwtAlgorithmFromName(alg.toString());
    if (!algorithm)
        return fail(JwtError::Reason::AlgorithmNotAllowed,
                    QStringLiteral("algorithm \"%1\" is not accepted (only HS256, RS256, ES256)")
                        .arg(alg.toString()));
    // RFC 7515 §4.1.11: extensions we do not understand must not be ignored; we understand none.
    if (headerObject.contains(QLatin1StringView("crit")))
        return fail(JwtError::Reason::Malformed,
                    QStringLiteral("critical header extensions (\"crit\") are not supported"));
    // libjwt refuses any "typ" but JWT (case-insensitive); say so instead of "bad signature".
    const QJsonValue typ = headerObject.value(QLatin1StringView("typ"));
    if (!typ.isUndefined() && typ.toString().compare(QLatin1StringView("JWT"), Qt::CaseInsensitive) != 0)
        return fail(JwtError::Reason::Malformed, QStringLiteral("token type (typ) must be \"JWT\""));
    const QJsonValue kid = headerObject.value(QLatin1StringView("kid"));
    if (!kid.isUndefined() && !kid.isString())
        return fail(JwtError::Reason::Malformed, QStringLiteral("the key id (kid) must be a string"));

    const auto payload = Base64Url::decode(payloadText);
    if (!payload || payload->isEmpty())
        return fail(JwtError::Reason::Malformed, QStringLiteral("the payload is not base64url"));
    const JsonText::Validated payloadJson = JsonText::validate(*payload);
    if (payloadJson.kind != JsonText::Kind::Object)
        return fail(JwtError::Reason::Malformed, QStringLiteral("the payload is not a JSON object"));

    if (signatureText.isEmpty())
        return fail(JwtError::Reason::Malformed, QStringLiteral("the token has no signature"));
    if (!Base64Url::decode(signatureText))
        return fail(JwtError::Reason::Malformed, QStringLiteral("the signature is not base64url"));

    Parsed parsed {*algorithm, std::nullopt, payloadJson.value.toObject()};
    if (kid.isString())
        parsed.keyId = kid.toString();
    return parsed;
}

Expected<qsizetype, JwtError> JwtVerifier::verifySignature(const QByteArray &token,
                                                           const Parsed &parsed) const
{
    const QList<JwtKey> &keys = m_options.keys;
    QList<qsizetype> byKid;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!parsed.keyId || keys.at(i).keyId() == *parsed.keyId)
            byKid.append(i);
    }
    // A kid no key has: the keys configured without one may still be meant (a plain shared secret).
    if (byKid.isEmpty()) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys.at(i).keyId().isEmpty())
                byKid.append(i);
        }
    }
    if (byKid.isEmpty())
        return fail(JwtError::Reason::UnknownKey,
                    QStringLiteral("no key has the id (kid) '%1'").arg(*parsed.keyId));

    // The key pins the algorithm: the token's "alg" only filters. libjwt 1.10 verifies with
    // whatever algorithm the header names, so an RS256 public key reaching it under a token that
    // says HS256 would be used as an HMAC secret (the classic HS/RS confusion).
    QList<qsizetype> candidates;
    QStringList pinned;
    for (const qsizetype i : std::as_const(byKid)) {
        if (keys.at(i).algorithm() == parsed.algorithm)
            candidates.append(i);
        else if (!pinned.contains(jwtAlgorithmName(keys.at(i).algorithm())))
            pinned.append(jwtAlgorithmName(keys.at(i).algorithm()));
    }
    if (candidates.isEmpty())
        return fail(JwtError::Reason::AlgorithmNotAllowed,
                    QStringLiteral("algorithm %1 does not match the algorithm pinned by the key (%2)")
                        .arg(jwtAlgorithmName(parsed.algorithm), pinned.join(QLatin1StringView(", "))));

    // HMAC is as cheap as the cache lookup; public keys are not (see JwtSignatureCache).
    const bool cacheable = parsed.algorithm != JwtAlgorithm::HS256;
    if (cacheable) {
        const qsizetype cached = m_signatureCache->find(token);
        if (cached >= 0 && candidates.contains(cached))
            return cached;
    }
    const jwt_alg_t expected = LibJwtHandle::algorithm(parsed.algorithm);
    for (const qsizetype i : std::as_const(candidates)) {
        const QByteArray &material = keys.at(i).material();
        jwt_t *raw = nullptr;
        const int result
            = jwt_decode(&raw, token.constData(),
                         reinterpret_cast<const unsigned char *>(material.constData()), int(material.size()));
        const LibJwtHandle::Jwt jwt(raw);
        // Checked again on libjwt's own reading of the header: with an empty key it silently
        // downgrades to "none" and skips the signature (our keys are never empty; belt and braces).
        if (result == 0 && jwt && jwt_get_alg(jwt.get()) == expected) {
            if (cacheable)
                m_signatureCache->insert(token, i);
            return i;
        }
    }
    return fail(JwtError::Reason::BadSignature,
                QStringLiteral("the signature does not match (tampered, or signed with another key)"));
}

} // namespace gatehouse
