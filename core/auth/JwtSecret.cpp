#include "JwtSecret.h"

#include "core/auth/SecureRandom.h"

namespace gatehouse {

namespace {

constexpr const char EnvironmentVariable[] = "GATEHOUSE_JWT_SECRET";

} // namespace

JwtSecret::JwtSecret(QByteArray bytes, Origin origin, QString description)
    : m_bytes(std::move(bytes)), m_origin(origin), m_description(std::move(description))
{
}

Expected<QByteArray, QString> JwtSecret::fromEnvironmentValue(QByteArrayView value)
{
    // Base64 first: `openssl rand -base64 32` is what people paste. Padding and the url-safe
    // alphabet are both fine; whitespace around it (a trailing newline) is ignored.
    const QByteArray trimmed = value.toByteArray().trimmed();
    for (const auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        auto decoded
            = QByteArray::fromBase64Encoding(trimmed, alphabet | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() >= Size)
            return std::move(*decoded);
    }
    if (value.size() >= Size)
        return value.toByteArray();
    return unexpected(QStringLiteral("%1 is too short: it needs %2 random bytes, base64-encoded "
                                     "(for example the output of: openssl rand -base64 32)")
                          .arg(QLatin1StringView(EnvironmentVariable))
                          .arg(Size));
}

QByteArray JwtSecret::generate()
{
    return SecureRandom::bytes(Size);
}

Expected<JwtSecret, QString> JwtSecret::resolve(SecretStore &store,
                                                const std::optional<QByteArray> &environmentValue)
{
    if (environmentValue) {
        auto secret = fromEnvironmentValue(*environmentValue);
        if (!secret)
            return unexpected(secret.error());
        return JwtSecret(std::move(*secret), Origin::Environment,
                         QStringLiteral("from %1").arg(QLatin1StringView(EnvironmentVariable)));
    }
    auto stored = store.load();
    if (!stored)
        return unexpected(stored.error());
    if (stored->has_value())
        return JwtSecret(std::move(stored->value()), Origin::Store,
                         QStringLiteral("from %1").arg(store.location()));

    const QByteArray generated = generate();
    auto kept = store.storeIfAbsent(generated);
    if (!kept)
        return unexpected(kept.error());
    // Another process may have stored its secret first; then that one is used, as stored.
    const Origin origin = *kept == generated ? Origin::Generated : Origin::Store;
    return JwtSecret(std::move(*kept), origin,
                     QStringLiteral("%1 %2").arg(origin == Origin::Generated
                                                     ? QStringLiteral("generated into")
                                                     : QStringLiteral("from"),
                                                 store.location()));
}

Expected<JwtSecret, QString> JwtSecret::resolve(SecretStore &store)
{
    return resolve(store, environmentValue());
}

std::optional<QByteArray> JwtSecret::environmentValue()
{
    // Empty counts as unset: "GATEHOUSE_JWT_SECRET=${UNSET}" in a compose file should not fail.
    if (qEnvironmentVariableIsEmpty(EnvironmentVariable))
        return std::nullopt;
    return qgetenv(EnvironmentVariable);
}

} // namespace gatehouse
