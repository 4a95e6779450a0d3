// POSIX: permission bits decide who may read a file, so they are checked on the open descriptor
// (no window between check and read), and new files are created 0600 from the start.
#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gatehouse {

namespace {

class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) { }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }
    // close() reports delayed write errors (NFS), so a writer checks it.
    bool close()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }

private:
    int m_fd;
};

QString errorText(int error)
{
    return qt_error_string(error);
}

bool writeAll(int fd, const QByteArray &contents)
{
    qsizetype written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.constData() + written, size_t(contents.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return ::fsync(fd) == 0;
}

// Makes the new directory entry durable too, not just the file's bytes.
void syncDirectory(const QByteArray &directory)
{
    const Descriptor fd(::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0)
        ::fsync(fd.get());
}

} // namespace

Expected<std::optional<QByteArray>, QString> PrivateFile::read(const QString &path, qsizetype maxBytes,
                                                               Readers readers)
{
    const QByteArray native = QFile::encodeName(path);
    const Descriptor fd(::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        if (errno == ENOENT)
            return std::optional<QByteArray>();
        return unexpected(QStringLiteral("cannot open %1: %2").arg(path, errorText(errno)));
    }
    struct stat status { };
    if (::fstat(fd.get(), &status) != 0)
        return unexpected(QStringLiteral("cannot inspect %1: %2").arg(path, errorText(errno)));
    if (!S_ISREG(status.st_mode))
        return unexpected(QStringLiteral("%1 is not a regular file").arg(path));
    const mode_t forbidden
        = readers == Readers::GroupMayRead ? mode_t(S_IWGRP | S_IXGRP | S_IRWXO) : mode_t(S_IRWXG | S_IRWXO);
    if ((status.st_mode & forbidden) != 0)
        return unexpected(
            QStringLiteral("%1 holds a secret but other users may access it (mode %2); "
                           "run: chmod %3 %1")
                .arg(path)
                .arg(status.st_mode & 07777, 4, 8, QLatin1Char('0'))
                .arg(readers == Readers::GroupMayRead ? QStringLiteral("640") : QStringLiteral("600")));
    QByteArray contents;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return unexpected(QStringLiteral("cannot read %1: %2").arg(path, errorText(errno)));
        if (n == 0)
            break;
        contents.append(buffer, n);
        if (contents.size() > maxBytes)
            return unexpected(QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(maxBytes));
    }
    return std::optional<QByteArray>(contents);
}

Expected<PrivateFile::CreateResult, QString> PrivateFile::createExclusive(const QString &path,
                                                                          const QByteArray &contents)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory))
        return unexpected(QStringLiteral("cannot create the folder %1").arg(directory));
    const QByteArray native = QFile::encodeName(path);

    // mkostemp() creates the file 0600; the explicit fchmod() guards against odd platforms.
    QByteArray temporary = native + ".XXXXXX";
    Descriptor fd(::mkostemp(temporary.data(), O_CLOEXEC));
    if (fd.get() < 0)
        return unexpected(QStringLiteral("cannot create a file in %1: %2").arg(directory, errorText(errno)));
    if (::fchmod(fd.get(), S_IRUSR | S_IWUSR) != 0 || !writeAll(fd.get(), contents) || !fd.close()) {
        const int error = errno;
        ::unlink(temporary.constData());
        return unexpected(QStringLiteral("cannot write %1: %2").arg(path, errorText(error)));
    }
    // link() never replaces an existing file, unlike rename(): the first writer wins.
    const int linked = ::link(temporary.constData(), native.constData());
    const int linkError = errno;
    ::unlink(temporary.constData());
    if (linked == 0) {
        syncDirectory(QFile::encodeName(directory));
        return CreateResult::Created;
    }
    if (linkError == EEXIST)
        return CreateResult::AlreadyExists;
    if (linkError != EPERM && linkError != ENOTSUP && linkError != EOPNOTSUPP && linkError != EMLINK)
        return unexpected(QStringLiteral("cannot create %1: %2").arg(path, errorText(linkError)));

    // A file system without hard links (some FUSE and network mounts): O_EXCL still never
    // overwrites, though a crash mid-write could leave the file short (it is then refused on read).
    Descriptor direct(::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR));
    if (direct.get() < 0) {
        if (errno == EEXIST)
            return CreateResult::AlreadyExists;
        return unexpected(QStringLiteral("cannot create %1: %2").arg(path, errorText(errno)));
    }
    if (!writeAll(direct.get(), contents) || !direct.close()) {
        const int error = errno;
        ::unlink(native.constData());
        return unexpected(QStringLiteral("cannot write %1: %2").arg(path, errorText(error)));
    }
    syncDirectory(QFile::encodeName(directory));
    return CreateResult::Created;
}

} // namespace gatehouse
