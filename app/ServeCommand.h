// `gatehouse serve`: the headless server, configured by file and options, stopped by signals.
#pragma once

#include <QStringList>

namespace gatehouse::app {

class ServeCommand {
public:
    // `arguments` starts with "serve".
    static int run(const QStringList &arguments);
};

} // namespace gatehouse::app
