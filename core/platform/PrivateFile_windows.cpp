// Windows: files under the user's profile (where the data folder lives by default) inherit ACLs
// that already keep other users out, so no mode check is made here. Creation still never
// overwrites and never leaves a half-written file behind.
#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace gatehouse {

Expected<std::optional<QByteArray>, QString> PrivateFile::read(const QString &path, qsizetype maxBytes,
                                                               Readers /*readers: ACLs decide on Windows*/)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<QByteArray>();
    if (!QFileInfo(path).isFile())
        return unexpected(QStringLiteral("%1 is not a regular file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray contents = file.read(maxBytes + 1);
    if (contents.size() > maxBytes)
        return unexpected(QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(maxBytes));
    return std::optional<QByteArray>(contents);
}

Expected<PrivateFile::CreateResult, QString> PrivateFile::createExclusive(const QString &path,
                                                                          const QByteArray &contents)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory))
        return unexpected(QStringLiteral("cannot create the folder %1").arg(directory));
    if (QFile::exists(path))
        return CreateResult::AlreadyExists;
    QTemporaryFile temporary(path + QStringLiteral(".XXXXXX"));
    temporary.setAutoRemove(true);
    if (!temporary.open() || temporary.write(contents) != contents.size() || !temporary.flush())
        return unexpected(QStringLiteral("cannot write %1: %2").arg(path, temporary.errorString()));
    temporary.close();
    // QFile::rename() does not replace an existing file, so a concurrent creator wins cleanly.
    if (!QFile::rename(temporary.fileName(), path)) {
        if (QFile::exists(path))
            return CreateResult::AlreadyExists;
        return unexpected(QStringLiteral("cannot create %1").arg(path));
    }
    temporary.setAutoRemove(false);
    return CreateResult::Created;
}

} // namespace gatehouse
