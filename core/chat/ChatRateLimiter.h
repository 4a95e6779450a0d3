// How fast one user may send: a token bucket per user over all their devices (a burst, then a
// steady rate). A retry of a message already stored does not count (ChatService checks that
// first). Memory stays bounded: buckets that have refilled completely are forgotten, since a
// full bucket and no bucket mean the same.
#pragma once

#include "core/Clock.h"

#include <QHash>
#include <QString>

namespace gatehouse {

class ChatRateLimiter {
public:
    ChatRateLimiter(int burst, int perSecond, const Clock *clock = Clock::system());

    // Takes one token of `key`'s bucket and returns 0, or returns how many ms to wait until one
    // is available (nothing is taken then).
    qint64 take(const QString &key);
    qsizetype trackedKeys() const { return m_buckets.size(); }

private:
    // Credit is counted in thousandths of a message, so that a rate per second refills a whole
    // number of them per millisecond: exact integer arithmetic, no rounding at the boundaries.
    static constexpr qint64 Cost = 1000;
    struct Bucket {
        qint64 credit = 0;
        qint64 updatedMs = 0;
    };

    qint64 refilled(const Bucket &bucket, qint64 nowMs) const;
    void forgetFullBuckets(qint64 nowMs);

    qint64 m_capacity;
    qint64 m_perMs;
    const Clock *m_clock;
    QHash<QString, Bucket> m_buckets;
    qsizetype m_sweepAt = 1024;
};

} // namespace gatehouse
