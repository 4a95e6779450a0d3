#include "SyntheticSessions.h"

#include "core/moderation/SessionInfo.h"

#include <QJsonObject>
#include <QTimeZone>

namespace gatehouse::test {

namespace {

QString address(const QString &deviceId, const QString &userId)
{
    const size_t hash = qHash(userId + deviceId);
    return QStringLiteral("10.%1.%2.%3").arg(hash % 256).arg((hash >> 8) % 256).arg((hash >> 16) % 256);
}

} // namespace

SyntheticSessions::SyntheticSessions(QString prefix, quint32 seed)
    : m_prefix(std::move(prefix)),
      m_random(seed),
      m_clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()))
{
}

QString SyntheticSessions::userId(int user) const
{
    return m_prefix + QStringLiteral("-user-") + QString::number(user);
}

QString SyntheticSessions::deviceId(int device) const
{
    return QStringLiteral("device-") + QString::number(device);
}

QString SyntheticSessions::connect(const QString &userId, const QString &deviceId, QString socketId)
{
    if (socketId.isEmpty())
        socketId = m_prefix + QStringLiteral("-s") + QString::number(m_nextSocket++);
    m_clock = m_clock.addSecs(1);
    auto user = m_users.find(userId);
    const bool newUser = user == m_users.end();
    if (newUser)
        user = m_users.insert(userId, User {{}, m_clock});
    const bool newDevice = !user->devices.contains(deviceId);
    user->devices[deviceId].insert(socketId);
    m_sockets.insert(socketId, {socketId, userId, deviceId});
    m_socketIndex.insert(socketId, m_socketIds.size());
    m_socketIds.append(socketId);
    // The registry's order of signals: new parents first, changed parents after the socket.
    if (newUser)
        mark(Kind::User, userId);
    if (newDevice)
        mark(Kind::Device, userId, deviceId);
    mark(Kind::Socket, userId, deviceId, socketId);
    mark(Kind::Device, userId, deviceId);
    mark(Kind::User, userId);
    return socketId;
}

void SyntheticSessions::disconnect(const QString &socketId)
{
    const auto it = m_sockets.constFind(socketId);
    if (it == m_sockets.cend())
        return;
    const Socket socket = *it;
    m_sockets.erase(it);
    const qsizetype index = m_socketIndex.take(socketId);
    const QString last = m_socketIds.takeLast();
    if (last != socketId) {
        m_socketIds[index] = last;
        m_socketIndex[last] = index;
    }
    mark(Kind::Socket, socket.userId, socket.deviceId, socketId);
    User &user = m_users[socket.userId];
    QSet<QString> &device = user.devices[socket.deviceId];
    device.remove(socketId);
    if (device.isEmpty())
        user.devices.remove(socket.deviceId);
    mark(Kind::Device, socket.userId, socket.deviceId);
    if (user.devices.isEmpty())
        m_users.remove(socket.userId);
    mark(Kind::User, socket.userId);
}

SyntheticSessions::Socket SyntheticSessions::randomSocket()
{
    if (m_socketIds.isEmpty())
        return {};
    return m_sockets.value(m_socketIds.at(m_random.bounded(int(m_socketIds.size()))));
}

qsizetype SyntheticSessions::deviceCount() const
{
    qsizetype count = 0;
    for (const User &user : m_users)
        count += user.devices.size();
    return count;
}

void SyntheticSessions::mark(Kind kind, const QString &userId, const QString &deviceId,
                             const QString &socketId)
{
    const QString key = QString::number(int(kind)) + QLatin1Char('|') + userId + QLatin1Char('|') + deviceId
        + QLatin1Char('|') + socketId;
    if (m_marked.contains(key))
        return;
    m_marked.insert(key);
    m_marks.append({kind, userId, deviceId, socketId});
}

QJsonObject SyntheticSessions::userJson(const QString &userId, const User &user) const
{
    UserInfo info;
    info.id = userId;
    info.username = userId;
    info.role = QStringLiteral("user");
    info.connectedAt = user.connectedAt;
    info.deviceCount = int(user.devices.size());
    for (const QSet<QString> &sockets : user.devices)
        info.socketCount += int(sockets.size());
    return info.toJson();
}

QJsonArray SyntheticSessions::takeBatch()
{
    QJsonArray changes;
    for (const Mark &mark : std::as_const(m_marks)) {
        QJsonObject change;
        QJsonObject data;
        const auto user = m_users.constFind(mark.userId);
        switch (mark.kind) {
        case Kind::User:
            change = {{QStringLiteral("kind"), QStringLiteral("user")}, {QStringLiteral("id"), mark.userId}};
            if (user != m_users.cend())
                data = userJson(mark.userId, *user);
            break;
        case Kind::Device:
            change = {{QStringLiteral("kind"), QStringLiteral("device")},
                      {QStringLiteral("id"), mark.deviceId},
                      {QStringLiteral("userId"), mark.userId}};
            if (user != m_users.cend() && user->devices.contains(mark.deviceId)) {
                DeviceInfo info;
                info.id = mark.deviceId;
                info.userId = mark.userId;
                info.name = QStringLiteral("Device ") + mark.deviceId;
                info.address = address(mark.deviceId, mark.userId);
                info.connectedAt = user->connectedAt;
                const QSet<QString> sockets = user->devices.value(mark.deviceId);
                info.socketIds = QStringList(sockets.cbegin(), sockets.cend());
                data = info.toJson();
            }
            break;
        case Kind::Socket:
            change = {{QStringLiteral("kind"), QStringLiteral("socket")},
                      {QStringLiteral("id"), mark.socketId},
                      {QStringLiteral("userId"), mark.userId},
                      {QStringLiteral("deviceId"), mark.deviceId}};
            if (m_sockets.contains(mark.socketId)) {
                SocketInfo info;
                info.id = mark.socketId;
                info.nsp = QStringLiteral("/");
                info.userId = mark.userId;
                info.deviceId = mark.deviceId;
                info.transport = QStringLiteral("websocket");
                info.address = address(mark.deviceId, mark.userId);
                info.connectedAt = m_clock;
                info.lastActivityAt = m_clock;
                data = info.toJson();
            }
            break;
        }
        change.insert(QStringLiteral("op"),
                      data.isEmpty() ? QStringLiteral("remove") : QStringLiteral("upsert"));
        if (!data.isEmpty())
            change.insert(QStringLiteral("data"), data);
        changes.append(change);
    }
    m_marks.clear();
    m_marked.clear();
    return changes;
}

} // namespace gatehouse::test
