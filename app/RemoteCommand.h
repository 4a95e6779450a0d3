// Runs one command against a running server: signs in and joins /admin (AdminClient), hands the
// client to the command's `work`, which ends by calling `finish(exitCode)`, then signs out and
// leaves the event loop. The event loop is the application's own (QCoreApplication::exec), run
// once per process.
#pragma once

#include "AdminClient.h"

#include <functional>

namespace gatehouse::app {

class RemoteCommand {
public:
    using Finish = std::function<void(int exitCode)>;
    using Work = std::function<void(AdminClient &client, const Finish &finish)>;

    // `name` ("gatehouse kick") prefixes the error messages.
    static int run(const QString &name, AdminClient::Settings settings, Work work);

    // Prints "<name>: <message>" on standard error; returns the failure's exit status.
    static int report(const QString &name, const AdminClient::Failure &failure);
    static int report(const QString &name, int exitCode, const QString &message);
};

} // namespace gatehouse::app
