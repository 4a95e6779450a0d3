// A chat room as stored in `chat_rooms`. Its name ("general" for #general) is how clients name
// it and never changes.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace gatehouse {

struct ChatRoom {
    qint64 id = 0;
    QString name;
    QString topic;
    QString createdBy; // user id; empty: created by the server itself
    QDateTime createdAt;
    QDateTime archivedAt; // invalid: active
    int memberCount = 0; // filled in by ChatStore::rooms() only

    bool isArchived() const { return archivedAt.isValid(); }
    // {name, topic, createdBy, createdAt (UTC ms), archived}; the member count is added where
    // it was counted (chat:rooms).
    QJsonObject toJson() const;
};

} // namespace gatehouse
