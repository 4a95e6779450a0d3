// One message as stored in `chat_messages` and as clients receive it: in a room, or direct
// between two users (then `room` is empty and `to` is set).
#pragma once

#include "ChatUser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace gatehouse {

struct ChatMessage {
    qint64 id = 0; // increasing in the order messages were stored
    qint64 roomId = 0; // 0: a direct message
    QString room; // the room's name; empty for a direct message
    ChatUser from;
    ChatUser to; // the recipient of a direct message; invalid for a room message
    QString text;
    QDateTime at; // when the server stored it (UTC)
    QString clientId; // the sender's id for idempotent retries; may be empty

    bool isDirect() const { return roomId == 0; }
    // {id, room (null for direct), from, to (direct only), text, at (UTC ms), clientId (or null)}
    QJsonObject toJson() const;
};

} // namespace gatehouse
