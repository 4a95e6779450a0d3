#include "JwtSecretFile.h"

#include "core/auth/JwtSecret.h"
#include "core/platform/PrivateFile.h"

#include <QDir>

namespace gatehouse {

namespace {

constexpr qsizetype MaxFileBytes = 4096;

} // namespace

JwtSecretFile::JwtSecretFile(const QString &dataDir) : m_path(QDir(dataDir).filePath(fileName()))
{
}

QString JwtSecretFile::location() const
{
    return QStringLiteral("file %1").arg(m_path);
}

Expected<std::optional<QByteArray>, QString> JwtSecretFile::load()
{
    auto contents = PrivateFile::read(m_path, MaxFileBytes);
    if (!contents)
        return unexpected(contents.error());
    if (!contents->has_value())
        return std::optional<QByteArray>();
    // Base64 text rather than raw bytes: the same value can go into GATEHOUSE_JWT_SECRET.
    auto secret = QByteArray::fromBase64Encoding(contents->value().trimmed(),
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!secret || secret.decoded.size() < JwtSecret::Size)
        return unexpected(
            QStringLiteral("%1 does not hold a base64 secret of at least %2 bytes; delete it to have a "
                           "new one generated (every signed-in user will have to sign in again)")
                .arg(m_path)
                .arg(JwtSecret::Size));
    return std::optional<QByteArray>(std::move(*secret));
}

Expected<QByteArray, QString> JwtSecretFile::storeIfAbsent(const QByteArray &secret)
{
    auto created = PrivateFile::createExclusive(m_path, secret.toBase64() + '\n');
    if (!created)
        return unexpected(created.error());
    if (*created == PrivateFile::CreateResult::Created)
        return secret;
    auto stored = load();
    if (!stored)
        return unexpected(stored.error());
    if (!stored->has_value())
        return unexpected(QStringLiteral("%1 vanished while it was being created").arg(m_path));
    return stored->value();
}

} // namespace gatehouse
