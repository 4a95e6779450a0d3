// Which config file a command reads: --config, else the user's gatehouse.conf, else the
// system-wide one. `serve` and the commands that talk to a running server look it up alike, so
// that they find the same address.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace gatehouse::app {

class ConfigFile {
public:
    static QCommandLineOption option();
    // The file --config names, else the first default that exists; empty: none.
    static QString path(const QCommandLineParser &parser, const QCommandLineOption &option);
    static QString defaultPath();
};

} // namespace gatehouse::app
