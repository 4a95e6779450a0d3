// The exit status of every gatehouse command, the same for all of them so that scripts can rely
// on it; each command's help lists the ones it uses.
#pragma once

namespace gatehouse::app {

enum ExitCode : int {
    Success = 0,
    Failure = 1, // the action failed or was refused (no such user, forbidden, store error)
    UsageError = 2, // the command line or the input given was not acceptable
    Unreachable = 3, // no server answered at the URL (not running, wrong URL, TLS failed)
    SignInFailed = 4, // the server refused the sign-in (wrong password, not a moderator or admin)
};

} // namespace gatehouse::app
