#include "MemorySecretStore.h"

namespace gatehouse {

MemorySecretStore::MemorySecretStore(QString location, std::optional<QByteArray> secret)
    : m_location(std::move(location)), m_secret(std::move(secret))
{
}

Expected<std::optional<QByteArray>, QString> MemorySecretStore::load()
{
    return m_secret;
}

Expected<QByteArray, QString> MemorySecretStore::storeIfAbsent(const QByteArray &secret)
{
    if (!m_secret)
        m_secret = secret;
    return *m_secret;
}

QString MemorySecretStore::location() const
{
    return m_location;
}

} // namespace gatehouse
