// Where "now" comes from, so that expiry, throttling and suspensions can be tested without
// waiting: production code takes a Clock (default: Clock::system()), tests pass a ManualClock.
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace gatehouse {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    // The real wall clock (UTC); shared, never null.
    static const Clock *system();
};

class ManualClock : public Clock {
public:
    explicit ManualClock(QDateTime start
                         = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, QTimeZone::utc()))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace gatehouse
