#include "RemoteCommand.h"

#include "ExitCode.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace gatehouse::app {

int RemoteCommand::report(const QString &name, const AdminClient::Failure &failure)
{
    return report(name, failure.exitCode, failure.message);
}

int RemoteCommand::report(const QString &name, int exitCode, const QString &message)
{
    QTextStream(stderr) << name << QLatin1StringView(": ") << message << Qt::endl;
    return exitCode;
}

int RemoteCommand::run(const QString &name, AdminClient::Settings settings, Work work)
{
    AdminClient client(std::move(settings));
    int exitCode = ExitCode::Failure;
    bool finished = false;
    const Finish finish = [&](int code) {
        if (std::exchange(finished, true))
            return;
        exitCode = code;
        // A moment for Qt's network thread to close the TLS connection it kept alive: a process
        // that ends under it leaves OpenSSL's per-thread state behind (LeakSanitizer reports it).
        client.disconnectFromServer([] { QTimer::singleShot(100, [] { QCoreApplication::exit(); }); });
    };
    // Started from the event loop, so that even an immediate finish() finds it running.
    QTimer::singleShot(0, &client, [&] {
        client.connectToServer([&](Expected<void, AdminClient::Failure> connected) {
            if (!connected) {
                finish(report(name, connected.error()));
                return;
            }
            work(client, finish);
        });
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace gatehouse::app
