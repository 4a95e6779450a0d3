#include "AdminExtensions.h"

#include "ChangeFeed.h"
#include "ModerationService.h"
#include "SessionRegistry.h"
#include "core/server/AckReply.h"
#include "core/server/Namespace.h"
#include "core/server/Socket.h"
#include "core/store/Store.h"

#include <QJsonArray>

namespace gatehouse {

namespace {

QJsonObject failure(const ModerationError &error)
{
    return AckReply::failure(error.code, error.message);
}

int pageSize(const QJsonObject &request)
{
    const int asked = request.value(QStringLiteral("limit")).toInt(AdminExtensions::DefaultPageSize);
    return qBound(1, asked, AdminExtensions::MaximumPageSize);
}

QDateTime parseTime(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

} // namespace

AdminExtensions::AdminExtensions(Store &store, SessionRegistry &registry, ModerationService &moderation)
    : m_store(store), m_registry(registry), m_moderation(moderation)
{
}

void AdminExtensions::install(Namespace &nsp)
{
    nsp.onConnection([this](Socket *socket) { attach(socket); });
}

ModerationActor AdminExtensions::actorOf(const Socket *socket)
{
    const QVariantMap user = socket->data().value(QStringLiteral("user")).toMap();
    const QString username = user.value(QStringLiteral("username")).toString();
    return {user.value(QStringLiteral("id")).toString(),
            username.isEmpty() ? user.value(QStringLiteral("name")).toString() : username,
            roleFromString(user.value(QStringLiteral("role")).toString()).value_or(Role::User),
            socket->handshake().address.toString()};
}

void AdminExtensions::attach(Socket *socket)
{
    // Each command: parse the request object, answer through the ack (commands without one
    // are ignored: there is nobody to tell the result to).
    const auto command = [socket](const QString &name, std::function<QJsonObject(const QJsonObject &)> run) {
        socket->on(name, [run = std::move(run)](const Arguments &args, const Ack &ack) {
            if (!ack.isRequested())
                return;
            const QJsonValue request = args.value(0).toJson();
            if (!request.isObject() && !request.isUndefined() && !request.isNull()) {
                ack({AckReply::failure(QStringLiteral("bad_request"),
                                       QStringLiteral("Send the command's arguments as one JSON object."))});
                return;
            }
            ack({run(request.toObject())});
        });
    };
    command(QStringLiteral("gatehouse:subscribe"),
            [this, socket](const QJsonObject &r) { return subscribe(socket, r); });
    command(QStringLiteral("gatehouse:sessions"), [this](const QJsonObject &r) { return sessions(r); });
    command(QStringLiteral("gatehouse:account"), [this](const QJsonObject &r) { return account(r); });
    command(QStringLiteral("gatehouse:accounts"), [this](const QJsonObject &r) { return accounts(r); });
    command(QStringLiteral("gatehouse:audit"), [this](const QJsonObject &r) { return audit(r); });
    command(QStringLiteral("gatehouse:kick"),
            [this, socket](const QJsonObject &r) { return kick(actorOf(socket), r); });
    command(QStringLiteral("gatehouse:suspend"),
            [this, socket](const QJsonObject &r) { return suspend(actorOf(socket), r); });
    command(QStringLiteral("gatehouse:unsuspend"),
            [this, socket](const QJsonObject &r) { return unsuspend(actorOf(socket), r); });
    command(QStringLiteral("gatehouse:role"),
            [this, socket](const QJsonObject &r) { return role(actorOf(socket), r); });
}

QJsonObject AdminExtensions::subscribe(Socket *socket, const QJsonObject &request)
{
    if (!socket->findChild<ChangeFeed *>(QString(), Qt::FindDirectChildrenOnly)) {
        const int rate
            = request.value(QStringLiteral("batchesPerSecond")).toInt(ChangeFeed::DefaultBatchesPerSecond);
        // The store, not `this`: the feed lives with the socket, which may outlast the extensions.
        auto *feed = new ChangeFeed(m_registry, socket, qBound(1, rate, ChangeFeed::DefaultBatchesPerSecond),
                                    [&store = m_store](const QString &userId) {
                                        const auto found = store.users().findById(userId);
                                        return (found && *found) ? (**found).toJson() : QJsonObject();
                                    });
        QObject::connect(&m_moderation, &ModerationService::userStatusChanged, feed,
                         &ChangeFeed::markAccount);
    }
    return AckReply::ok({{QStringLiteral("users"), double(m_registry.userCount())},
                         {QStringLiteral("devices"), double(m_registry.deviceCount())},
                         {QStringLiteral("sockets"), double(m_registry.socketCount())}});
}

QJsonObject AdminExtensions::sessions(const QJsonObject &request) const
{
    // Pages of users (ordered by username, then id) with their devices and sockets; the cursor
    // is the position after the last user of the previous page.
    const QList<UserInfo> users = m_registry.users();
    const int start = qBound(0, request.value(QStringLiteral("cursor")).toInt(0), int(users.size()));
    const int end = qMin(int(users.size()), start + pageSize(request));
    QJsonArray page;
    for (int i = start; i < end; ++i) {
        QJsonObject user = users.at(i).toJson();
        QJsonArray devices;
        const QList<DeviceInfo> userDevices = m_registry.devices(users.at(i).id);
        for (const DeviceInfo &device : userDevices) {
            QJsonObject entry = device.toJson();
            QJsonArray sockets;
            for (const QString &id : device.socketIds) {
                if (const auto socket = m_registry.socket(id))
                    sockets.append(socket->toJson());
            }
            entry.insert(QStringLiteral("sockets"), sockets);
            devices.append(entry);
        }
        user.insert(QStringLiteral("devices"), devices);
        page.append(user);
    }
    return AckReply::ok(
        {{QStringLiteral("users"), page},
         {QStringLiteral("total"), int(users.size())},
         {QStringLiteral("nextCursor"), end < users.size() ? QJsonValue(end) : QJsonValue()}});
}

QString AdminExtensions::resolveUser(const QJsonObject &request) const
{
    const QString id = request.value(QStringLiteral("userId")).toString();
    if (!id.isEmpty())
        return id;
    const QString username = request.value(QStringLiteral("username")).toString();
    if (username.isEmpty())
        return {};
    const auto found = m_store.users().findByUsername(username);
    return (found && *found) ? (*found)->id : QString();
}

QJsonObject AdminExtensions::account(const QJsonObject &request) const
{
    const QString userId = resolveUser(request);
    if (userId.isEmpty())
        return AckReply::failure(QStringLiteral("not_found"),
                                 QStringLiteral("No such user. Check the name."));
    QJsonObject body;
    const auto found = m_store.users().findById(userId);
    if (!found)
        return failure(ModerationError::serverError(found.error()));
    if (*found)
        body.insert(QStringLiteral("account"), (*found)->toJson());
    if (const auto live = m_registry.user(userId)) {
        QJsonObject user = live->toJson();
        QJsonArray devices;
        const QList<DeviceInfo> userDevices = m_registry.devices(userId);
        for (const DeviceInfo &device : userDevices)
            devices.append(device.toJson());
        user.insert(QStringLiteral("devices"), devices);
        body.insert(QStringLiteral("live"), user);
    }
    if (body.isEmpty())
        return AckReply::failure(QStringLiteral("not_found"),
                                 QStringLiteral("No such user. Check the name."));
    AuditQuery query;
    query.userId = userId;
    query.limit = 20;
    const auto entries = m_store.audit().query(query);
    QJsonArray recent;
    if (entries) {
        for (const AuditEntry &entry : *entries)
            recent.append(entry.toJson());
    }
    body.insert(QStringLiteral("recentAudit"), recent);
    return AckReply::ok(body);
}

QJsonObject AdminExtensions::accounts(const QJsonObject &request) const
{
    auto users = m_store.users().list();
    if (!users)
        return failure(ModerationError::serverError(users.error()));
    // {status: "suspended"} lets a console find the suspended accounts without reading them all.
    if (const QJsonValue status = request.value(QStringLiteral("status")); !status.isUndefined()) {
        const auto wanted = statusFromString(status.toString());
        if (!wanted)
            return AckReply::failure(QStringLiteral("bad_request"),
                                     QStringLiteral("\"status\" must be \"active\" or \"suspended\"."));
        users->removeIf([&](const User &user) { return user.status != *wanted; });
    }
    const int start = qBound(0, request.value(QStringLiteral("cursor")).toInt(0), int(users->size()));
    const int end = qMin(int(users->size()), start + pageSize(request));
    QJsonArray page;
    for (int i = start; i < end; ++i) {
        QJsonObject entry = users->at(i).toJson();
        entry.insert(QStringLiteral("connections"), m_registry.connectionCount(users->at(i).id));
        page.append(entry);
    }
    return AckReply::ok(
        {{QStringLiteral("accounts"), page},
         {QStringLiteral("total"), int(users->size())},
         {QStringLiteral("nextCursor"), end < users->size() ? QJsonValue(end) : QJsonValue()}});
}

QJsonObject AdminExtensions::kick(const ModerationActor &actor, const QJsonObject &request)
{
    const QString reason = request.value(QStringLiteral("reason")).toString();
    const QString socketId = request.value(QStringLiteral("socketId")).toString();
    Expected<ModerationService::KickResult, ModerationError> result = unexpected(
        ModerationError::badRequest(QStringLiteral("Say whom to kick: socketId, or userId/username "
                                                   "(and deviceId for one device).")));
    if (!socketId.isEmpty()) {
        result = m_moderation.kickSocket(actor, socketId, reason);
    } else if (const QString userId = resolveUser(request); !userId.isEmpty()) {
        const QString deviceId = request.value(QStringLiteral("deviceId")).toString();
        result = deviceId.isEmpty() ? m_moderation.kickUser(actor, userId, reason)
                                    : m_moderation.kickDevice(actor, userId, deviceId, reason);
    } else if (request.contains(QStringLiteral("username"))) {
        result = unexpected(ModerationError::notFound(QStringLiteral("No such user. Check the name.")));
    }
    if (!result)
        return failure(result.error());
    return AckReply::ok(
        {{QStringLiteral("sockets"), result->sockets}, {QStringLiteral("auditId"), double(result->auditId)}});
}

QJsonObject AdminExtensions::suspend(const ModerationActor &actor, const QJsonObject &request)
{
    const QString userId = resolveUser(request);
    if (userId.isEmpty())
        return AckReply::failure(QStringLiteral("not_found"),
                                 QStringLiteral("No such user. Check the name."));
    QDateTime until;
    if (request.contains(QStringLiteral("until"))) {
        until = parseTime(request.value(QStringLiteral("until")));
        if (!until.isValid() && !request.value(QStringLiteral("until")).isNull())
            return AckReply::failure(
                QStringLiteral("bad_request"),
                QStringLiteral("\"until\" must be an ISO 8601 time such as 2026-12-01T12:00:00Z."));
    } else if (request.contains(QStringLiteral("seconds"))) {
        const qint64 seconds = qint64(request.value(QStringLiteral("seconds")).toDouble());
        if (seconds <= 0)
            return AckReply::failure(QStringLiteral("bad_request"),
                                     QStringLiteral("\"seconds\" must be positive."));
        until = m_moderation.clock()->now().addSecs(seconds);
    }
    const auto result
        = m_moderation.suspend(actor, userId, request.value(QStringLiteral("reason")).toString(), until);
    if (!result)
        return failure(result.error());
    return AckReply::ok(
        {{QStringLiteral("account"), result->first.toJson()}, {QStringLiteral("sockets"), result->second}});
}

QJsonObject AdminExtensions::unsuspend(const ModerationActor &actor, const QJsonObject &request)
{
    const QString userId = resolveUser(request);
    if (userId.isEmpty())
        return AckReply::failure(QStringLiteral("not_found"),
                                 QStringLiteral("No such user. Check the name."));
    const auto result = m_moderation.unsuspend(actor, userId);
    if (!result)
        return failure(result.error());
    return AckReply::ok({{QStringLiteral("account"), result->toJson()}});
}

QJsonObject AdminExtensions::role(const ModerationActor &actor, const QJsonObject &request)
{
    const QString userId = resolveUser(request);
    if (userId.isEmpty())
        return AckReply::failure(QStringLiteral("not_found"),
                                 QStringLiteral("No such user. Check the name."));
    const auto newRole = roleFromString(request.value(QStringLiteral("role")).toString());
    if (!newRole)
        return AckReply::failure(QStringLiteral("bad_request"),
                                 QStringLiteral("\"role\" must be user, moderator or admin."));
    const auto result
        = m_moderation.setRole(actor, userId, *newRole, request.value(QStringLiteral("reason")).toString());
    if (!result)
        return failure(result.error());
    return AckReply::ok({{QStringLiteral("account"), result->user.toJson()},
                         {QStringLiteral("previousRole"), roleToString(result->previousRole)},
                         {QStringLiteral("sockets"), result->sockets},
                         {QStringLiteral("auditId"),
                          result->auditId > 0 ? QJsonValue(double(result->auditId)) : QJsonValue()}});
}

QJsonObject AdminExtensions::audit(const QJsonObject &request) const
{
    AuditQuery query;
    query.userId = resolveUser(request);
    if (query.userId.isEmpty() && request.contains(QStringLiteral("username")))
        return AckReply::failure(QStringLiteral("not_found"),
                                 QStringLiteral("No such user. Check the name."));
    query.actorId = request.value(QStringLiteral("actorId")).toString();
    query.type = request.value(QStringLiteral("type")).toString();
    query.from = parseTime(request.value(QStringLiteral("from")));
    query.to = parseTime(request.value(QStringLiteral("to")));
    query.beforeId = qint64(request.value(QStringLiteral("beforeId")).toDouble());
    query.limit = qBound(1, request.value(QStringLiteral("limit")).toInt(100), AuditLog::MaximumLimit);
    const auto entries = m_store.audit().query(query);
    if (!entries)
        return failure(ModerationError::serverError(entries.error()));
    QJsonArray list;
    for (const AuditEntry &entry : *entries)
        list.append(entry.toJson());
    const bool more = entries->size() == query.limit;
    return AckReply::ok(
        {{QStringLiteral("entries"), list},
         {QStringLiteral("nextBeforeId"), more ? QJsonValue(double(entries->last().id)) : QJsonValue()}});
}

} // namespace gatehouse
