#include "Store.h"

namespace gatehouse {

Store::Store(std::unique_ptr<Database> database, const Clock *clock)
    : m_database(std::move(database)),
      m_users(*m_database, clock),
      m_refreshTokens(*m_database, clock),
      m_audit(*m_database, clock)
{
}

Expected<std::unique_ptr<Store>, QString> Store::open(const QString &dataDir, const Clock *clock)
{
    auto database = Database::open(dataDir);
    if (!database)
        return unexpected(database.error());
    return std::unique_ptr<Store>(new Store(std::move(*database), clock));
}

} // namespace gatehouse
