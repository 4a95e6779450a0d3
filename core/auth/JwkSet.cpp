#include "JwkSet.h"

#include "core/auth/Base64Url.h"
#include "core/auth/OpenSslPublicKey.h"
#include "core/protocol/JsonText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace gatehouse {

namespace {

constexpr qint64 MaxJwksFileBytes = 1024 * 1024;

// A JWK member holding base64url bytes; nullopt (with `error` set) when absent or malformed.
std::optional<QByteArray> bytesMember(const QJsonObject &jwk, const QString &name, QString &error)
{
    const QJsonValue value = jwk.value(name);
    if (!value.isString()) {
        error = QStringLiteral("member \"%1\" is missing or not a string").arg(name);
        return std::nullopt;
    }
    auto bytes = Base64Url::decode(value.toString().toLatin1());
    if (!bytes || bytes->isEmpty()) {
        error = QStringLiteral("member \"%1\" is not base64url").arg(name);
        return std::nullopt;
    }
    return bytes;
}

// The algorithm this JWK verifies, or an empty optional with `skip` saying why it is not used.
std::optional<JwtAlgorithm> algorithmFor(const QJsonObject &jwk, QString &skip)
{
    const QString kty = jwk.value(QLatin1StringView("kty")).toString();
    std::optional<JwtAlgorithm> algorithm;
    if (kty == QLatin1StringView("RSA")) {
        algorithm = JwtAlgorithm::RS256;
    } else if (kty == QLatin1StringView("EC")) {
        const QString curve = jwk.value(QLatin1StringView("crv")).toString();
        if (curve != QLatin1StringView("P-256")) {
            skip = QStringLiteral("curve \"%1\" is not supported (only P-256)").arg(curve);
            return std::nullopt;
        }
        algorithm = JwtAlgorithm::ES256;
    } else {
        skip = kty == QLatin1StringView("oct")
            ? QStringLiteral("symmetric keys are not read from a JWKS; configure HS256 secrets instead")
            : QStringLiteral("key type \"%1\" is not supported").arg(kty);
        return std::nullopt;
    }
    if (jwk.contains(QLatin1StringView("alg"))) {
        const QString alg = jwk.value(QLatin1StringView("alg")).toString();
        if (alg != jwtAlgorithmName(*algorithm)) {
            skip = QStringLiteral("algorithm \"%1\" is not supported for a %2 key").arg(alg, kty);
            return std::nullopt;
        }
    }
    if (jwk.contains(QLatin1StringView("use"))
        && jwk.value(QLatin1StringView("use")).toString() != QLatin1StringView("sig")) {
        skip = QStringLiteral("\"use\" is \"%1\", not \"sig\"")
                   .arg(jwk.value(QLatin1StringView("use")).toString());
        return std::nullopt;
    }
    if (jwk.contains(QLatin1StringView("key_ops"))
        && !jwk.value(QLatin1StringView("key_ops")).toArray().contains(QStringLiteral("verify"))) {
        skip = QStringLiteral("\"key_ops\" does not include \"verify\"");
        return std::nullopt;
    }
    return algorithm;
}

Expected<JwtKey, QString> keyFrom(const QJsonObject &jwk, JwtAlgorithm algorithm, const QString &kid)
{
    QString error;
    std::optional<OpenSslPublicKey> key;
    if (algorithm == JwtAlgorithm::RS256) {
        const auto n = bytesMember(jwk, QStringLiteral("n"), error);
        const auto e = bytesMember(jwk, QStringLiteral("e"), error);
        if (!n || !e)
            return unexpected(error);
        auto built = OpenSslPublicKey::fromRsaComponents(*n, *e);
        if (!built)
            return unexpected(built.error());
        key = *built;
    } else {
        const auto x = bytesMember(jwk, QStringLiteral("x"), error);
        const auto y = bytesMember(jwk, QStringLiteral("y"), error);
        if (!x || !y)
            return unexpected(error);
        auto built = OpenSslPublicKey::fromP256Point(*x, *y);
        if (!built)
            return unexpected(built.error());
        key = *built;
    }
    // One path to a JwtKey, so JWK keys get exactly the checks PEM keys get.
    return JwtKey::publicKey(algorithm, key->toPem(), kid);
}

} // namespace

Expected<JwkSet, QString> JwkSet::fromJson(const QByteArray &json)
{
    const JsonText::Validated document = JsonText::validate(json);
    const QJsonArray keys = document.value.toObject().value(QLatin1StringView("keys")).toArray();
    if (document.kind != JsonText::Kind::Object
        || !document.value.toObject().value(QLatin1StringView("keys")).isArray())
        return unexpected(QStringLiteral("not a JWKS: expected a JSON object with a \"keys\" array"));

    JwkSet set;
    QSet<QString> kids;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonObject jwk = keys.at(i).toObject();
        const QString kid = jwk.value(QLatin1StringView("kid")).toString();
        const QString label
            = kid.isEmpty() ? QStringLiteral("key #%1").arg(i) : QStringLiteral("key '%1'").arg(kid);
        if (!keys.at(i).isObject())
            return unexpected(QStringLiteral("%1 is not a JSON object").arg(label));
        if (jwk.contains(QLatin1StringView("kid")) && !jwk.value(QLatin1StringView("kid")).isString())
            return unexpected(QStringLiteral("%1: \"kid\" is not a string").arg(label));
        QString skip;
        const std::optional<JwtAlgorithm> algorithm = algorithmFor(jwk, skip);
        if (!algorithm) {
            set.m_warnings.append(QStringLiteral("%1 skipped: %2").arg(label, skip));
            continue;
        }
        // Private members are never needed here; a JWKS that has them is published by mistake.
        if (jwk.contains(QLatin1StringView("d")))
            set.m_warnings.append(
                QStringLiteral("%1 contains private key material (\"d\"); only its public part is used, "
                               "but the file should not hold it")
                    .arg(label));
        auto key = keyFrom(jwk, *algorithm, kid);
        if (!key)
            return unexpected(QStringLiteral("%1: %2").arg(label, key.error()));
        if (!kid.isEmpty() && kids.contains(kid))
            return unexpected(QStringLiteral("two keys have the kid '%1'").arg(kid));
        kids.insert(kid);
        set.m_keys.append(*key);
    }
    if (set.m_keys.isEmpty())
        return unexpected(set.m_warnings.isEmpty() ? QStringLiteral("the JWKS has no keys")
                                                   : QStringLiteral("the JWKS has no usable key (%1)")
                                                         .arg(set.m_warnings.join(QLatin1StringView("; "))));
    return set;
}

Expected<JwkSet, QString> JwkSet::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray json = file.read(MaxJwksFileBytes + 1);
    if (json.size() > MaxJwksFileBytes)
        return unexpected(QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(MaxJwksFileBytes));
    auto set = fromJson(json);
    if (!set)
        return unexpected(QStringLiteral("%1: %2").arg(path, set.error()));
    return set;
}

} // namespace gatehouse
