// `gatehouse sessions [--user NAME] [--sockets]`: who is connected to the running server, by
// user and device (or socket), read page by page from `gatehouse:sessions` on /admin.
#pragma once

#include <QStringList>

namespace gatehouse::app {

class SessionsCommand {
public:
    // `arguments` starts with "sessions".
    static int run(const QStringList &arguments);
};

} // namespace gatehouse::app
