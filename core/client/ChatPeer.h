// A user as the chat names them: the `{id, username, name}` of messages, conversations and
// presence entries. Plain data; the client keeps these by id and by case-folded username.
#pragma once

#include <QJsonObject>
#include <QString>

namespace gatehouse {

struct ChatPeer {
    QString id;
    QString username;
    QString name; // the display name; the server sends the username when there is none

    bool isValid() const { return !id.isEmpty() || !username.isEmpty(); }
    QString displayName() const { return name.isEmpty() ? username : name; }
    // Usernames are unique ignoring case (see UserStore), so this is how the client compares them.
    QString usernameKey() const { return username.toCaseFolded(); }

    static ChatPeer fromJson(const QJsonObject &json)
    {
        // Presence entries name the id "userId"; messages and conversations name it "id".
        const QString id = json.contains(QLatin1StringView("userId"))
            ? json.value(QLatin1StringView("userId")).toString()
            : json.value(QLatin1StringView("id")).toString();
        return {id, json.value(QLatin1StringView("username")).toString(),
                json.value(QLatin1StringView("name")).toString()};
    }
};

} // namespace gatehouse
