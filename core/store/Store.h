// Everything persistent in one object: the database and the stores on top of it, opened
// together. What the server and the commands pass around.
//
// Like Database, a Store is used from the thread that opened it.
#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "RefreshTokenStore.h"
#include "UserStore.h"

#include <memory>

namespace gatehouse {

class Store {
public:
    // Opens (creating and migrating as needed) <dataDir>/gatehouse.db; see Database::open.
    static Expected<std::unique_ptr<Store>, QString> open(const QString &dataDir,
                                                          const Clock *clock = Clock::system());

    Database &database() { return *m_database; }
    UserStore &users() { return m_users; }
    RefreshTokenStore &refreshTokens() { return m_refreshTokens; }
    AuditLog &audit() { return m_audit; }

private:
    Store(std::unique_ptr<Database> database, const Clock *clock);

    std::unique_ptr<Database> m_database;
    UserStore m_users;
    RefreshTokenStore m_refreshTokens;
    AuditLog m_audit;
};

} // namespace gatehouse
