// `gatehouse user add|list|passwd|remove`: manages accounts directly in the store (the server
// may be running meanwhile; the store is safe to share between processes).
//
// Exit status: 0 done; 1 the action failed (user exists, no such user, store error); 2 the
// command line or the password given was not acceptable.
#pragma once

#include <QStringList>

namespace gatehouse::app {

class UserCommand {
public:
    // `arguments` starts with "user".
    static int run(const QStringList &arguments);
};

} // namespace gatehouse::app
