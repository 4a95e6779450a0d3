// Where the console files a socket that @socket.io/admin-ui serialized (docs/admin-ui-protocol.md,
// "Serialized socket"): under which user and which device. Such a server knows nothing of
// Gatehouse's users and devices, so they are read from what the application put in socket.data:
//
// - User, the first that is there: `data.user` as an object (id from "id", else "username", else
//   "name"; username from "username", else "name", else the id; display name from "displayName",
//   else "name"; "role" if it is a string), `data.user` as a string or number (id and username),
//   `data.userId` and/or `data.username` (strings or numbers; each stands in for the other).
// - Otherwise the socket is anonymous and goes to one entry per client address, "anonymous"
//   with the address as display name (id "anonymous:<address>"): a moderator sees at once how
//   many anonymous connections come from one place, which one bucket for all would hide, without
//   one top-level row per socket.
// - Device: `handshake.auth.deviceId` or `handshake.query.deviceId` when the server shows them
//   (admin-ui never sends `auth`, a query parameter is visible), else the Engine.IO connection
//   (`clientId`): the sockets of one connection share it, as on the Admin UI's Clients page.
#pragma once

#include "core/moderation/SessionInfo.h"

#include <QJsonObject>

namespace gatehouse {

class AdminUiGrouping {
public:
    struct Entry {
        UserInfo user;
        DeviceInfo device; // socketIds and connectedAt are the caller's to keep up to date
        SocketInfo socket;
        bool anonymous = false;
    };

    static constexpr QLatin1StringView AnonymousPrefix {"anonymous:"};

    // Empty ids (user.id) when `serialized` has no socket id.
    static Entry fromSerialized(const QJsonObject &serialized);
    // The user `data` names, or an empty UserInfo.
    static UserInfo userFromData(const QJsonObject &data);
};

} // namespace gatehouse
