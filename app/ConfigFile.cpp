#include "ConfigFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace gatehouse::app {

QCommandLineOption ConfigFile::option()
{
    return QCommandLineOption(
        QStringLiteral("config"),
        QCoreApplication::translate("ConfigFile",
                                    "Read settings from <file> (INI). Default: gatehouse.conf in the "
                                    "user's config folder, else /etc/gatehouse/gatehouse.conf."),
        QCoreApplication::translate("ConfigFile", "file"));
}

QString ConfigFile::path(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return parser.isSet(option) ? parser.value(option) : defaultPath();
}

QString ConfigFile::defaultPath()
{
    const QString user
        = QStandardPaths::locate(QStandardPaths::AppConfigLocation, QStringLiteral("gatehouse.conf"));
    if (!user.isEmpty())
        return user;
    const QString system = QStringLiteral("/etc/gatehouse/gatehouse.conf");
    return QFileInfo::exists(system) ? system : QString();
}

} // namespace gatehouse::app
