#include "ChatRateLimiter.h"

namespace gatehouse {

ChatRateLimiter::ChatRateLimiter(int burst, int perSecond, const Clock *clock)
    : m_capacity(qMax(1, burst) * Cost), m_perMs(qMax(1, perSecond)), m_clock(clock)
{
}

qint64 ChatRateLimiter::refilled(const Bucket &bucket, qint64 nowMs) const
{
    // A clock that went back (manual clocks in tests, NTP steps) refills nothing instead of
    // taking credit away. Elapsed time is capped so the product cannot overflow.
    const qint64 elapsed = qBound<qint64>(0, nowMs - bucket.updatedMs, m_capacity);
    return qMin(m_capacity, bucket.credit + elapsed * m_perMs);
}

qint64 ChatRateLimiter::take(const QString &key)
{
    const qint64 now = m_clock->nowMs();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_sweepAt)
            forgetFullBuckets(now);
        it = m_buckets.insert(key, Bucket {m_capacity, now});
    }
    it->credit = refilled(*it, now);
    it->updatedMs = now;
    if (it->credit >= Cost) {
        it->credit -= Cost;
        return 0;
    }
    return (Cost - it->credit + m_perMs - 1) / m_perMs;
}

void ChatRateLimiter::forgetFullBuckets(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (refilled(*it, nowMs) >= m_capacity)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    // Sweeping again only once the map has doubled keeps the cost per message O(1) on average.
    m_sweepAt = qMax<qsizetype>(1024, m_buckets.size() * 2);
}

} // namespace gatehouse
