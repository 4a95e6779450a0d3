// `gatehouse user suspend|unsuspend|role`: moderation actions on one account, against the
// running server by default (`gatehouse:suspend`, `gatehouse:unsuspend`, `gatehouse:role` on
// /admin: live sockets are disconnected at once), or on the store with --offline (a running
// server notices at the user's next handshake; the command says so).
#pragma once

#include <QStringList>

namespace gatehouse::app {

class ModerationCommand {
public:
    // Each `arguments` starts with the subcommand ("suspend", …).
    static int suspend(const QStringList &arguments);
    static int unsuspend(const QStringList &arguments);
    static int role(const QStringList &arguments);
};

} // namespace gatehouse::app
