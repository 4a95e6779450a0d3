#include "ConsoleChanges.h"

#include "core/moderation/SessionInfo.h"

#include <QTimeZone>

namespace gatehouse::test {

QDateTime ConsoleChanges::at(int minutes)
{
    return QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc()).addSecs(minutes * 60);
}

QJsonObject ConsoleChanges::upsert(const QString &kind, const QString &id, const QJsonObject &data)
{
    QJsonObject change {{QStringLiteral("op"), QStringLiteral("upsert")},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("data"), data}};
    if (data.contains(QStringLiteral("userId")))
        change.insert(QStringLiteral("userId"), data.value(QStringLiteral("userId")));
    if (data.contains(QStringLiteral("deviceId")))
        change.insert(QStringLiteral("deviceId"), data.value(QStringLiteral("deviceId")));
    return change;
}

QJsonObject ConsoleChanges::remove(const QString &kind, const QString &id, const QString &userId)
{
    return {{QStringLiteral("op"), QStringLiteral("remove")},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("id"), id},
            {QStringLiteral("userId"), userId}};
}

QJsonObject ConsoleChanges::user(const QString &id, const QString &displayName, const QString &role,
                                 int connectedAtMinute)
{
    UserInfo info;
    info.id = id;
    info.username = id;
    info.displayName = displayName;
    info.role = role;
    info.connectedAt = at(connectedAtMinute);
    return upsert(QStringLiteral("user"), id, info.toJson());
}

QJsonObject ConsoleChanges::device(const QString &userId, const QString &id, const QString &address)
{
    DeviceInfo info;
    info.id = id;
    info.userId = userId;
    info.name = id;
    info.address = address;
    return upsert(QStringLiteral("device"), id, info.toJson());
}

QJsonObject ConsoleChanges::socket(const QString &userId, const QString &deviceId, const QString &id,
                                   const QString &address, int lastActivityMinute, const QString &transport)
{
    SocketInfo info;
    info.id = id;
    info.nsp = QStringLiteral("/");
    info.userId = userId;
    info.deviceId = deviceId;
    info.transport = transport;
    info.address = address;
    info.connectedAt = at(0);
    info.lastActivityAt = at(lastActivityMinute);
    return upsert(QStringLiteral("socket"), id, info.toJson());
}

QJsonObject ConsoleChanges::suspendedAccount(const QString &id, const QString &until)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), id},
            {QStringLiteral("role"), QStringLiteral("moderator")},
            {QStringLiteral("status"), QStringLiteral("suspended")},
            {QStringLiteral("suspendedReason"), QStringLiteral("spam")},
            {QStringLiteral("suspendedUntil"), until.isEmpty() ? QJsonValue() : QJsonValue(until)}};
}

QJsonArray ConsoleChanges::cast()
{
    QJsonArray changes {
        user(QStringLiteral("alice"), QStringLiteral("Alice Liddell"), QStringLiteral("admin"), 3),
        device(QStringLiteral("alice"), QStringLiteral("laptop"), QStringLiteral("10.0.0.1")),
        socket(QStringLiteral("alice"), QStringLiteral("laptop"), QStringLiteral("s-alice-1"),
               QStringLiteral("10.0.0.1"), 50),
        device(QStringLiteral("alice"), QStringLiteral("phone"), QStringLiteral("10.0.0.2")),
        socket(QStringLiteral("alice"), QStringLiteral("phone"), QStringLiteral("s-alice-2"),
               QStringLiteral("10.0.0.2"), 10),
        user(QStringLiteral("bob"), QString(), QStringLiteral("user"), 1),
        device(QStringLiteral("bob"), QStringLiteral("tablet"), QStringLiteral("192.168.1.5")),
        socket(QStringLiteral("bob"), QStringLiteral("tablet"), QStringLiteral("s-bob-1"),
               QStringLiteral("192.168.1.5"), 70, QStringLiteral("polling")),
        user(QStringLiteral("dave"), QStringLiteral("Dave"), QStringLiteral("user"), 2)};
    for (int i = 0; i < 12; ++i) {
        const QString id = QStringLiteral("pc-%1").arg(i);
        changes.append(device(QStringLiteral("dave"), id, QStringLiteral("172.16.0.%1").arg(i)));
        changes.append(socket(QStringLiteral("dave"), id, QStringLiteral("s-dave-%1").arg(i),
                              QStringLiteral("172.16.0.%1").arg(i), 20));
    }
    return changes;
}

} // namespace gatehouse::test
