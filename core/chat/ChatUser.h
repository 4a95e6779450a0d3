// Who sent or received a message, as it was at that moment: the user's id (stable), username and
// display name (both may change later; history keeps what they were).
#pragma once

#include <QJsonObject>
#include <QString>

namespace gatehouse {

class Socket;

struct ChatUser {
    QString id;
    QString username;
    QString name; // display name
    QString role; // "user", "moderator", "admin": from the handshake; not stored with messages

    bool isValid() const { return !id.isEmpty(); }
    // {id, username, name}
    QJsonObject toJson() const;
    // The signed-in user of a socket (socket.data.user, set by the handshake); invalid when none.
    static ChatUser of(const Socket *socket);
};

} // namespace gatehouse
