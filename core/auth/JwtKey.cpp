#include "JwtKey.h"

#include "core/auth/OpenSslPublicKey.h"

#include <QFile>

namespace gatehouse {

namespace {

constexpr qsizetype MinimumSecretBytes = 32;
constexpr qint64 MaxPemFileBytes = 64 * 1024;

} // namespace

JwtKey::JwtKey(JwtAlgorithm algorithm, QByteArray material, QString keyId, QString detail)
    : m_algorithm(algorithm),
      m_material(std::move(material)),
      m_keyId(std::move(keyId)),
      m_detail(std::move(detail))
{
}

Expected<JwtKey, QString> JwtKey::hmacSecret(const QByteArray &secret, const QString &keyId)
{
    // Also what keeps libjwt safe: jwt_decode() with an empty key skips signature checks entirely.
    if (secret.size() < MinimumSecretBytes)
        return unexpected(QStringLiteral("an HS256 secret needs at least %1 bytes, this one has %2")
                              .arg(MinimumSecretBytes)
                              .arg(secret.size()));
    return JwtKey(JwtAlgorithm::HS256, secret, keyId, QStringLiteral("secret"));
}

Expected<JwtKey, QString> JwtKey::publicKey(JwtAlgorithm algorithm, const QByteArray &pem,
                                            const QString &keyId)
{
    if (algorithm == JwtAlgorithm::HS256)
        return unexpected(QStringLiteral("HS256 takes a shared secret, not a public key: a public key "
                                         "used as an HMAC secret would let anyone sign tokens"));
    auto key = OpenSslPublicKey::fromPem(pem);
    if (!key)
        return unexpected(key.error());
    const QString unsuitable = key->unsuitableFor(algorithm);
    if (!unsuitable.isEmpty())
        return unexpected(unsuitable);
    // Normalized to SubjectPublicKeyInfo, the one form libjwt reads.
    const QByteArray spki = key->toPem();
    if (spki.isEmpty())
        return unexpected(QStringLiteral("cannot write the public key as PEM"));
    return JwtKey(algorithm, spki, keyId, key->description());
}

Expected<JwtKey, QString> JwtKey::publicKeyFromFile(JwtAlgorithm algorithm, const QString &path,
                                                    const QString &keyId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxPemFileBytes)
        return unexpected(QStringLiteral("%1 is larger than %2 bytes; not a PEM public key")
                              .arg(path)
                              .arg(MaxPemFileBytes));
    auto key = publicKey(algorithm, file.read(MaxPemFileBytes), keyId);
    if (!key)
        return unexpected(QStringLiteral("%1: %2").arg(path, key.error()));
    return key;
}

QString JwtKey::description() const
{
    QString text = jwtAlgorithmName(m_algorithm) + QStringLiteral(" key");
    if (!m_keyId.isEmpty())
        text += QStringLiteral(" '%1'").arg(m_keyId);
    return text + QStringLiteral(" (%1)").arg(m_detail);
}

} // namespace gatehouse
