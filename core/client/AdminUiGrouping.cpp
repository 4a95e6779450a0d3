#include "AdminUiGrouping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace gatehouse {

namespace {

// A string, or a whole number written without a fraction (ids are often numbers in JSON).
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
    }
    return {};
}

QString firstOf(const QJsonObject &json, std::initializer_list<QLatin1StringView> keys)
{
    for (QLatin1StringView key : keys) {
        if (QString text = idText(json.value(key)); !text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

UserInfo AdminUiGrouping::userFromData(const QJsonObject &data)
{
    UserInfo user;
    const QJsonValue value = data.value(QLatin1StringView("user"));
    if (value.isObject()) {
        const QJsonObject json = value.toObject();
        user.id = firstOf(
            json, {QLatin1StringView("id"), QLatin1StringView("username"), QLatin1StringView("name")});
        user.username = firstOf(json, {QLatin1StringView("username"), QLatin1StringView("name")});
        user.displayName = firstOf(json, {QLatin1StringView("displayName"), QLatin1StringView("name")});
        user.role = json.value(QLatin1StringView("role")).toString();
    } else if (const QString text = idText(value); !text.isEmpty()) {
        user.id = text;
    } else {
        user.id = firstOf(data, {QLatin1StringView("userId"), QLatin1StringView("username")});
        user.username = firstOf(data, {QLatin1StringView("username"), QLatin1StringView("userId")});
    }
    if (user.id.isEmpty())
        return {};
    if (user.username.isEmpty())
        user.username = user.id;
    return user;
}

AdminUiGrouping::Entry AdminUiGrouping::fromSerialized(const QJsonObject &serialized)
{
    Entry entry;
    SocketInfo &socket = entry.socket;
    socket.id = serialized.value(QLatin1StringView("id")).toString();
    if (socket.id.isEmpty())
        return {};
    const QJsonObject handshake = serialized.value(QLatin1StringView("handshake")).toObject();
    const QJsonObject headers = handshake.value(QLatin1StringView("headers")).toObject();
    socket.nsp = serialized.value(QLatin1StringView("nsp")).toString();
    socket.clientId = serialized.value(QLatin1StringView("clientId")).toString();
    socket.transport = serialized.value(QLatin1StringView("transport")).toString();
    socket.address = handshake.value(QLatin1StringView("address")).toString();
    socket.userAgent = headers.value(QLatin1StringView("user-agent")).toString();
    const QJsonValue issued = handshake.value(QLatin1StringView("issued"));
    if (issued.isDouble())
        socket.connectedAt = QDateTime::fromMSecsSinceEpoch(qint64(issued.toDouble()), QTimeZone::utc());
    // The room named after the socket itself is in every socket's list and says nothing.
    for (const QJsonValue &room : serialized.value(QLatin1StringView("rooms")).toArray()) {
        if (room.isString() && room.toString() != socket.id)
            socket.rooms.append(room.toString());
    }
    std::sort(socket.rooms.begin(), socket.rooms.end());

    entry.user = userFromData(serialized.value(QLatin1StringView("data")).toObject());
    if (entry.user.id.isEmpty()) {
        entry.anonymous = true;
        const QString address = socket.address.isEmpty()
            ? QCoreApplication::translate("gatehouse::AdminUiGrouping", "unknown address")
            : socket.address;
        entry.user.id = AnonymousPrefix + socket.address;
        entry.user.username = QCoreApplication::translate("gatehouse::AdminUiGrouping", "anonymous");
        entry.user.displayName = address;
    }

    DeviceInfo &device = entry.device;
    device.id
        = firstOf(handshake.value(QLatin1StringView("auth")).toObject(), {QLatin1StringView("deviceId")});
    if (device.id.isEmpty())
        device.id = firstOf(handshake.value(QLatin1StringView("query")).toObject(),
                            {QLatin1StringView("deviceId")});
    if (device.id.isEmpty())
        device.id = socket.clientId.isEmpty() ? socket.id : socket.clientId;
    device.userId = entry.user.id;
    device.address = socket.address;
    device.userAgent = socket.userAgent;
    device.connectedAt = socket.connectedAt;

    socket.userId = entry.user.id;
    socket.deviceId = device.id;
    return entry;
}

} // namespace gatehouse
