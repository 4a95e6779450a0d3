// The @socket.io/admin-ui 0.5 protocol on the admin namespace, so that the official Admin UI can
// watch and act on Gatehouse (docs/admin-ui-protocol.md):
//
// - to each Admin UI socket once connected: `session` (after a password sign-in), `config`,
//   `all_sockets` and a first `server_stats`; then `server_stats` every 2 s;
// - to all of them: `socket_connected`, `socket_updated` (upgrade), `socket_disconnected`
//   followed by one `room_left` per room, and `room_joined` / `room_left`, for every namespace;
// - from them, without acks: `_disconnect(nsp, close, filter)`, `join(nsp, room, filter)`,
//   `leave(nsp, room, filter)`, `emit(nsp, filter, event, ...args)`.
//
// Who is an Admin UI: an /admin socket that signed in with a password or a sign-in session (the
// only ways the UI has), or any /admin socket whose auth payload says {adminUi: true}; our own
// console and command line use the acknowledged gatehouse:* commands instead and get none of
// this traffic. Commands go through ModerationService, so a moderator cannot touch an admin's
// sockets, disconnects are kicks (forceDisconnect, then a namespace DISCONNECT) and everything
// lands in the audit log. The rooms that hold the registry together (socket ids, user:*,
// device:*, gatehouse:*) cannot be joined or left from the UI. Messages themselves are not
// mirrored to the UI (no event_received / event_sent): moderators see who is connected, not
// what people write.
#pragma once

#include "AdminUiOptions.h"
#include "core/protocol/Argument.h"

#include <QBasicTimer>
#include <QHash>
#include <QObject>
#include <QSet>

namespace gatehouse {

class AdminUiStats;
class ModerationService;
class Namespace;
class Server;
class SessionRegistry;
class Socket;
struct ModerationActor;

class AdminUiBridge : public QObject {
    Q_OBJECT

public:
    static constexpr QLatin1StringView AudienceRoom {"gatehouse:admin-ui"};

    AdminUiBridge(Server &server, SessionRegistry &registry, ModerationService &moderation,
                  AdminUiOptions options = {}, QObject *parent = nullptr);
    ~AdminUiBridge() override;

    void install(Namespace &admin);
    static bool isAdminUiClient(const Socket *socket);
    // The rooms the UI may not make sockets join or leave.
    static bool isReservedRoom(const Socket *socket, const QString &room);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onSocketConnected(Socket *socket);
    void onSocketDisconnected(Socket *socket, const QString &reason);
    void onRoomJoined(Socket *socket, const QString &room);
    void onRoomLeft(Socket *socket, const QString &room);
    void onSocketUpgraded(const QString &socketId);
    void welcome(Socket *admin);
    void broadcast(const QString &event, const Arguments &args);
    bool hasAudience() const;

    void attachCommands(Socket *admin);
    // The sockets of namespace `nsp` in room `filter` (all of them when it is empty); none when
    // the namespace does not exist (the reference would create it).
    QList<Socket *> select(const QString &nsp, const QJsonValue &filter) const;
    void disconnectCommand(Socket *admin, const Arguments &args);
    void roomCommand(Socket *admin, const Arguments &args, bool join);
    void emitCommand(Socket *admin, const Arguments &args);

    Server &m_server;
    SessionRegistry &m_registry;
    ModerationService &m_moderation;
    AdminUiOptions m_options;
    Namespace *m_admin = nullptr;
    AdminUiStats *m_stats;
    QBasicTimer m_statsTimer;
    // Sockets the UI has been told about (socket_connected sent, socket_disconnected not yet),
    // and the rooms a disconnecting socket left, to be announced after its socket_disconnected.
    QSet<const Socket *> m_announced;
    QHash<const Socket *, QStringList> m_leftWhileClosing;
};

} // namespace gatehouse
