#include "LoginThrottle.h"

#include <algorithm>

namespace gatehouse {

LoginThrottle::LoginThrottle(const Clock *clock)
    : LoginThrottle(defaultUserPolicy(), defaultAddressPolicy(), clock)
{
}

LoginThrottle::LoginThrottle(Policy perUser, Policy perAddress, const Clock *clock)
    : m_userPolicy(perUser), m_addressPolicy(perAddress), m_clock(clock)
{
}

LoginThrottle::Decision LoginThrottle::check(Table &table, const QString &key, const Policy &policy,
                                             qint64 now)
{
    auto it = table.find(key);
    if (it == table.end())
        return {};
    if (now - it->lastFailureMs > policy.forgetAfterMs && now >= it->blockedUntilMs) {
        table.erase(it);
        return {};
    }
    if (now < it->blockedUntilMs)
        return {false, it->locked, it->blockedUntilMs - now};
    return {};
}

LoginThrottle::Decision LoginThrottle::check(const QString &userKey, const QString &address)
{
    const qint64 now = m_clock->nowMs();
    const Decision byUser = check(m_users, userKey, m_userPolicy, now);
    const Decision byAddress = check(m_addresses, address, m_addressPolicy, now);
    if (byUser.allowed && byAddress.allowed)
        return {};
    return {false, byUser.locked || byAddress.locked, std::max(byUser.retryAfterMs, byAddress.retryAfterMs)};
}

void LoginThrottle::fail(Table &table, const QString &key, const Policy &policy, qint64 now)
{
    if (table.size() >= MaxEntries && !table.contains(key))
        prune(table, policy, now);
    Entry &entry = table[key];
    if (entry.failures > 0 && now - entry.lastFailureMs > policy.forgetAfterMs && now >= entry.blockedUntilMs)
        entry = Entry {};
    ++entry.failures;
    entry.lastFailureMs = now;
    if (entry.failures >= policy.lockAfter) {
        entry.locked = true;
        entry.blockedUntilMs = now + policy.lockMs;
    } else if (entry.failures > policy.freeAttempts) {
        const int doublings = std::min(entry.failures - policy.freeAttempts - 1, 30);
        entry.blockedUntilMs = now + std::min(policy.maxDelayMs, policy.baseDelayMs << doublings);
    }
}

void LoginThrottle::recordFailure(const QString &userKey, const QString &address)
{
    const qint64 now = m_clock->nowMs();
    fail(m_users, userKey, m_userPolicy, now);
    fail(m_addresses, address, m_addressPolicy, now);
}

void LoginThrottle::recordSuccess(const QString &userKey)
{
    m_users.remove(userKey);
}

void LoginThrottle::prune(Table &table, const Policy &policy, qint64 now)
{
    for (auto it = table.begin(); it != table.end();) {
        if (now - it->lastFailureMs > policy.forgetAfterMs && now >= it->blockedUntilMs)
            it = table.erase(it);
        else
            ++it;
    }
    // Still full (an active spray): drop the oldest unlocked half rather than grow without bound.
    if (table.size() >= MaxEntries) {
        for (auto it = table.begin(); it != table.end() && table.size() > MaxEntries / 2;) {
            if (!it->locked)
                it = table.erase(it);
            else
                ++it;
        }
    }
}

} // namespace gatehouse
