// Windows: console control events arrive on a separate thread; a queued call brings them to the
// event loop of the object's thread.
#include "ShutdownSignals.h"

#include <QMetaObject>
#include <QPointer>

#include <windows.h>

namespace gatehouse {

namespace {
QPointer<ShutdownSignals> g_instance;

BOOL WINAPI handler(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT
        && type != CTRL_SHUTDOWN_EVENT)
        return FALSE;
    if (ShutdownSignals *instance = g_instance) {
        QMetaObject::invokeMethod(instance, "shutdownRequested", Qt::QueuedConnection,
                                  Q_ARG(QString, QStringLiteral("console %1").arg(type)));
    }
    return TRUE;
}
} // namespace

struct ShutdownSignals::Private { };

ShutdownSignals::ShutdownSignals(QObject *parent) : QObject(parent), d(new Private)
{
    g_instance = this;
    SetConsoleCtrlHandler(handler, TRUE);
}

ShutdownSignals::~ShutdownSignals()
{
    SetConsoleCtrlHandler(handler, FALSE);
    delete d;
}

void ShutdownSignals::deliver(int)
{
}

} // namespace gatehouse
