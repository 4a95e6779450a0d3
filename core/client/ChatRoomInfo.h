// A room as `chat:rooms` and `chat:room` describe it (docs/chat.md), plus whether this user
// joined it. Plain data for the room directory (the "Join room…" list).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace gatehouse {

struct ChatRoomInfo {
    QString name;
    QString topic;
    QString createdBy; // empty for the server's default room
    QDateTime createdAt;
    bool archived = false;
    bool joined = false;
    int members = -1; // -1: not known (chat:room events do not count members)
    int online = -1;

    bool isDefault() const { return createdBy.isEmpty(); }

    static ChatRoomInfo fromJson(const QJsonObject &json)
    {
        ChatRoomInfo room;
        room.name = json.value(QLatin1StringView("name")).toString();
        room.topic = json.value(QLatin1StringView("topic")).toString();
        room.createdBy = json.value(QLatin1StringView("createdBy")).toString();
        room.createdAt = QDateTime::fromMSecsSinceEpoch(
            qint64(json.value(QLatin1StringView("createdAt")).toDouble()), Qt::UTC);
        room.archived = json.value(QLatin1StringView("archived")).toBool();
        room.joined = json.value(QLatin1StringView("joined")).toBool();
        room.members = json.value(QLatin1StringView("members")).toInt(-1);
        room.online = json.value(QLatin1StringView("online")).toInt(-1);
        return room;
    }
};

} // namespace gatehouse
