// Lifts timed suspensions when they end: one timer for the earliest end in the store, an audit
// record "user.suspension_ended" for each lift. The ends live in the store, so suspensions that
// ended while the server was down lift at the next start. Lives on the server's thread.
#pragma once

#include "core/Clock.h"

#include <QBasicTimer>
#include <QObject>

namespace gatehouse {

class Store;

class SuspensionLifts : public QObject {
    Q_OBJECT

public:
    SuspensionLifts(Store &store, const Clock *clock, QObject *parent = nullptr);

    // Lifts the suspensions that have ended by now, then waits for the next end.
    void liftEnded();
    // Waits for the earliest end again: call after a suspension was added or lifted by hand.
    void reschedule();

Q_SIGNALS:
    void lifted(const QString &userId);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    Store &m_store;
    const Clock *m_clock;
    QBasicTimer m_timer;
};

} // namespace gatehouse
