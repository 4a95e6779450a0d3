// POSIX: the handler only writes the signal number to a pipe (async-signal-safe); a
// QSocketNotifier reads it on the event loop.
#include "ShutdownSignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace gatehouse {

namespace {
int g_pipe[2] = {-1, -1};

void handler(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}
} // namespace

struct ShutdownSignals::Private {
    QSocketNotifier *notifier = nullptr;
    struct sigaction previousInt { };
    struct sigaction previousTerm { };
};

ShutdownSignals::ShutdownSignals(QObject *parent) : QObject(parent), d(new Private)
{
    if (::pipe(g_pipe) != 0)
        return;
    for (int fd : g_pipe)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(g_pipe[1], F_SETFL, O_NONBLOCK);
    d->notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(d->notifier, &QSocketNotifier::activated, this, [this] {
        unsigned char byte = 0;
        if (::read(g_pipe[0], &byte, 1) == 1)
            deliver(byte);
    });
    struct sigaction action { };
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &d->previousInt);
    ::sigaction(SIGTERM, &action, &d->previousTerm);
}

ShutdownSignals::~ShutdownSignals()
{
    if (d->notifier) {
        ::sigaction(SIGINT, &d->previousInt, nullptr);
        ::sigaction(SIGTERM, &d->previousTerm, nullptr);
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
    delete d;
}

void ShutdownSignals::deliver(int signalNumber)
{
    Q_EMIT shutdownRequested(signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"));
}

} // namespace gatehouse
