#include "PasswordInput.h"

#include <QCoreApplication>
#include <QFile>

namespace gatehouse::app {

Expected<QString, QString> PasswordInput::fromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return unexpected(QCoreApplication::translate("PasswordInput", "cannot read standard input."));
    QByteArray bytes = input.readAll();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.contains('\n')) {
        bytes.fill('\0');
        return unexpected(QCoreApplication::translate(
            "PasswordInput", "--password-stdin expects the password on a single line."));
    }
    QString password = QString::fromUtf8(bytes);
    bytes.fill('\0'); // do not leave it in freed memory longer than needed
    return password;
}

} // namespace gatehouse::app
