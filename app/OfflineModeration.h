// The moderation actions on the store directly, for `--offline`: the same ModerationService
// (permissions, transactions, audit records) acting as the local administrator, over a session
// registry of a server that never listens, so there is nobody to disconnect. A running server
// sees the change at the user's next sign-in, refresh or handshake.
#pragma once

#include "core/Expected.h"
#include "core/moderation/ModerationService.h"
#include "core/moderation/SessionRegistry.h"
#include "core/server/Server.h"
#include "core/store/Store.h"

#include <memory>

namespace gatehouse::app {

class OfflineModeration {
public:
    // Opens the store in `dataDir` (empty: the default folder).
    static Expected<std::unique_ptr<OfflineModeration>, QString> open(const QString &dataDir);

    Store &store() { return *m_store; }
    ModerationService &service() { return m_service; }
    // The account named `username`; an error says there is none.
    Expected<User, QString> find(const QString &username) const;

    // What the operator is told after an offline change.
    static QString warning();

private:
    explicit OfflineModeration(std::unique_ptr<Store> store);

    std::unique_ptr<Store> m_store;
    Server m_server;
    SessionRegistry m_registry;
    ModerationService m_service;
};

} // namespace gatehouse::app
