// `gatehouse kick NAME [--device ID | --socket ID] [--reason R]`: disconnects a user from the
// running server, on every device, on one device, or one socket (`gatehouse:kick` on /admin).
// Kicking is "leave now": the user may sign in again; `gatehouse user suspend` keeps them out.
#pragma once

#include <QStringList>

namespace gatehouse::app {

class KickCommand {
public:
    // `arguments` starts with "kick".
    static int run(const QStringList &arguments);
};

} // namespace gatehouse::app
