#include "ConsoleState.h"

#include <QJsonArray>

namespace gatehouse {

namespace {

using Kind = ConsoleState::Event::Kind;

void report(ConsoleState::Events *events, Kind kind, bool removed, const QString &userId,
            const QString &deviceId = {}, const QString &socketId = {})
{
    if (events)
        events->append({kind, removed, userId, deviceId, socketId});
}

QString text(const QJsonObject &json, QLatin1StringView key)
{
    return json.value(key).toString();
}

} // namespace

const ConsoleState::UserEntry *ConsoleState::user(const QString &userId) const
{
    const auto it = m_users.constFind(userId);
    return it == m_users.cend() ? nullptr : &it->entry;
}

const DeviceInfo *ConsoleState::device(const QString &userId, const QString &deviceId) const
{
    const auto it = m_users.constFind(userId);
    if (it == m_users.cend())
        return nullptr;
    const auto device = it->devices.constFind(deviceId);
    return device == it->devices.cend() ? nullptr : &device->info;
}

const SocketInfo *ConsoleState::socket(const QString &socketId) const
{
    const auto it = m_sockets.constFind(socketId);
    return it == m_sockets.cend() ? nullptr : &*it;
}

QStringList ConsoleState::userIds() const
{
    return m_users.keys();
}

QStringList ConsoleState::deviceIds(const QString &userId) const
{
    const auto it = m_users.constFind(userId);
    return it == m_users.cend() ? QStringList() : it->devices.keys();
}

QStringList ConsoleState::socketIds(const QString &userId, const QString &deviceId) const
{
    const auto it = m_users.constFind(userId);
    if (it == m_users.cend())
        return {};
    const auto device = it->devices.constFind(deviceId);
    return device == it->devices.cend() ? QStringList()
                                        : QStringList(device->sockets.cbegin(), device->sockets.cend());
}

void ConsoleState::applyChange(const QJsonObject &change, Events *events)
{
    const QString op = text(change, QLatin1StringView("op"));
    const QString kind = text(change, QLatin1StringView("kind"));
    const QString id = text(change, QLatin1StringView("id"));
    if (id.isEmpty())
        return;
    const bool upsert = op == QLatin1StringView("upsert");
    if (!upsert && op != QLatin1StringView("remove"))
        return; // an operation of a later protocol version
    const QJsonObject data = change.value(QLatin1StringView("data")).toObject();
    // The change's own ids win over the data's: they are what removals are keyed by.
    const QString userId = text(change, QLatin1StringView("userId"));
    const QString deviceId = text(change, QLatin1StringView("deviceId"));
    if (kind == QLatin1StringView("user")) {
        if (!upsert) {
            removeUser(id, events);
            return;
        }
        UserInfo info = UserInfo::fromJson(data);
        info.id = id;
        upsertUser(info, events);
    } else if (kind == QLatin1StringView("device")) {
        if (!upsert) {
            removeDevice(userId, id, events);
            return;
        }
        DeviceInfo info = DeviceInfo::fromJson(data);
        info.id = id;
        if (!userId.isEmpty())
            info.userId = userId;
        upsertDevice(info, events);
    } else if (kind == QLatin1StringView("socket")) {
        if (!upsert) {
            removeSocket(id, events);
            return;
        }
        SocketInfo info = SocketInfo::fromJson(data);
        info.id = id;
        if (!userId.isEmpty())
            info.userId = userId;
        if (!deviceId.isEmpty())
            info.deviceId = deviceId;
        upsertSocket(info, events);
    } else if (kind == QLatin1StringView("account")) {
        // A removed account is no longer suspended either.
        applyAccount(upsert ? data : QJsonObject {{QStringLiteral("id"), id}}, events);
    }
}

void ConsoleState::applySessionUser(const QJsonObject &user, Events *events)
{
    const UserInfo info = UserInfo::fromJson(user);
    if (info.id.isEmpty())
        return;
    upsertUser(info, events);
    const QJsonArray devices = user.value(QLatin1StringView("devices")).toArray();
    for (const QJsonValue &deviceValue : devices) {
        const QJsonObject deviceJson = deviceValue.toObject();
        DeviceInfo device = DeviceInfo::fromJson(deviceJson);
        if (device.id.isEmpty())
            continue;
        device.userId = info.id;
        upsertDevice(device, events);
        const QJsonArray sockets = deviceJson.value(QLatin1StringView("sockets")).toArray();
        for (const QJsonValue &socketValue : sockets) {
            SocketInfo socket = SocketInfo::fromJson(socketValue.toObject());
            if (socket.id.isEmpty())
                continue;
            socket.userId = info.id;
            socket.deviceId = device.id;
            upsertSocket(socket, events);
        }
    }
}

void ConsoleState::applyAccount(const QJsonObject &account, Events *events)
{
    const QString id = text(account, QLatin1StringView("id"));
    if (id.isEmpty())
        return;
    const bool suspended = text(account, QLatin1StringView("status")) == QLatin1StringView("suspended");
    auto it = m_users.find(id);
    if (!suspended) {
        if (it == m_users.end() || !it->entry.suspended)
            return;
        if (!it->entry.online) {
            eraseUser(id, events);
            return;
        }
        it->entry.suspended = false;
        it->entry.suspendedReason.clear();
        it->entry.suspendedUntil = {};
        report(events, Kind::User, false, id);
        return;
    }
    if (it == m_users.end()) {
        UserNode fresh;
        fresh.entry.info.id = id;
        fresh.entry.info.username = text(account, QLatin1StringView("username"));
        fresh.entry.info.displayName = text(account, QLatin1StringView("displayName"));
        fresh.entry.info.role = text(account, QLatin1StringView("role"));
        it = m_users.insert(id, fresh);
    }
    UserEntry &entry = it->entry;
    entry.suspended = true;
    entry.suspendedReason = text(account, QLatin1StringView("suspendedReason"));
    const QJsonValue until = account.value(QLatin1StringView("suspendedUntil"));
    entry.suspendedUntil
        = until.isString() ? QDateTime::fromString(until.toString(), Qt::ISODateWithMs) : QDateTime();
    report(events, Kind::User, false, id);
}

void ConsoleState::upsertUser(const UserInfo &info, Events *events)
{
    auto it = m_users.find(info.id);
    if (it == m_users.end()) {
        UserNode fresh;
        fresh.entry.info = info;
        fresh.entry.online = true;
        m_users.insert(info.id, fresh);
    } else {
        UserEntry &entry = it->entry;
        // Handshakes of suspended accounts are refused: a suspended user who is back online
        // has been unsuspended, even if the console did not hear of it.
        if (!entry.online && entry.suspended) {
            entry.suspended = false;
            entry.suspendedReason.clear();
            entry.suspendedUntil = {};
        }
        entry.info = info;
        entry.online = true;
    }
    report(events, Kind::User, false, info.id);
}

void ConsoleState::upsertDevice(const DeviceInfo &info, Events *events)
{
    if (info.userId.isEmpty() || info.id.isEmpty())
        return;
    UserNode &user = ensureUser(info.userId, events);
    auto it = user.devices.find(info.id);
    if (it == user.devices.end()) {
        it = user.devices.insert(info.id, DeviceNode {info, {}});
        ++m_deviceCount;
    } else {
        it->info = info;
    }
    report(events, Kind::Device, false, info.userId, info.id);
}

void ConsoleState::upsertSocket(const SocketInfo &info, Events *events)
{
    if (info.userId.isEmpty() || info.deviceId.isEmpty() || info.id.isEmpty())
        return; // anonymous sockets belong to nobody and are not listed
    if (const SocketInfo *known = socket(info.id);
        known && (known->userId != info.userId || known->deviceId != info.deviceId))
        removeSocket(info.id, events);
    UserNode &user = ensureUser(info.userId, events);
    DeviceNode &device = ensureDevice(user, info.deviceId, events);
    device.sockets.insert(info.id);
    m_sockets.insert(info.id, info);
    report(events, Kind::Socket, false, info.userId, info.deviceId, info.id);
}

void ConsoleState::removeUser(const QString &userId, Events *events)
{
    const auto it = m_users.find(userId);
    if (it == m_users.end())
        return;
    dropSessions(*it, events);
    if (!it->entry.suspended) {
        eraseUser(userId, events);
        return;
    }
    UserEntry &entry = it->entry;
    entry.online = false;
    entry.info.connectedAt = {};
    entry.info.deviceCount = 0;
    entry.info.socketCount = 0;
    report(events, Kind::User, false, userId);
}

void ConsoleState::removeDevice(const QString &userId, const QString &deviceId, Events *events)
{
    const auto user = m_users.find(userId);
    if (user == m_users.end())
        return;
    const auto it = user->devices.find(deviceId);
    if (it == user->devices.end())
        return;
    const QSet<QString> sockets = it->sockets;
    for (const QString &socketId : sockets)
        removeSocket(socketId, events);
    user->devices.erase(it);
    --m_deviceCount;
    report(events, Kind::Device, true, userId, deviceId);
}

void ConsoleState::removeSocket(const QString &socketId, Events *events)
{
    const auto it = m_sockets.find(socketId);
    if (it == m_sockets.end())
        return;
    const QString userId = it->userId;
    const QString deviceId = it->deviceId;
    m_sockets.erase(it);
    if (const auto user = m_users.find(userId); user != m_users.end()) {
        if (const auto device = user->devices.find(deviceId); device != user->devices.end())
            device->sockets.remove(socketId);
    }
    report(events, Kind::Socket, true, userId, deviceId, socketId);
}

ConsoleState::UserNode &ConsoleState::ensureUser(const QString &userId, Events *events)
{
    auto it = m_users.find(userId);
    if (it != m_users.end() && it->entry.online)
        return *it;
    if (it == m_users.end()) {
        UserNode fresh;
        fresh.entry.info.id = userId;
        it = m_users.insert(userId, fresh);
    }
    // A session of an offline (suspended) user: see upsertUser() on why that means unsuspended.
    it->entry.online = true;
    it->entry.suspended = false;
    it->entry.suspendedReason.clear();
    it->entry.suspendedUntil = {};
    report(events, Kind::User, false, userId);
    return *it;
}

ConsoleState::DeviceNode &ConsoleState::ensureDevice(UserNode &user, const QString &deviceId, Events *events)
{
    auto it = user.devices.find(deviceId);
    if (it == user.devices.end()) {
        DeviceInfo info;
        info.id = deviceId;
        info.userId = user.entry.info.id;
        it = user.devices.insert(deviceId, DeviceNode {info, {}});
        ++m_deviceCount;
        report(events, Kind::Device, false, info.userId, deviceId);
    }
    return *it;
}

void ConsoleState::dropSessions(UserNode &user, Events *events)
{
    const QStringList devices = user.devices.keys();
    for (const QString &deviceId : devices)
        removeDevice(user.entry.info.id, deviceId, events);
}

void ConsoleState::eraseUser(const QString &userId, Events *events)
{
    const auto it = m_users.find(userId);
    if (it == m_users.end())
        return;
    dropSessions(*it, events);
    m_users.erase(it);
    report(events, Kind::User, true, userId);
}

} // namespace gatehouse
