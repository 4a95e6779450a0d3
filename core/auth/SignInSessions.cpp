#include "SignInSessions.h"

#include "SecureRandom.h"

#include <QCryptographicHash>

namespace gatehouse {

SignInSessions::SignInSessions(const Clock *clock, std::chrono::seconds lifetime, qsizetype capacity)
    : m_clock(clock), m_lifetime(lifetime), m_capacity(qMax<qsizetype>(1, capacity))
{
}

QByteArray SignInSessions::keyOf(const QString &sessionId)
{
    // Hashed, so that the lookup's timing says nothing about the ids we hold.
    return QCryptographicHash::hash(sessionId.toUtf8(), QCryptographicHash::Sha256);
}

QString SignInSessions::create(const QString &userId)
{
    const qint64 now = m_clock->nowMs();
    dropExpired(now);
    while (m_sessions.size() >= m_capacity && !m_byExpiry.isEmpty())
        remove(m_byExpiry.first());
    const QString id = QString::fromLatin1(SecureRandom::bytes(16).toHex());
    const QByteArray key = keyOf(id);
    const qint64 expiresAt = now + std::chrono::milliseconds(m_lifetime).count();
    m_sessions.insert(key, Entry {userId, expiresAt});
    m_byExpiry.insert(expiresAt, key);
    return id;
}

std::optional<QString> SignInSessions::userOf(const QString &sessionId)
{
    if (sessionId.size() != 32)
        return std::nullopt;
    dropExpired(m_clock->nowMs());
    const auto it = m_sessions.constFind(keyOf(sessionId));
    if (it == m_sessions.cend())
        return std::nullopt;
    return it->userId;
}

void SignInSessions::endAllOf(const QString &userId)
{
    QList<QByteArray> keys;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it->userId == userId)
            keys.append(it.key());
    }
    for (const QByteArray &key : std::as_const(keys))
        remove(key);
}

void SignInSessions::remove(const QByteArray &key)
{
    const auto it = m_sessions.find(key);
    if (it == m_sessions.end())
        return;
    m_byExpiry.remove(it->expiresAtMs, key);
    m_sessions.erase(it);
}

void SignInSessions::dropExpired(qint64 nowMs)
{
    while (!m_byExpiry.isEmpty() && m_byExpiry.firstKey() <= nowMs)
        remove(m_byExpiry.first());
}

} // namespace gatehouse
