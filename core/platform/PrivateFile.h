// Small files that hold secrets (the JWT signing secret; later TLS keys): read only when no other
// user can read them, created readable by their owner alone and atomically, never overwritten.
// One implementation per OS: PrivateFile_posix.cpp (modes), PrivateFile_windows.cpp (ACLs of the
// user's profile; no mode check there).
#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gatehouse {

class PrivateFile {
public:
    // The file's contents; nullopt when it does not exist. Fails when it is not a regular file,
    // is larger than `maxBytes`, or (POSIX) when its mode gives the group or others any access:
    // the message then says to run "chmod 600 <path>".
    // `readers` GroupMayRead also accepts group read access: TLS keys are commonly 0640 with a
    // group such as Debian's ssl-cert. Others may never have access.
    enum class Readers { OwnerOnly, GroupMayRead };
    static Expected<std::optional<QByteArray>, QString> read(const QString &path, qsizetype maxBytes,
                                                             Readers readers = Readers::OwnerOnly);

    enum class CreateResult { Created, AlreadyExists };
    // Creates `path` (and its missing parent folders) holding `contents`, mode 0600 on POSIX.
    // The file appears complete or not at all (written beside it, flushed, then linked into
    // place), and an existing file is left alone: AlreadyExists, so that of two processes
    // starting at once the second reads what the first wrote.
    static Expected<CreateResult, QString> createExclusive(const QString &path, const QByteArray &contents);
};

} // namespace gatehouse
