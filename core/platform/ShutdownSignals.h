// Turns the operating system's "please stop" (SIGINT/SIGTERM on POSIX, Ctrl+C / close / shutdown
// on Windows consoles) into a Qt signal delivered on the event loop, where stopping is safe.
#pragma once

#include <QObject>

namespace gatehouse {

class ShutdownSignals : public QObject {
    Q_OBJECT

public:
    // One instance per process; it installs the handlers and removes them when destroyed.
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(const QString &signalName);

private:
    void deliver(int signalNumber);
    struct Private;
    Private *d;
};

} // namespace gatehouse
