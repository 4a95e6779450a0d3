// Slows password guessing down: after a few failed logins for one username or from one address,
// each further attempt must wait a growing delay, and after many the key is locked for a while.
// Waiting is never done by sleeping: a blocked attempt is refused with "retry after N ms".
// Username and address are counted separately (an address behind a NAT gets a larger budget).
#pragma once

#include "core/Clock.h"

#include <QHash>
#include <QString>

namespace gatehouse {

class LoginThrottle {
public:
    struct Policy {
        int freeAttempts = 3; // failures before any delay
        qint64 baseDelayMs = 1'000; // first delay; doubles with every further failure
        qint64 maxDelayMs = 30'000;
        int lockAfter = 10; // failures that lock the key
        qint64 lockMs = 15 * 60'000;
        qint64 forgetAfterMs = 60 * 60'000; // a quiet key starts over
    };
    struct Decision {
        bool allowed = true;
        bool locked = false;
        qint64 retryAfterMs = 0;
    };

    explicit LoginThrottle(const Clock *clock = Clock::system());
    LoginThrottle(Policy perUser, Policy perAddress, const Clock *clock = Clock::system());

    // Whether an attempt for `userKey` (the case-folded username) from `address` may proceed now.
    Decision check(const QString &userKey, const QString &address);
    void recordFailure(const QString &userKey, const QString &address);
    // A correct password clears the username's count (the address keeps its own).
    void recordSuccess(const QString &userKey);

    static Policy defaultUserPolicy() { return {}; }
    static Policy defaultAddressPolicy() { return {10, 1'000, 30'000, 50, 15 * 60'000, 60 * 60'000}; }

private:
    struct Entry {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 blockedUntilMs = 0;
        bool locked = false;
    };
    using Table = QHash<QString, Entry>;

    Decision check(Table &table, const QString &key, const Policy &policy, qint64 now);
    void fail(Table &table, const QString &key, const Policy &policy, qint64 now);
    void prune(Table &table, const Policy &policy, qint64 now);

    Policy m_userPolicy;
    Policy m_addressPolicy;
    const Clock *m_clock;
    Table m_users;
    Table m_addresses;
    static constexpr qsizetype MaxEntries = 100'000; // bounds memory under a spray of usernames
};

} // namespace gatehouse
