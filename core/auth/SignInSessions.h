// Sessions for sign-ins that keep no token: the Admin UI signs in on /admin with a username and a
// password, and after a page reload sends back the session id we gave it instead of asking for
// the password again. Ids are 128 random bits, kept in memory only (a restart asks for the
// password again), looked up by their SHA-256, and expire a fixed time after the sign-in.
// Lives on the server's thread.
#pragma once

#include "core/Clock.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <chrono>
#include <optional>

namespace gatehouse {

class SignInSessions {
public:
    static constexpr std::chrono::hours DefaultLifetime {24};
    static constexpr qsizetype DefaultCapacity = 10'000;

    explicit SignInSessions(const Clock *clock = Clock::system(),
                            std::chrono::seconds lifetime = DefaultLifetime,
                            qsizetype capacity = DefaultCapacity);

    // A new session for `userId`; the oldest one goes when the capacity is reached.
    QString create(const QString &userId);
    // The user of a live session; nothing for unknown or expired ids.
    std::optional<QString> userOf(const QString &sessionId);
    // Ends every session of the user (password changed, account removed, …).
    void endAllOf(const QString &userId);
    qsizetype size() const { return m_sessions.size(); }

private:
    struct Entry {
        QString userId;
        qint64 expiresAtMs = 0;
    };
    static QByteArray keyOf(const QString &sessionId);
    void remove(const QByteArray &key);
    void dropExpired(qint64 nowMs);

    const Clock *m_clock;
    std::chrono::seconds m_lifetime;
    qsizetype m_capacity;
    QHash<QByteArray, Entry> m_sessions;
    QMultiMap<qint64, QByteArray> m_byExpiry; // oldest first, for eviction and expiry
};

} // namespace gatehouse
