#include "ModerationService.h"

#include "SessionRegistry.h"
#include "core/server/Namespace.h"
#include "core/server/Socket.h"
#include "core/server/SocketClient.h"
#include "core/store/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcModeration, "gatehouse.moderation", QtInfoMsg)

namespace gatehouse {

namespace {

constexpr int MaximumReasonLength = 500;

int rank(const QString &role)
{
    if (role == QLatin1StringView("admin"))
        return 2;
    if (role == QLatin1StringView("moderator"))
        return 1;
    return 0;
}

QString cleanReason(const QString &reason)
{
    return reason.trimmed().left(MaximumReasonLength);
}

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

ModerationService::ModerationService(Store &store, SessionRegistry &registry, const Clock *clock,
                                     QObject *parent)
    : QObject(parent), m_store(store), m_registry(registry), m_clock(clock), m_lifts(store, clock, this)
{
    connect(&m_lifts, &SuspensionLifts::lifted, this, &ModerationService::userStatusChanged);
    liftEndedSuspensions();
}

ModerationService::~ModerationService() = default;

QString ModerationService::roleOf(const QString &userId) const
{
    if (auto user = m_store.users().findById(userId); user && *user)
        return roleToString((*user)->role);
    // Users of an identity provider exist only in their tokens.
    if (const auto connected = m_registry.user(userId))
        return connected->role;
    return {};
}

Expected<void, ModerationError> ModerationService::checkPermission(const ModerationActor &actor,
                                                                   const QString &targetUserId,
                                                                   const QString &targetRole) const
{
    const int actorRank = rank(roleToString(actor.role));
    if (actorRank == 0)
        return unexpected(ModerationError::forbidden(QStringLiteral(
            "Only moderators and admins can do this. Ask an admin to give you the moderator role.")));
    if (!targetUserId.isEmpty() && actorRank < 2 && rank(targetRole) >= 2)
        return unexpected(ModerationError::forbidden(
            QStringLiteral("Moderators cannot act on admins. Ask another admin to do it.")));
    return {};
}

Expected<qint64, ModerationError> ModerationService::record(const QString &type, const ModerationActor &actor,
                                                            const QString &userId, const QJsonObject &details)
{
    auto entry = m_store.audit().append(type, actor.userId, userId, actor.address, details);
    if (!entry)
        return unexpected(ModerationError::serverError(entry.error()));
    return entry->id;
}

QJsonObject ModerationService::kickNotice(const ModerationActor &actor, const QString &reason) const
{
    return {
        {QStringLiteral("code"), QStringLiteral("kicked")},
        {QStringLiteral("reason"), reason.isEmpty() ? QStringLiteral("Disconnected by a moderator") : reason},
        {QStringLiteral("by"), actor.name}};
}

int ModerationService::disconnect(const QList<Socket *> &sockets, const QJsonObject &notice,
                                  const QString &reason)
{
    // Guarded: disconnecting one socket must not leave the others dangling.
    QList<QPointer<Socket>> targets;
    for (Socket *socket : sockets)
        targets.append(socket);
    int count = 0;
    for (const QPointer<Socket> &socket : std::as_const(targets)) {
        if (!socket || !socket->isConnected())
            continue;
        socket->emit(QStringLiteral("forceDisconnect"), {notice});
        socket->disconnect(false, reason);
        ++count;
    }
    return count;
}

Expected<ModerationService::KickResult, ModerationError>
ModerationService::kickSocket(const ModerationActor &actor, const QString &socketId, const QString &reason)
{
    const auto info = m_registry.socket(socketId);
    if (!info)
        return unexpected(ModerationError::notFound(
            QStringLiteral("No socket %1 is connected; it may have left already. Refresh the list.")
                .arg(socketId)));
    if (auto allowed = checkPermission(actor, info->userId, roleOf(info->userId)); !allowed)
        return unexpected(allowed.error());
    const QString why = cleanReason(reason);
    auto audit = record(QStringLiteral("kick.socket"), actor, info->userId,
                        {{QStringLiteral("socketId"), socketId},
                         {QStringLiteral("deviceId"), info->deviceId},
                         {QStringLiteral("nsp"), info->nsp},
                         {QStringLiteral("reason"), why}});
    if (!audit)
        return unexpected(audit.error());
    const int count
        = disconnect({m_registry.findSocket(socketId)}, kickNotice(actor, why), QStringLiteral("kicked"));
    qCInfo(lcModeration).noquote() << actor.name << "kicked socket" << socketId;
    return KickResult {count, *audit};
}

Expected<ModerationService::KickResult, ModerationError>
ModerationService::kickDevice(const ModerationActor &actor, const QString &userId, const QString &deviceId,
                              const QString &reason)
{
    if (deviceId.isEmpty())
        return unexpected(ModerationError::badRequest(QStringLiteral("Say which device to disconnect.")));
    if (auto allowed = checkPermission(actor, userId, roleOf(userId)); !allowed)
        return unexpected(allowed.error());
    const QList<Socket *> sockets = m_registry.socketsOf(userId, deviceId);
    if (sockets.isEmpty())
        return unexpected(ModerationError::notFound(QStringLiteral(
            "That device has no connection now; it may have left already. Refresh the list.")));
    const QString why = cleanReason(reason);
    auto audit = record(QStringLiteral("kick.device"), actor, userId,
                        {{QStringLiteral("deviceId"), deviceId},
                         {QStringLiteral("sockets"), int(sockets.size())},
                         {QStringLiteral("reason"), why}});
    if (!audit)
        return unexpected(audit.error());
    const int count = disconnect(sockets, kickNotice(actor, why), QStringLiteral("kicked"));
    qCInfo(lcModeration).noquote() << actor.name << "kicked device" << deviceId << "of user" << userId;
    return KickResult {count, *audit};
}

Expected<ModerationService::KickResult, ModerationError>
ModerationService::kickUser(const ModerationActor &actor, const QString &userId, const QString &reason)
{
    if (auto allowed = checkPermission(actor, userId, roleOf(userId)); !allowed)
        return unexpected(allowed.error());
    const QList<Socket *> sockets = m_registry.socketsOf(userId);
    if (sockets.isEmpty())
        return unexpected(ModerationError::notFound(
            QStringLiteral("That user has no connection now; nothing to disconnect.")));
    const QString why = cleanReason(reason);
    auto audit = record(QStringLiteral("kick.user"), actor, userId,
                        {{QStringLiteral("sockets"), int(sockets.size())}, {QStringLiteral("reason"), why}});
    if (!audit)
        return unexpected(audit.error());
    const int count = disconnect(sockets, kickNotice(actor, why), QStringLiteral("kicked"));
    qCInfo(lcModeration).noquote() << actor.name << "kicked user" << userId << "on" << count << "sockets";
    return KickResult {count, *audit};
}

Expected<ModerationService::SelectionKickResult, ModerationError>
ModerationService::kickSockets(const ModerationActor &actor, const QList<Socket *> &sockets,
                               const QString &reason, bool closeConnections)
{
    if (auto allowed = checkPermission(actor, {}, {}); !allowed)
        return unexpected(allowed.error());
    QList<Socket *> chosen;
    QSet<Socket *> seen;
    const auto consider = [&](Socket *socket) {
        if (socket && socket->isConnected() && !seen.contains(socket)) {
            seen.insert(socket);
            chosen.append(socket);
        }
    };
    for (Socket *socket : sockets) {
        consider(socket);
        if (closeConnections && socket && socket->client()) {
            const QList<Socket *> siblings = socket->client()->sockets();
            for (Socket *sibling : siblings)
                consider(sibling);
        }
    }
    SelectionKickResult result;
    QHash<QString, bool> mayActOn; // by user id ("" for anonymous sockets)
    QMap<QString, QJsonArray> socketIdsByUser;
    QList<Socket *> targets;
    QSet<SocketClient *> untouchable; // a connection with a refused socket stays open
    for (Socket *socket : std::as_const(chosen)) {
        const auto info = m_registry.socket(socket->id());
        const QString userId = info ? info->userId : QString();
        auto known = mayActOn.constFind(userId);
        if (known == mayActOn.cend())
            known = mayActOn.insert(userId, checkPermission(actor, userId, roleOf(userId)).hasValue());
        if (!*known) {
            ++result.refused;
            untouchable.insert(socket->client());
            continue;
        }
        socketIdsByUser[userId].append(socket->id());
        targets.append(socket);
    }
    const QString why = cleanReason(reason);
    for (auto it = socketIdsByUser.cbegin(); it != socketIdsByUser.cend(); ++it) {
        auto audit = record(QStringLiteral("kick.socket"), actor, it.key(),
                            {{QStringLiteral("socketIds"), it.value()},
                             {QStringLiteral("sockets"), int(it.value().size())},
                             {QStringLiteral("closeConnection"), closeConnections},
                             {QStringLiteral("reason"), why}});
        if (!audit)
            return unexpected(audit.error());
    }
    QList<QPointer<SocketClient>> clients;
    for (Socket *socket : std::as_const(targets)) {
        if (closeConnections && socket->client() && !untouchable.contains(socket->client())
            && !clients.contains(socket->client()))
            clients.append(socket->client());
    }
    result.sockets = disconnect(targets, kickNotice(actor, why), QStringLiteral("kicked"));
    for (const QPointer<SocketClient> &client : std::as_const(clients)) {
        if (client)
            client->close(QStringLiteral("kicked"));
    }
    qCInfo(lcModeration).noquote() << actor.name << "kicked" << result.sockets << "selected sockets;"
                                   << result.refused << "refused";
    return result;
}

Expected<std::pair<User, int>, ModerationError> ModerationService::suspend(const ModerationActor &actor,
                                                                           const QString &userId,
                                                                           const QString &reason,
                                                                           const QDateTime &until)
{
    auto found = m_store.users().findById(userId);
    if (!found)
        return unexpected(ModerationError::serverError(found.error()));
    if (!*found)
        return unexpected(ModerationError::notFound(
            QStringLiteral(
                "No account %1 in this server's store. Users of an identity provider are suspended "
                "there; kick them here.")
                .arg(userId)));
    if (auto allowed = checkPermission(actor, userId, roleToString((*found)->role)); !allowed)
        return unexpected(allowed.error());
    if (!actor.isLocal() && actor.userId == userId)
        return unexpected(ModerationError::badRequest(QStringLiteral("You cannot suspend yourself.")));
    const QString why = cleanReason(reason);
    if (why.isEmpty())
        return unexpected(ModerationError::badRequest(
            QStringLiteral("Give a reason: the user sees it, and it goes into the audit log.")));
    const QDateTime now = m_clock->now();
    if (until.isValid() && until <= now)
        return unexpected(
            ModerationError::badRequest(QStringLiteral("The end of the suspension is in the past.")));

    int revoked = 0;
    const auto done = m_store.database().transaction([&]() -> Expected<void, QString> {
        if (auto changed = m_store.users().suspend(userId, why, until); !changed)
            return unexpected(changed.error());
        auto tokens = m_store.refreshTokens().revokeAllForUser(userId);
        if (!tokens)
            return unexpected(tokens.error());
        revoked = *tokens;
        auto entry
            = m_store.audit().append(QStringLiteral("user.suspended"), actor.userId, userId, actor.address,
                                     {{QStringLiteral("reason"), why},
                                      {QStringLiteral("until"), timeOrNull(until)},
                                      {QStringLiteral("revokedRefreshTokens"), revoked}});
        if (!entry)
            return unexpected(entry.error());
        return {};
    });
    if (!done)
        return unexpected(ModerationError::serverError(done.error()));

    const QJsonObject notice {{QStringLiteral("code"), QStringLiteral("account_suspended")},
                              {QStringLiteral("reason"), why},
                              {QStringLiteral("until"), timeOrNull(until)},
                              {QStringLiteral("by"), actor.name}};
    // Before the disconnects: a console then learns of the suspension before the user's sessions
    // go, and keeps the user listed (with a badge) instead of dropping and re-adding the row.
    Q_EMIT userStatusChanged(userId);
    const int count = disconnect(m_registry.socketsOf(userId), notice, QStringLiteral("account suspended"));
    qCInfo(lcModeration).noquote() << actor.name << "suspended user" << userId
                                   << (until.isValid()
                                           ? QStringLiteral("until ") + until.toString(Qt::ISODate)
                                           : QStringLiteral("indefinitely"))
                                   << "- disconnected" << count << "sockets, revoked" << revoked
                                   << "refresh tokens";
    m_lifts.reschedule();
    auto current = m_store.users().findById(userId);
    User user = (current && *current) ? **current : **found;
    return std::pair<User, int> {user, count};
}

Expected<User, ModerationError> ModerationService::unsuspend(const ModerationActor &actor,
                                                             const QString &userId)
{
    auto found = m_store.users().findById(userId);
    if (!found)
        return unexpected(ModerationError::serverError(found.error()));
    if (!*found)
        return unexpected(
            ModerationError::notFound(QStringLiteral("No account %1 in this server's store.").arg(userId)));
    if (auto allowed = checkPermission(actor, userId, roleToString((*found)->role)); !allowed)
        return unexpected(allowed.error());
    if ((*found)->status != UserStatus::Suspended)
        return **found; // nothing to do: not an error, the wish is fulfilled
    const auto done = m_store.database().transaction([&]() -> Expected<void, QString> {
        if (auto changed = m_store.users().unsuspend(userId); !changed)
            return unexpected(changed.error());
        auto entry
            = m_store.audit().append(QStringLiteral("user.unsuspended"), actor.userId, userId, actor.address,
                                     {{QStringLiteral("previousReason"), (*found)->suspendedReason}});
        if (!entry)
            return unexpected(entry.error());
        return {};
    });
    if (!done)
        return unexpected(ModerationError::serverError(done.error()));
    qCInfo(lcModeration).noquote() << actor.name << "lifted the suspension of user" << userId;
    m_lifts.reschedule();
    Q_EMIT userStatusChanged(userId);
    auto now = m_store.users().findById(userId);
    return (now && *now) ? **now : **found;
}

Expected<ModerationService::RoleChange, ModerationError>
ModerationService::setRole(const ModerationActor &actor, const QString &userId, Role role,
                           const QString &reason)
{
    if (actor.role != Role::Admin)
        return unexpected(ModerationError::forbidden(
            QStringLiteral("Only admins can change roles. Ask an admin to do it.")));
    if (!actor.isLocal() && actor.userId == userId)
        return unexpected(ModerationError::forbidden(
            QStringLiteral("You cannot change your own role. Ask another admin to do it.")));
    auto found = m_store.users().findById(userId);
    if (!found)
        return unexpected(ModerationError::serverError(found.error()));
    if (!*found)
        return unexpected(ModerationError::notFound(
            QStringLiteral("No account %1 in this server's store. Users of an identity provider get "
                           "their role there.")
                .arg(userId)));
    const User before = **found;
    if (before.role == role)
        return RoleChange {before, before.role, 0, 0}; // nothing to do: the wish is fulfilled
    const QString why = cleanReason(reason);

    // The count and the change in one write transaction: two admins demoting each other at once
    // (or the command line beside the server) cannot leave the server without an admin.
    bool lastAdmin = false;
    qint64 auditId = 0;
    const auto done = m_store.database().transaction([&]() -> Expected<void, QString> {
        if (before.role == Role::Admin) {
            auto users = m_store.users().list();
            if (!users)
                return unexpected(users.error());
            const QDateTime now = m_clock->now();
            lastAdmin = std::none_of(users->cbegin(), users->cend(), [&](const User &user) {
                return user.id != userId && user.role == Role::Admin && !user.isSuspendedAt(now);
            });
            if (lastAdmin)
                return unexpected(QStringLiteral("last admin"));
        }
        if (auto changed = m_store.users().setRole(userId, role); !changed)
            return unexpected(changed.error());
        auto entry = m_store.audit().append(AuditLog::RoleChanged, actor.userId, userId, actor.address,
                                            {{QStringLiteral("username"), before.username},
                                             {QStringLiteral("previousRole"), roleToString(before.role)},
                                             {QStringLiteral("role"), roleToString(role)},
                                             {QStringLiteral("reason"), why}});
        if (!entry)
            return unexpected(entry.error());
        auditId = entry->id;
        return {};
    });
    if (lastAdmin)
        return unexpected(ModerationError::conflict(
            QStringLiteral("%1 is the last active admin. Make another account admin first.")
                .arg(before.username)));
    if (!done)
        return unexpected(ModerationError::serverError(done.error()));

    const int count = applyRole(actor, userId, role, why);
    qCInfo(lcModeration).noquote() << actor.name << "changed the role of user" << userId << "from"
                                   << roleToString(before.role) << "to" << roleToString(role)
                                   << "- disconnected" << count << "sockets";
    Q_EMIT userRoleChanged(userId);
    auto now = m_store.users().findById(userId);
    User user = (now && *now) ? **now : before;
    user.role = role;
    return RoleChange {user, before.role, count, auditId};
}

int ModerationService::applyRole(const ModerationActor &actor, const QString &userId, Role role,
                                 const QString &reason)
{
    // Sockets keep the role of their handshake in socket.data; the namespaces the new role still
    // admits get the new one (so /admin's commands see a demoted admin as a moderator), the
    // others are shown the door.
    const QString name = roleToString(role);
    QList<Socket *> refused;
    const QList<Socket *> sockets = m_registry.socketsOf(userId);
    for (Socket *socket : sockets) {
        if (!NamespaceRules::admits(m_rules.policyFor(socket->nsp()->name()), name)) {
            refused.append(socket);
            continue;
        }
        QVariantMap user = socket->data().value(QStringLiteral("user")).toMap();
        user.insert(QStringLiteral("role"), name);
        socket->data().insert(QStringLiteral("user"), user);
    }
    m_registry.setUserRole(userId, name);
    const QJsonObject notice {
        {QStringLiteral("code"), QStringLiteral("forbidden")},
        {QStringLiteral("reason"),
         reason.isEmpty() ? QStringLiteral("Your role changed to %1.").arg(name) : reason},
        {QStringLiteral("role"), name},
        {QStringLiteral("by"), actor.name}};
    return disconnect(refused, notice, QStringLiteral("role changed"));
}

void ModerationService::liftEndedSuspensions()
{
    m_lifts.liftEnded();
}

} // namespace gatehouse
