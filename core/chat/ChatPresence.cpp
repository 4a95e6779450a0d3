#include "ChatPresence.h"

#include "ChatUser.h"
#include "core/moderation/SessionRegistry.h"
#include "core/server/Namespace.h"
#include "core/server/Socket.h"

#include <QSet>

#include <algorithm>

namespace gatehouse {

ChatPresence::ChatPresence(SessionRegistry &registry, Namespace &nsp, QObject *parent)
    : QObject(parent), m_registry(registry), m_nsp(&nsp)
{
    // Users already online when the chat starts are known, not announced.
    const QList<UserInfo> users = registry.users();
    for (const UserInfo &user : users)
        m_announced.insert(user.id, {user.username, user.displayName, user.deviceCount});
    const auto changed = [this](const QString &userId) { update(userId); };
    connect(&registry, &SessionRegistry::userAdded, this, changed);
    connect(&registry, &SessionRegistry::userRemoved, this, changed);
    connect(&registry, &SessionRegistry::deviceAdded, this,
            [this](const QString &userId, const QString &) { update(userId); });
    connect(&registry, &SessionRegistry::deviceRemoved, this,
            [this](const QString &userId, const QString &) { update(userId); });
}

ChatPresence::~ChatPresence() = default;

void ChatPresence::subscribe(Socket *socket)
{
    socket->join(Room);
}

QJsonObject ChatPresence::toJson(const QString &userId, const Announced &state)
{
    return {{QStringLiteral("userId"), userId},
            {QStringLiteral("username"), state.username},
            {QStringLiteral("name"), state.name},
            {QStringLiteral("online"), state.devices > 0},
            {QStringLiteral("devices"), state.devices}};
}

void ChatPresence::update(const QString &userId)
{
    // The registry signals a new user, then its first device (and the reverse on the way out),
    // so comparing with what was announced turns each pair into one event.
    const std::optional<UserInfo> user = m_registry.user(userId);
    const int devices = user ? user->deviceCount : 0;
    const auto it = m_announced.constFind(userId);
    if (devices == (it == m_announced.cend() ? 0 : it->devices))
        return;
    Announced state = it == m_announced.cend() ? Announced {} : *it;
    if (user) {
        state.username = user->username.isEmpty() ? user->displayName : user->username;
        state.name = user->displayName.isEmpty() ? state.username : user->displayName;
    }
    state.devices = devices;
    if (devices == 0)
        m_announced.remove(userId);
    else
        m_announced.insert(userId, state);
    if (m_nsp)
        m_nsp->to(Room).emit(Event, {toJson(userId, state)});
}

QJsonObject ChatPresence::entry(const QString &userId) const
{
    return toJson(userId, m_announced.value(userId));
}

QStringList ChatPresence::sortedByUsername(QStringList ids) const
{
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        const int order
            = m_announced.value(a).username.compare(m_announced.value(b).username, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a < b;
    });
    return ids;
}

QJsonArray ChatPresence::online() const
{
    QJsonArray list;
    const QStringList ids = sortedByUsername(m_announced.keys());
    for (const QString &id : ids)
        list.append(toJson(id, m_announced.value(id)));
    return list;
}

QStringList ChatPresence::usersIn(const QString &room) const
{
    QSet<QString> ids;
    if (m_nsp) {
        const QSet<Socket *> sockets = m_nsp->adapter().members(room);
        for (const Socket *socket : sockets) {
            const QString id = ChatUser::of(socket).id;
            if (m_announced.contains(id))
                ids.insert(id);
        }
    }
    return QStringList(ids.cbegin(), ids.cend());
}

QJsonArray ChatPresence::onlineIn(const QString &room) const
{
    QJsonArray list;
    const QStringList ids = sortedByUsername(usersIn(room));
    for (const QString &id : ids)
        list.append(toJson(id, m_announced.value(id)));
    return list;
}

int ChatPresence::onlineCountIn(const QString &room) const
{
    return int(usersIn(room).size());
}

} // namespace gatehouse
