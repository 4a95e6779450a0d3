// The `--data-dir` option the commands share, and opening the store with errors that tell the
// operator what to do next.
#pragma once

#include "core/Expected.h"
#include "core/store/Store.h"

#include <QCommandLineOption>

#include <memory>

namespace gatehouse::app {

class AppStore {
public:
    static QCommandLineOption dataDirOption();

    // Opens the store in `dataDir`, or in Database::defaultDataDir() when it is empty.
    static Expected<std::unique_ptr<Store>, QString> open(const QString &dataDir);
};

} // namespace gatehouse::app
