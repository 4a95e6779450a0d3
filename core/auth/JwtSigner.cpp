#include "JwtSigner.h"

#include "core/RandomId.h"
#include "core/auth/LibJwtHandle.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse {

JwtSigner::JwtSigner(JwtKey key, JwtSignerOptions options, const Clock *clock)
    : m_key(std::move(key)), m_options(std::move(options)), m_clock(clock)
{
}

Expected<JwtSigner, QString> JwtSigner::create(const QByteArray &secret, JwtSignerOptions options,
                                               const Clock *clock)
{
    auto key = JwtKey::hmacSecret(secret, options.keyId);
    if (!key)
        return unexpected(key.error());
    if (options.lifetime.count() < 1)
        return unexpected(QStringLiteral("the access token lifetime must be at least one second"));
    if (!clock)
        return unexpected(QStringLiteral("no clock"));
    return JwtSigner(std::move(*key), std::move(options), clock);
}

Expected<IssuedToken, QString> JwtSigner::sign(const AccessTokenSubject &subject) const
{
    if (subject.userId.isEmpty())
        return unexpected(QStringLiteral("cannot sign a token without a user id"));
    static const QStringList roles
        = {QStringLiteral("user"), QStringLiteral("moderator"), QStringLiteral("admin")};
    if (!roles.contains(subject.role))
        return unexpected(QStringLiteral("unknown role '%1'").arg(subject.role));

    IssuedToken issued;
    const qint64 now = m_clock->now().toSecsSinceEpoch();
    const qint64 expires = now + m_options.lifetime.count();
    issued.issuedAt = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    issued.expiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
    issued.jti = RandomId::generate();

    QJsonObject claims = subject.extraClaims;
    claims.insert(QStringLiteral("sub"), subject.userId);
    if (!subject.name.isEmpty())
        claims.insert(QStringLiteral("name"), subject.name);
    else
        claims.remove(QStringLiteral("name"));
    claims.insert(QStringLiteral("role"), subject.role);
    claims.insert(QStringLiteral("iat"), now);
    claims.insert(QStringLiteral("exp"), expires);
    claims.insert(QStringLiteral("jti"), issued.jti);
    if (!m_options.issuer.isEmpty())
        claims.insert(QStringLiteral("iss"), m_options.issuer);
    if (m_options.audience.size() == 1)
        claims.insert(QStringLiteral("aud"), m_options.audience.constFirst());
    else if (m_options.audience.size() > 1)
        claims.insert(QStringLiteral("aud"), QJsonArray::fromStringList(m_options.audience));

    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0)
        return unexpected(QStringLiteral("libjwt: out of memory"));
    const LibJwtHandle::Jwt jwt(raw);
    // All claims go in as one JSON object: jwt_add_grant_int() takes a C long, 32 bits on Windows.
    const QByteArray json = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    const QByteArray &secret = m_key.material();
    if (jwt_add_grants_json(jwt.get(), json.constData()) != 0
        || (!m_options.keyId.isEmpty()
            && jwt_add_header(jwt.get(), "kid", m_options.keyId.toUtf8().constData()) != 0)
        || jwt_set_alg(jwt.get(), JWT_ALG_HS256, reinterpret_cast<const unsigned char *>(secret.constData()),
                       int(secret.size()))
            != 0)
        return unexpected(QStringLiteral("libjwt refused the token's contents"));
    const LibJwtHandle::String token(jwt_encode_str(jwt.get()));
    if (!token)
        return unexpected(QStringLiteral("libjwt could not encode the token"));
    issued.token = QString::fromLatin1(token.get());
    return issued;
}

} // namespace gatehouse
