#include "JwtSignatureCache.h"

#include <QCryptographicHash>
#include <QMutexLocker>

namespace gatehouse {

QByteArray JwtSignatureCache::digest(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

qsizetype JwtSignatureCache::find(QByteArrayView token) const
{
    if (m_capacity <= 0)
        return -1;
    const QByteArray key = digest(token);
    const QMutexLocker locker(&m_mutex);
    return m_keyIndex.value(key, -1);
}

void JwtSignatureCache::insert(QByteArrayView token, qsizetype keyIndex)
{
    if (m_capacity <= 0)
        return;
    const QByteArray key = digest(token);
    const QMutexLocker locker(&m_mutex);
    if (m_keyIndex.contains(key))
        return;
    while (m_order.size() >= m_capacity)
        m_keyIndex.remove(m_order.dequeue());
    m_keyIndex.insert(key, keyIndex);
    m_order.enqueue(key);
}

} // namespace gatehouse
