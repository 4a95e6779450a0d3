#include "SessionRegistry.h"

#include "core/server/Server.h"
#include "core/server/Socket.h"
#include "core/server/SocketClient.h"
#include "core/transport/EngineSession.h"

#include <QTimeZone>

#include <algorithm>

namespace gatehouse {

namespace {

QString text(const QVariantMap &map, const char *key)
{
    return map.value(QLatin1StringView(key)).toString();
}

bool containsText(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

SessionRegistry::SessionRegistry(Server &server, QObject *parent) : QObject(parent), m_server(server)
{
    connect(&server, &Server::socketConnected, this, &SessionRegistry::onSocketConnected);
    connect(&server, &Server::socketDisconnected, this, &SessionRegistry::onSocketDisconnected);
    // Sockets that connected before the registry existed.
    const QList<Namespace *> namespaces = server.namespaces();
    for (Namespace *nsp : namespaces) {
        const QList<Socket *> sockets = nsp->fetchSockets();
        for (Socket *socket : sockets) {
            if (socket->isConnected())
                onSocketConnected(socket);
        }
    }
}

SessionRegistry::~SessionRegistry() = default;

void SessionRegistry::onSocketConnected(Socket *socket)
{
    if (m_sockets.contains(socket->id()))
        return;
    const QVariantMap user = socket->data().value(QStringLiteral("user")).toMap();
    const QVariantMap device = socket->data().value(QStringLiteral("device")).toMap();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SocketRecord record {socket, text(user, "id"), text(device, "id"), now, {}};
    if (const SocketClient *client = socket->client(); client && client->session()) {
        const QString id = socket->id();
        connect(client->session(), &EngineSession::upgraded, this, [this, id] { onUpgraded(id); });
    }
    m_sockets.insert(socket->id(), record);

    if (!record.userId.isEmpty()) {
        auto userIt = m_users.find(record.userId);
        const bool newUser = userIt == m_users.end();
        if (newUser) {
            UserRecord fresh;
            fresh.info.id = record.userId;
            fresh.info.username = text(user, "username");
            fresh.info.displayName = text(user, "name");
            fresh.info.role = text(user, "role");
            fresh.info.connectedAt = now;
            userIt = m_users.insert(record.userId, fresh);
        }
        auto deviceIt = userIt->devices.find(record.deviceId);
        const bool newDevice = deviceIt == userIt->devices.end();
        if (newDevice) {
            DeviceRecord fresh;
            fresh.info.id = record.deviceId;
            fresh.info.userId = record.userId;
            fresh.info.guessed = device.value(QStringLiteral("guessed")).toBool();
            fresh.info.name = text(device, "name");
            fresh.info.platform = text(device, "platform");
            fresh.info.appVersion = text(device, "appVersion");
            fresh.info.connectedAt = now;
            deviceIt = userIt->devices.insert(record.deviceId, fresh);
            ++m_deviceCount;
        }
        deviceIt->sockets.insert(socket->id());
        deviceIt->info.userAgent = QString::fromUtf8(socket->handshake().header("user-agent"));
        deviceIt->info.address = socket->handshake().address.toString();
        ++userIt->socketCount;

        if (newUser)
            Q_EMIT userAdded(record.userId);
        if (newDevice)
            Q_EMIT deviceAdded(record.userId, record.deviceId);
        Q_EMIT socketAdded(socket->id());
        if (!newDevice)
            Q_EMIT deviceChanged(record.userId, record.deviceId);
        if (!newUser)
            Q_EMIT userChanged(record.userId);
        return;
    }
    Q_EMIT socketAdded(socket->id());
}

void SessionRegistry::onSocketDisconnected(Socket *socket, const QString &reason)
{
    const auto it = m_sockets.constFind(socket->id());
    if (it == m_sockets.cend())
        return;
    const SocketInfo last = socketInfo(it.key(), *it);
    const SocketRecord record = *it;
    m_sockets.erase(it);
    Q_EMIT socketRemoved(last, reason);
    if (record.userId.isEmpty())
        return;

    const auto userIt = m_users.find(record.userId);
    if (userIt == m_users.end())
        return;
    --userIt->socketCount;
    const auto deviceIt = userIt->devices.find(record.deviceId);
    if (deviceIt != userIt->devices.end()) {
        deviceIt->sockets.remove(last.id);
        if (deviceIt->sockets.isEmpty()) {
            userIt->devices.erase(deviceIt);
            --m_deviceCount;
            Q_EMIT deviceRemoved(record.userId, record.deviceId);
        } else {
            Q_EMIT deviceChanged(record.userId, record.deviceId);
        }
    }
    if (userIt->socketCount <= 0) {
        m_users.erase(userIt);
        Q_EMIT userRemoved(record.userId);
    } else {
        Q_EMIT userChanged(record.userId);
    }
}

void SessionRegistry::setUserRole(const QString &userId, const QString &role)
{
    const auto it = m_users.find(userId);
    if (it == m_users.end() || it->info.role == role)
        return;
    it->info.role = role;
    Q_EMIT userChanged(userId);
}

void SessionRegistry::onUpgraded(const QString &socketId)
{
    const auto it = m_sockets.find(socketId);
    if (it == m_sockets.end())
        return;
    it->upgradedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT socketChanged(socketId);
}

int SessionRegistry::connectionCount(const QString &userId) const
{
    const auto it = m_users.constFind(userId);
    return it == m_users.cend() ? 0 : it->socketCount;
}

SocketInfo SessionRegistry::socketInfo(const QString &id, const SocketRecord &record) const
{
    const Socket *socket = record.socket;
    SocketInfo info;
    info.id = id;
    info.nsp = socket->nsp()->name();
    if (const SocketClient *client = socket->client(); client && client->session())
        info.clientId = client->session()->id();
    info.userId = record.userId;
    info.deviceId = record.deviceId;
    info.transport = socket->transport();
    info.upgradedAt = record.upgradedAt;
    info.address = socket->handshake().address.toString();
    info.userAgent = QString::fromUtf8(socket->handshake().header("user-agent"));
    info.connectedAt = record.connectedAt;
    info.lastActivityAt = QDateTime::fromMSecsSinceEpoch(socket->lastActivityMs(), QTimeZone::utc());
    const QSet<QString> rooms = socket->rooms();
    info.rooms = QStringList(rooms.cbegin(), rooms.cend());
    info.rooms.sort();
    info.packetsIn = socket->packetsIn();
    info.packetsOut = socket->packetsOut();
    info.bytesIn = socket->bytesIn();
    info.bytesOut = socket->bytesOut();
    return info;
}

UserInfo SessionRegistry::userInfo(const UserRecord &record) const
{
    UserInfo info = record.info;
    info.deviceCount = int(record.devices.size());
    info.socketCount = record.socketCount;
    return info;
}

DeviceInfo SessionRegistry::deviceInfo(const DeviceRecord &record) const
{
    DeviceInfo info = record.info;
    info.socketIds = QStringList(record.sockets.cbegin(), record.sockets.cend());
    info.socketIds.sort();
    return info;
}

std::optional<SocketInfo> SessionRegistry::socket(const QString &socketId) const
{
    const auto it = m_sockets.constFind(socketId);
    if (it == m_sockets.cend())
        return std::nullopt;
    return socketInfo(it.key(), *it);
}

std::optional<UserInfo> SessionRegistry::user(const QString &userId) const
{
    const auto it = m_users.constFind(userId);
    if (it == m_users.cend())
        return std::nullopt;
    return userInfo(*it);
}

std::optional<DeviceInfo> SessionRegistry::device(const QString &userId, const QString &deviceId) const
{
    const auto it = m_users.constFind(userId);
    if (it == m_users.cend())
        return std::nullopt;
    const auto deviceIt = it->devices.constFind(deviceId);
    if (deviceIt == it->devices.cend())
        return std::nullopt;
    return deviceInfo(*deviceIt);
}

QList<UserInfo> SessionRegistry::users() const
{
    QList<UserInfo> result;
    result.reserve(m_users.size());
    for (const UserRecord &record : m_users)
        result.append(userInfo(record));
    std::sort(result.begin(), result.end(), [](const UserInfo &a, const UserInfo &b) {
        const int order = a.username.compare(b.username, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return result;
}

QList<DeviceInfo> SessionRegistry::devices(const QString &userId) const
{
    QList<DeviceInfo> result;
    const auto it = m_users.constFind(userId);
    if (it == m_users.cend())
        return result;
    for (const DeviceRecord &record : it->devices)
        result.append(deviceInfo(record));
    std::sort(result.begin(), result.end(),
              [](const DeviceInfo &a, const DeviceInfo &b) { return a.id < b.id; });
    return result;
}

bool SessionRegistry::matches(const SessionQuery &query, const QString &id, const SocketRecord &record) const
{
    if (!query.userId.isEmpty() && record.userId != query.userId)
        return false;
    if (!query.deviceId.isEmpty() && record.deviceId != query.deviceId)
        return false;
    const Socket *socket = record.socket;
    if (!query.nsp.isEmpty() && socket->nsp()->name() != query.nsp)
        return false;
    if (!query.room.isEmpty() && !socket->nsp()->adapter().rooms(record.socket).contains(query.room))
        return false;
    if (query.text.isEmpty())
        return true;
    if (containsText(id, query.text) || containsText(socket->handshake().address.toString(), query.text)
        || containsText(QString::fromUtf8(socket->handshake().header("user-agent")), query.text))
        return true;
    const auto userIt = m_users.constFind(record.userId);
    if (userIt == m_users.cend())
        return false;
    const UserInfo &user = userIt->info;
    if (containsText(user.id, query.text) || containsText(user.username, query.text)
        || containsText(user.displayName, query.text) || containsText(record.deviceId, query.text))
        return true;
    const auto deviceIt = userIt->devices.constFind(record.deviceId);
    return deviceIt != userIt->devices.cend() && containsText(deviceIt->info.name, query.text);
}

QList<SocketInfo> SessionRegistry::sockets(const SessionQuery &query) const
{
    QList<SocketInfo> result;
    // A user's or a device's sockets are found through the user, not by scanning everyone.
    if (!query.userId.isEmpty() && m_users.contains(query.userId)) {
        const UserRecord &user = m_users[query.userId];
        for (auto device = user.devices.cbegin(); device != user.devices.cend(); ++device) {
            for (const QString &id : device->sockets) {
                const SocketRecord &record = m_sockets[id];
                if (matches(query, id, record))
                    result.append(socketInfo(id, record));
            }
        }
    } else if (query.userId.isEmpty()) {
        for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
            if (matches(query, it.key(), *it))
                result.append(socketInfo(it.key(), *it));
        }
    }
    std::sort(result.begin(), result.end(), [](const SocketInfo &a, const SocketInfo &b) {
        return a.connectedAt != b.connectedAt ? a.connectedAt < b.connectedAt : a.id < b.id;
    });
    return result;
}

Socket *SessionRegistry::findSocket(const QString &socketId) const
{
    const auto it = m_sockets.constFind(socketId);
    return it == m_sockets.cend() ? nullptr : it->socket;
}

QList<Socket *> SessionRegistry::socketsOf(const QString &userId, const QString &deviceId) const
{
    QList<Socket *> result;
    const auto it = m_users.constFind(userId);
    if (it == m_users.cend())
        return result;
    for (auto device = it->devices.cbegin(); device != it->devices.cend(); ++device) {
        if (!deviceId.isEmpty() && device.key() != deviceId)
            continue;
        for (const QString &id : device->sockets)
            result.append(m_sockets.value(id).socket);
    }
    return result;
}

int SessionRegistry::sendToUser(const QString &userId, const QString &event, const Arguments &args,
                                const QString &nsp)
{
    Namespace *target = m_server.findNamespace(nsp);
    if (!target || userId.isEmpty())
        return 0;
    const QString room = QStringLiteral("user:") + userId;
    const int reached = int(target->adapter().members(room).size());
    if (reached > 0)
        target->to(room).emit(event, args);
    return reached;
}

} // namespace gatehouse
