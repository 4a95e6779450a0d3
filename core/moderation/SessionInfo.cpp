#include "SessionInfo.h"

#include <QJsonArray>

namespace gatehouse {

namespace {

// UTC with "Z" whatever the QDateTime's time spec (QTimeZone::utc() would give "+00:00").
QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
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

} // namespace gatehouse
