#include "JwtClaimValidator.h"

#include <QJsonArray>

#include <cmath>
#include <optional>

namespace gatehouse {

namespace {

// 9999-12-31T23:59:59Z: beyond it QDateTime and most peers give up; such a date is an attack or a bug.
constexpr double MaxNumericDate = 253402300799.0;

JwtError error(JwtError::Reason reason, const QString &message)
{
    return JwtError {reason, message};
}

QString isoDate(double seconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds) * 1000, Qt::UTC).toString(Qt::ISODate);
}

// A top-level member named `name`, else the dotted path `name` into nested objects.
QJsonValue lookup(const QJsonObject &claims, const QString &name)
{
    if (claims.contains(name))
        return claims.value(name);
    const QStringList path = name.split(QLatin1Char('.'));
    if (path.size() < 2)
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue value = claims;
    for (const QString &segment : path) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(segment);
    }
    return value;
}

// A NumericDate claim (RFC 7519 §2): nullopt when absent, an error when not a sane number.
Expected<std::optional<double>, JwtError> numericDate(const QJsonObject &claims, const QString &name)
{
    if (!claims.contains(name))
        return std::optional<double>();
    const QJsonValue value = claims.value(name);
    if (!value.isDouble())
        return unexpected(error(JwtError::Reason::InvalidClaim,
                                QStringLiteral("claim \"%1\" must be a number of seconds").arg(name)));
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > MaxNumericDate)
        return unexpected(
            error(JwtError::Reason::InvalidClaim, QStringLiteral("claim \"%1\" is out of range").arg(name)));
    return std::optional<double>(seconds);
}

std::optional<JwtError> checkIssuer(const QJsonObject &claims, const QStringList &accepted)
{
    const QJsonValue iss = claims.value(QLatin1StringView("iss"));
    if (!iss.isUndefined() && !iss.isString())
        return error(JwtError::Reason::InvalidClaim, QStringLiteral("claim \"iss\" must be a string"));
    if (accepted.isEmpty())
        return std::nullopt;
    if (iss.isUndefined())
        return error(JwtError::Reason::WrongIssuer,
                     QStringLiteral("token has no issuer (iss); expected %1")
                         .arg(accepted.join(QLatin1StringView(", "))));
    if (!accepted.contains(iss.toString()))
        return error(JwtError::Reason::WrongIssuer,
                     QStringLiteral("issuer '%1' is not accepted").arg(iss.toString()));
    return std::nullopt;
}

std::optional<JwtError> checkAudience(const QJsonObject &claims, const QStringList &accepted)
{
    const QJsonValue aud = claims.value(QLatin1StringView("aud"));
    QStringList audiences;
    if (aud.isString()) {
        audiences.append(aud.toString());
    } else if (aud.isArray()) {
        for (const QJsonValue &entry : aud.toArray()) {
            if (!entry.isString())
                return error(JwtError::Reason::InvalidClaim,
                             QStringLiteral("claim \"aud\" must be a string or an array of strings"));
            audiences.append(entry.toString());
        }
    } else if (!aud.isUndefined()) {
        return error(JwtError::Reason::InvalidClaim,
                     QStringLiteral("claim \"aud\" must be a string or an array of strings"));
    }
    if (accepted.isEmpty())
        return std::nullopt;
    if (audiences.isEmpty())
        return error(JwtError::Reason::WrongAudience, QStringLiteral("token has no audience (aud)"));
    for (const QString &audience : std::as_const(audiences)) {
        if (accepted.contains(audience))
            return std::nullopt;
    }
    return error(JwtError::Reason::WrongAudience,
                 audiences.size() == 1
                     ? QStringLiteral("audience '%1' is not accepted").arg(audiences.constFirst())
                     : QStringLiteral("none of the audiences '%1' is accepted")
                           .arg(audiences.join(QLatin1StringView("', '"))));
}

Expected<QString, JwtError> userIdFrom(const QJsonObject &claims, const QString &claim)
{
    const QJsonValue value = lookup(claims, claim);
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    // Some providers put numeric ids in custom claims; 2^53 keeps the decimal form exact.
    constexpr double MaxExactInteger = 9007199254740992.0;
    if (value.isDouble() && std::trunc(value.toDouble()) == value.toDouble()
        && std::abs(value.toDouble()) < MaxExactInteger)
        return QString::number(qint64(value.toDouble()));
    if (value.isUndefined() || value.isNull() || value.isString())
        return unexpected(error(JwtError::Reason::MissingClaim,
                                QStringLiteral("token has no user id (claim \"%1\")").arg(claim)));
    return unexpected(error(JwtError::Reason::InvalidClaim,
                            QStringLiteral("claim \"%1\" must be a string or an integer").arg(claim)));
}

} // namespace

QString JwtClaimValidator::mapRole(const QJsonValue &value)
{
    const auto rank = [](const QJsonValue &entry) {
        const QString role = entry.toString().toLower();
        if (role == QLatin1StringView("admin"))
            return 2;
        if (role == QLatin1StringView("moderator"))
            return 1;
        return 0;
    };
    int best = 0;
    if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray())
            best = std::max(best, rank(entry));
    } else {
        best = rank(value);
    }
    static const QString names[]
        = {QStringLiteral("user"), QStringLiteral("moderator"), QStringLiteral("admin")};
    return names[best];
}

Expected<VerifiedToken, JwtError>
JwtClaimValidator::validate(const QJsonObject &claims, const JwtVerifierOptions &options, qint64 nowSeconds)
{
    if (auto failed = checkIssuer(claims, options.issuers))
        return unexpected(*failed);
    if (auto failed = checkAudience(claims, options.audiences))
        return unexpected(*failed);
    auto userId = userIdFrom(claims, options.claims.userId);
    if (!userId)
        return unexpected(userId.error());
    const QJsonValue jti = claims.value(QLatin1StringView("jti"));
    if (!jti.isUndefined() && !jti.isString())
        return unexpected(
            error(JwtError::Reason::InvalidClaim, QStringLiteral("claim \"jti\" must be a string")));

    auto nbf = numericDate(claims, QStringLiteral("nbf"));
    auto iat = numericDate(claims, QStringLiteral("iat"));
    auto exp = numericDate(claims, QStringLiteral("exp"));
    for (const auto *date : {&nbf, &iat, &exp}) {
        if (!*date)
            return unexpected(date->error());
    }
    const double leeway = double(options.leeway.count());
    const double now = double(nowSeconds);
    if (nbf->has_value() && **nbf > now + leeway)
        return unexpected(error(JwtError::Reason::NotYetValid,
                                QStringLiteral("token is not valid before %1 (nbf)").arg(isoDate(**nbf))));
    if (iat->has_value() && **iat > now + leeway)
        return unexpected(
            error(JwtError::Reason::IssuedInFuture,
                  QStringLiteral("token was issued in the future, at %1 (iat)").arg(isoDate(**iat))));
    if (!exp->has_value() && options.requireExpiry)
        return unexpected(error(JwtError::Reason::MissingClaim, QStringLiteral("token has no expiry (exp)")));
    if (exp->has_value() && now >= **exp + leeway)
        return unexpected(error(JwtError::Reason::Expired,
                                QStringLiteral("token expired at %1 (exp)").arg(isoDate(**exp))));

    VerifiedToken token;
    token.userId = *userId;
    for (const QString &claim : options.claims.name) {
        const QJsonValue name = lookup(claims, claim);
        if (name.isString() && !name.toString().isEmpty()) {
            token.name = name.toString();
            break;
        }
    }
    token.role = QStringLiteral("user");
    for (const QString &claim : options.claims.role) {
        const QJsonValue role = lookup(claims, claim);
        if (!role.isUndefined() && !role.isNull()) {
            token.role = mapRole(role);
            break;
        }
    }
    const auto toDateTime = [](const std::optional<double> &seconds) {
        return seconds ? QDateTime::fromMSecsSinceEpoch(qint64(*seconds * 1000), Qt::UTC) : QDateTime();
    };
    token.issuedAt = toDateTime(*iat);
    token.expiresAt = toDateTime(*exp);
    token.jti = jti.toString();
    token.issuer = claims.value(QLatin1StringView("iss")).toString();
    token.claims = claims;
    return token;
}

} // namespace gatehouse
