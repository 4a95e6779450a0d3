#include "SessionInfo.h"

#include <QJsonArray>

namespace gatehouse {

namespace {

// UTC with "Z" whatever the QDateTime's time spec (QTimeZone::utc() would give "+00:00").
QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

QString textFrom(const QJsonObject &json, QLatin1StringView key)
{
    return json.value(key).toString();
}

QStringList listFrom(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &entry : array)
        list.append(entry.toString());
    return list;
}

} // namespace

QJsonObject SocketInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("nsp"), nsp},
            {QStringLiteral("clientId"), clientId.left(12)}, // the whole id is a polling credential
            {QStringLiteral("userId"), userId.isEmpty() ? QJsonValue() : QJsonValue(userId)},
            {QStringLiteral("deviceId"), deviceId.isEmpty() ? QJsonValue() : QJsonValue(deviceId)},
            {QStringLiteral("transport"), transport},
            {QStringLiteral("upgradedAt"), time(upgradedAt)},
            {QStringLiteral("address"), address},
            {QStringLiteral("userAgent"), userAgent},
            {QStringLiteral("connectedAt"), time(connectedAt)},
            {QStringLiteral("lastActivityAt"), time(lastActivityAt)},
            {QStringLiteral("rooms"), QJsonArray::fromStringList(rooms)},
            // Doubles hold counters exactly up to 2^53.
            {QStringLiteral("packetsIn"), double(packetsIn)},
            {QStringLiteral("packetsOut"), double(packetsOut)},
            {QStringLiteral("bytesIn"), double(bytesIn)},
            {QStringLiteral("bytesOut"), double(bytesOut)}};
}

QJsonObject DeviceInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("guessed"), guessed},
            {QStringLiteral("name"), name},
            {QStringLiteral("platform"), platform},
            {QStringLiteral("appVersion"), appVersion},
            {QStringLiteral("userAgent"), userAgent},
            {QStringLiteral("address"), address},
            {QStringLiteral("connectedAt"), time(connectedAt)},
            {QStringLiteral("socketIds"), QJsonArray::fromStringList(socketIds)}};
}

QJsonObject UserInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("role"), role},
            {QStringLiteral("connectedAt"), time(connectedAt)},
            {QStringLiteral("deviceCount"), deviceCount},
            {QStringLiteral("socketCount"), socketCount}};
}

SocketInfo SocketInfo::fromJson(const QJsonObject &json)
{
    SocketInfo info;
    info.id = textFrom(json, QLatin1StringView("id"));
    info.nsp = textFrom(json, QLatin1StringView("nsp"));
    info.clientId = textFrom(json, QLatin1StringView("clientId"));
    info.userId = textFrom(json, QLatin1StringView("userId"));
    info.deviceId = textFrom(json, QLatin1StringView("deviceId"));
    info.transport = textFrom(json, QLatin1StringView("transport"));
    info.upgradedAt = timeFrom(json.value(QLatin1StringView("upgradedAt")));
    info.address = textFrom(json, QLatin1StringView("address"));
    info.userAgent = textFrom(json, QLatin1StringView("userAgent"));
    info.connectedAt = timeFrom(json.value(QLatin1StringView("connectedAt")));
    info.lastActivityAt = timeFrom(json.value(QLatin1StringView("lastActivityAt")));
    info.rooms = listFrom(json.value(QLatin1StringView("rooms")));
    info.packetsIn = quint64(json.value(QLatin1StringView("packetsIn")).toDouble());
    info.packetsOut = quint64(json.value(QLatin1StringView("packetsOut")).toDouble());
    info.bytesIn = quint64(json.value(QLatin1StringView("bytesIn")).toDouble());
    info.bytesOut = quint64(json.value(QLatin1StringView("bytesOut")).toDouble());
    return info;
}

DeviceInfo DeviceInfo::fromJson(const QJsonObject &json)
{
    DeviceInfo info;
    info.id = textFrom(json, QLatin1StringView("id"));
    info.userId = textFrom(json, QLatin1StringView("userId"));
    info.guessed = json.value(QLatin1StringView("guessed")).toBool();
    info.name = textFrom(json, QLatin1StringView("name"));
    info.platform = textFrom(json, QLatin1StringView("platform"));
    info.appVersion = textFrom(json, QLatin1StringView("appVersion"));
    info.userAgent = textFrom(json, QLatin1StringView("userAgent"));
    info.address = textFrom(json, QLatin1StringView("address"));
    info.connectedAt = timeFrom(json.value(QLatin1StringView("connectedAt")));
    info.socketIds = listFrom(json.value(QLatin1StringView("socketIds")));
    return info;
}

UserInfo UserInfo::fromJson(const QJsonObject &json)
{
    UserInfo info;
    info.id = textFrom(json, QLatin1StringView("id"));
    info.username = textFrom(json, QLatin1StringView("username"));
    info.displayName = textFrom(json, QLatin1StringView("displayName"));
    info.role = textFrom(json, QLatin1StringView("role"));
    info.connectedAt = timeFrom(json.value(QLatin1StringView("connectedAt")));
    info.deviceCount = json.value(QLatin1StringView("deviceCount")).toInt();
    info.socketCount = json.value(QLatin1StringView("socketCount")).toInt();
    return info;
}

} // namespace gatehouse
