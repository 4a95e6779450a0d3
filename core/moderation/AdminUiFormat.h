// How the @socket.io/admin-ui 0.5 protocol writes things (docs/admin-ui-protocol.md): serialized
// sockets, timestamps, the supported features. Pure functions, so the bridge stays about events.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse {

class Socket;

class AdminUiFormat {
public:
    // The sid prefix the UI groups sockets by; the whole sid is a polling credential.
    static constexpr int ClientIdLength = 12;

    // "2026-11-23T11:43:06.604Z", what JavaScript's JSON makes of a Date.
    static QString timestamp(const QDateTime &at = QDateTime::currentDateTimeUtc());
    // {id, clientId, transport, nsp, data, handshake, rooms} with the authorization, cookie and
    // proxy-authorization headers redacted; handshake.auth is never sent.
    static QJsonObject socket(const Socket *socket);
    // {supportedFeatures: [...]}: read-only servers announce no commands.
    static QJsonObject config(bool readOnly);
    static QJsonObject handshake(const Socket *socket);
};

} // namespace gatehouse
