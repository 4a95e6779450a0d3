#include "AdminUiBridge.h"

#include "AdminExtensions.h"
#include "AdminUiFormat.h"
#include "AdminUiStats.h"
#include "ModerationService.h"
#include "SessionRegistry.h"
#include "core/auth/HandshakeAuthenticator.h"
#include "core/server/Server.h"
#include "core/server/Socket.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimerEvent>

Q_LOGGING_CATEGORY(lcAdminUi, "gatehouse.admin-ui", QtInfoMsg)

namespace gatehouse {

namespace {

// Names a client library gives a meaning of its own, and the events of our client contract:
// an emit from the UI must not fake a kick or an expiry.
bool isReservedEvent(const QString &event)
{
    static const QSet<QString> reserved {QStringLiteral("connect"),         QStringLiteral("connect_error"),
                                         QStringLiteral("disconnect"),      QStringLiteral("disconnecting"),
                                         QStringLiteral("newListener"),     QStringLiteral("removeListener"),
                                         QStringLiteral("forceDisconnect"), QStringLiteral("token_expiring")};
    return reserved.contains(event);
}

// Audit details name at most this many sockets; `sockets` always has the count.
constexpr qsizetype MaximumAuditedIds = 100;

QJsonObject withSockets(QJsonObject details, const QJsonArray &ids)
{
    details.insert(QStringLiteral("sockets"), double(ids.size()));
    details.insert(QStringLiteral("socketIds"),
                   ids.size() <= MaximumAuditedIds ? ids : QJsonArray::fromStringList([&ids] {
                       QStringList first;
                       for (qsizetype i = 0; i < MaximumAuditedIds; ++i)
                           first.append(ids.at(i).toString());
                       return first;
                   }()));
    return details;
}

QString userIdOf(const Socket *socket)
{
    return socket->data().value(QStringLiteral("user")).toMap().value(QStringLiteral("id")).toString();
}

} // namespace

AdminUiBridge::AdminUiBridge(Server &server, SessionRegistry &registry, ModerationService &moderation,
                             AdminUiOptions options, QObject *parent)
    : QObject(parent),
      m_server(server),
      m_registry(registry),
      m_moderation(moderation),
      m_options(std::move(options)),
      m_stats(new AdminUiStats(server, m_options.serverId, this))
{
    connect(&server, &Server::socketConnected, this, &AdminUiBridge::onSocketConnected);
    connect(&server, &Server::socketDisconnected, this, &AdminUiBridge::onSocketDisconnected);
    connect(&server, &Server::roomJoined, this, &AdminUiBridge::onRoomJoined);
    connect(&server, &Server::roomLeft, this, &AdminUiBridge::onRoomLeft);
    connect(&registry, &SessionRegistry::socketChanged, this, &AdminUiBridge::onSocketUpgraded);
    m_statsTimer.start(m_options.statsIntervalMs, this);
}

AdminUiBridge::~AdminUiBridge() = default;

void AdminUiBridge::install(Namespace &admin)
{
    m_admin = &admin;
    admin.onConnection([this](Socket *socket) { attachCommands(socket); });
}

bool AdminUiBridge::isAdminUiClient(const Socket *socket)
{
    const QString source = HandshakeAuthenticator::signInSource(socket);
    return source == QLatin1StringView("password") || source == QLatin1StringView("session")
        || socket->handshake().auth.value(QLatin1StringView("adminUi")).toBool();
}

bool AdminUiBridge::isReservedRoom(const Socket *socket, const QString &room)
{
    return room == socket->id() || room.startsWith(QLatin1StringView("user:"))
        || room.startsWith(QLatin1StringView("device:")) || room.startsWith(QLatin1StringView("gatehouse:"))
        || socket->nsp()->socket(room) != nullptr;
}

bool AdminUiBridge::hasAudience() const
{
    return m_admin && !m_admin->adapter().members(QString(AudienceRoom)).isEmpty();
}

void AdminUiBridge::broadcast(const QString &event, const Arguments &args)
{
    if (hasAudience())
        m_admin->to(QString(AudienceRoom)).emit(event, args);
}

void AdminUiBridge::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_statsTimer.timerId())
        return QObject::timerEvent(event);
    // Taken even without an audience, so that the aggregated events never pile up.
    const QJsonObject stats = m_stats->take();
    broadcast(QStringLiteral("server_stats"), {stats});
}

void AdminUiBridge::onSocketConnected(Socket *socket)
{
    m_announced.insert(socket);
    // Serializing costs more than the rest of a connect: only when some UI listens.
    if (hasAudience())
        broadcast(QStringLiteral("socket_connected"),
                  {AdminUiFormat::socket(socket), AdminUiFormat::timestamp()});
    if (socket->nsp() == m_admin && isAdminUiClient(socket))
        welcome(socket);
}

void AdminUiBridge::welcome(Socket *admin)
{
    // The UI registers its listeners when it sees the CONNECT, so all of this comes after it,
    // `session` first: the UI keeps it for the next page load.
    if (const QString session = HandshakeAuthenticator::takeSignInSession(admin); !session.isEmpty())
        admin->emit(QStringLiteral("session"), {session});
    admin->emit(QStringLiteral("config"), {AdminUiFormat::config(m_options.readOnly)});
    QJsonArray sockets;
    const QList<Namespace *> namespaces = m_server.namespaces();
    for (const Namespace *nsp : namespaces) {
        const QList<Socket *> members = nsp->fetchSockets();
        for (const Socket *socket : members)
            sockets.append(AdminUiFormat::socket(socket));
    }
    admin->emit(QStringLiteral("all_sockets"), {sockets});
    // The reference waits up to 2 s for the first; sending one now fills the Dashboard at once.
    admin->emit(QStringLiteral("server_stats"), {m_stats->take()});
    admin->join(QString(AudienceRoom));
}

void AdminUiBridge::onSocketDisconnected(Socket *socket, const QString &reason)
{
    const QStringList rooms = m_leftWhileClosing.take(socket);
    if (!m_announced.remove(socket))
        return;
    const QString nsp = socket->nsp()->name();
    const QString at = AdminUiFormat::timestamp();
    broadcast(QStringLiteral("socket_disconnected"), {nsp, socket->id(), reason, at});
    // After the disconnect, as the reference does: the UI drops the socket from its rooms then.
    for (const QString &room : rooms)
        broadcast(QStringLiteral("room_left"), {nsp, room, socket->id(), at});
}

void AdminUiBridge::onRoomJoined(Socket *socket, const QString &room)
{
    // Rooms joined before socket_connected travel inside it.
    if (m_announced.contains(socket))
        broadcast(QStringLiteral("room_joined"),
                  {socket->nsp()->name(), room, socket->id(), AdminUiFormat::timestamp()});
}

void AdminUiBridge::onRoomLeft(Socket *socket, const QString &room)
{
    if (!m_announced.contains(socket) || !hasAudience())
        return;
    if (!socket->isConnected()) {
        m_leftWhileClosing[socket].append(room);
        return;
    }
    broadcast(QStringLiteral("room_left"),
              {socket->nsp()->name(), room, socket->id(), AdminUiFormat::timestamp()});
}

void AdminUiBridge::onSocketUpgraded(const QString &socketId)
{
    const auto info = m_registry.socket(socketId);
    if (!info)
        return;
    broadcast(QStringLiteral("socket_updated"),
              {QJsonObject {{QStringLiteral("id"), info->id},
                            {QStringLiteral("nsp"), info->nsp},
                            {QStringLiteral("transport"), info->transport}}});
}

void AdminUiBridge::attachCommands(Socket *admin)
{
    // Registered for every /admin socket: the commands are part of the namespace's protocol,
    // whoever sends them; the events above go to Admin UIs only.
    admin->on(QStringLiteral("_disconnect"),
              [this, admin](const Arguments &args, const Ack &) { disconnectCommand(admin, args); });
    admin->on(QStringLiteral("join"),
              [this, admin](const Arguments &args, const Ack &) { roomCommand(admin, args, true); });
    admin->on(QStringLiteral("leave"),
              [this, admin](const Arguments &args, const Ack &) { roomCommand(admin, args, false); });
    admin->on(QStringLiteral("emit"),
              [this, admin](const Arguments &args, const Ack &) { emitCommand(admin, args); });
}

QList<Socket *> AdminUiBridge::select(const QString &nsp, const QJsonValue &filter) const
{
    const Namespace *target = m_server.findNamespace(nsp);
    if (!target)
        return {};
    const QString room = filter.toString();
    if (room.isEmpty())
        return target->fetchSockets();
    const QSet<Socket *> members = target->adapter().members(room);
    return {members.cbegin(), members.cend()};
}

void AdminUiBridge::disconnectCommand(Socket *admin, const Arguments &args)
{
    if (m_options.readOnly)
        return;
    const QString nsp = args.value(0).toJson().toString();
    const bool close = args.value(1).toJson().toBool();
    const QList<Socket *> targets = select(nsp, args.value(2).toJson());
    if (targets.isEmpty())
        return;
    const ModerationActor actor = AdminExtensions::actorOf(admin);
    const auto result
        = m_moderation.kickSockets(actor, targets, QStringLiteral("Disconnected from the Admin UI"), close);
    if (!result)
        qCWarning(lcAdminUi).noquote() << actor.name << "could not disconnect:" << result.error().message;
    else if (result->refused > 0)
        qCWarning(lcAdminUi).noquote() << actor.name << "may not disconnect" << result->refused
                                       << "of the selected sockets (they belong to admins)";
}

void AdminUiBridge::roomCommand(Socket *admin, const Arguments &args, bool join)
{
    if (m_options.readOnly)
        return;
    const QString nsp = args.value(0).toJson().toString();
    const QString room = args.value(1).toJson().toString();
    if (room.isEmpty())
        return;
    const ModerationActor actor = AdminExtensions::actorOf(admin);
    QJsonArray moved;
    const QList<Socket *> targets = select(nsp, args.value(2).toJson());
    for (Socket *socket : targets) {
        if (isReservedRoom(socket, room) || !m_moderation.mayActOn(actor, userIdOf(socket)))
            continue;
        if (join)
            socket->join(room);
        else
            socket->leave(room);
        moved.append(socket->id());
    }
    if (moved.isEmpty())
        return;
    (void)m_moderation.record(
        join ? QStringLiteral("admin_ui.join") : QStringLiteral("admin_ui.leave"), actor, {},
        withSockets({{QStringLiteral("nsp"), nsp}, {QStringLiteral("room"), room}}, moved));
}

void AdminUiBridge::emitCommand(Socket *admin, const Arguments &args)
{
    if (m_options.readOnly)
        return;
    const QString nsp = args.value(0).toJson().toString();
    const QString event = args.value(2).toJson().toString();
    if (event.isEmpty() || isReservedEvent(event))
        return;
    const ModerationActor actor = AdminExtensions::actorOf(admin);
    const Arguments payload = args.mid(3);
    QJsonArray reached;
    const QList<Socket *> targets = select(nsp, args.value(1).toJson());
    for (Socket *socket : targets) {
        if (!m_moderation.mayActOn(actor, userIdOf(socket)))
            continue;
        socket->emit(event, payload);
        reached.append(socket->id());
    }
    if (reached.isEmpty())
        return;
    (void)m_moderation.record(
        QStringLiteral("admin_ui.emit"), actor, {},
        withSockets({{QStringLiteral("nsp"), nsp}, {QStringLiteral("event"), event}}, reached));
}

} // namespace gatehouse
