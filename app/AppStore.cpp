#include "AppStore.h"

#include <QCoreApplication>
#include <QDir>

namespace gatehouse::app {

QCommandLineOption AppStore::dataDirOption()
{
    return QCommandLineOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate(
            "AppStore", "Keep Gatehouse's data (accounts, sign-ins, audit log) in <folder> (default: %1).")
            .arg(QDir::toNativeSeparators(Database::defaultDataDir())),
        QCoreApplication::translate("AppStore", "folder"));
}

Expected<std::unique_ptr<Store>, QString> AppStore::open(const QString &dataDir)
{
    const QString folder = dataDir.isEmpty() ? Database::defaultDataDir() : dataDir;
    auto store = Store::open(folder);
    if (!store)
        return unexpected(
            QCoreApplication::translate("AppStore",
                                        "cannot open the data folder %1: %2\nFix the cause above, "
                                        "or choose another folder with --data-dir.")
                .arg(QDir::toNativeSeparators(folder), store.error()));
    return std::move(*store);
}

} // namespace gatehouse::app
