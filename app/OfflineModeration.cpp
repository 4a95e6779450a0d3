#include "OfflineModeration.h"

#include "AppStore.h"

#include <QCoreApplication>

namespace gatehouse::app {

OfflineModeration::OfflineModeration(std::unique_ptr<Store> store)
    : m_store(std::move(store)), m_registry(m_server), m_service(*m_store, m_registry)
{
}

Expected<std::unique_ptr<OfflineModeration>, QString> OfflineModeration::open(const QString &dataDir)
{
    auto store = AppStore::open(dataDir);
    if (!store)
        return unexpected(store.error());
    return std::unique_ptr<OfflineModeration>(new OfflineModeration(std::move(*store)));
}

Expected<User, QString> OfflineModeration::find(const QString &username) const
{
    auto found = m_store->users().findByUsername(username);
    if (!found)
        return unexpected(found.error());
    if (!*found)
        return unexpected(
            QCoreApplication::translate("OfflineModeration", "there is no user \"%1\".").arg(username));
    return **found;
}

QString OfflineModeration::warning()
{
    return QCoreApplication::translate(
        "OfflineModeration",
        "warning: changed in the store only. If a server is running, the user's live sessions are not "
        "disconnected until their next handshake; run the command without --offline to act on them now.");
}

} // namespace gatehouse::app
