#include "AdminUiFeed.h"

#include "AdminUiGrouping.h"
#include "ClientSocket.h"

#include <QJsonArray>

#include <algorithm>

namespace gatehouse {

namespace {

// The events the feed follows; each is registered on the socket and removed with the feed.
const QLatin1StringView followedEvents[] = {
    QLatin1StringView("config"),
    QLatin1StringView("all_sockets"),
    QLatin1StringView("socket_connected"),
    QLatin1StringView("socket_updated"),
    QLatin1StringView("socket_disconnected"),
    QLatin1StringView("room_joined"),
    QLatin1StringView("room_left"),
};

// socket_updated is merged into what is known, objects key by key, as the Admin UI does.
QJsonObject merged(QJsonObject base, const QJsonObject &update)
{
    for (auto it = update.begin(); it != update.end(); ++it) {
        const QJsonValue known = base.value(it.key());
        if (known.isObject() && it->isObject())
            base.insert(it.key(), merged(known.toObject(), it->toObject()));
        else
            base.insert(it.key(), *it);
    }
    return base;
}

QDateTime earlier(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    return b.isValid() && b < a ? b : a;
}

} // namespace

AdminUiFeed::AdminUiFeed(ClientSocket *socket, QObject *parent)
    : ConsoleFeed(ForSubclass {}, parent),
      m_socket(socket),
      m_adminNsp(socket ? socket->nsp() : QStringLiteral("/admin"))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(RequestTimeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(tr("The server sent no list of sockets within %1 s. Does it run instrument() in development "
                "mode?")
                 .arg(RequestTimeoutMs / 1000));
    });
    if (!socket)
        return;
    for (QLatin1StringView event : followedEvents) {
        const QString name = event;
        socket->on(name, [this, name](const Arguments &args, const Ack &) {
            QJsonArray json;
            for (const Argument &arg : args)
                json.append(arg.toJson());
            applyEvent(name, json);
        });
    }
    connect(socket, &ClientSocket::connected, this, &AdminUiFeed::onConnected);
    connect(socket, &ClientSocket::disconnected, this, [this] {
        m_deadline.stop();
        setStatus(Status::Offline);
    });
    // Joined before this feed existed: config and all_sockets have gone by. Join again.
    if (socket->isConnected())
        reload();
}

AdminUiFeed::~AdminUiFeed()
{
    if (m_socket) {
        for (QLatin1StringView event : followedEvents)
            m_socket->off(event);
    }
}

void AdminUiFeed::reload()
{
    if (!m_socket)
        return;
    // Leaving and joining again is the only way to get all_sockets; the Manager's connection is
    // closed and opened again along with it (one socket uses it).
    m_socket->close();
    m_socket->open();
}

void AdminUiFeed::onConnected()
{
    // config and all_sockets follow the CONNECT at once; events before them are in all_sockets.
    setStatus(Status::Loading);
    m_deadline.start();
}

void AdminUiFeed::applyEvent(const QString &event, const QJsonArray &args)
{
    if (event == QLatin1StringView("config")) {
        onConfig(args.at(0).toObject());
        return;
    }
    if (event == QLatin1StringView("all_sockets")) {
        onAllSockets(args.at(0).toArray());
        return;
    }
    if (status() != Status::Live)
        return; // the next all_sockets holds it
    ConsoleState::Events events;
    if (event == QLatin1StringView("socket_connected")) {
        upsert(mutableState(), args.at(0).toObject(), &events);
    } else if (event == QLatin1StringView("socket_updated")) {
        const QJsonObject update = args.at(0).toObject();
        const QString id = update.value(QLatin1StringView("id")).toString();
        const auto known = m_serialized.constFind(id);
        if (known == m_serialized.cend())
            return; // a socket we do not list (admin namespace) or have not heard of
        upsert(mutableState(), merged(*known, update), &events);
    } else if (event == QLatin1StringView("socket_disconnected")) {
        remove(args.at(1).toString(), &events);
    } else if (event == QLatin1StringView("room_joined") || event == QLatin1StringView("room_left")) {
        const QString room = args.at(1).toString();
        const QString id = args.at(2).toString();
        const auto known = m_serialized.constFind(id);
        if (known == m_serialized.cend() || room.isEmpty())
            return; // room_left after a disconnect: the socket has gone already
        QJsonObject serialized = *known;
        QJsonArray rooms = serialized.value(QLatin1StringView("rooms")).toArray();
        if (event == QLatin1StringView("room_joined")) {
            if (rooms.contains(room))
                return;
            rooms.append(room);
        } else {
            const auto at = std::find(rooms.begin(), rooms.end(), QJsonValue(room));
            if (at == rooms.end())
                return;
            rooms.erase(at);
        }
        serialized.insert(QStringLiteral("rooms"), rooms);
        upsert(mutableState(), serialized, &events);
    }
    finishEvents(events);
}

void AdminUiFeed::onConfig(const QJsonObject &config)
{
    const QJsonArray features = config.value(QLatin1StringView("supportedFeatures")).toArray();
    if (features.contains(QStringLiteral("ALL_EVENTS")))
        return;
    m_deadline.stop();
    fail(tr("The server runs instrument() in production mode: it reports statistics only, no sockets. "
            "Its console needs mode \"development\"."));
}

void AdminUiFeed::onAllSockets(const QJsonArray &sockets)
{
    m_deadline.stop();
    m_serialized.clear();
    ConsoleState fresh;
    for (const QJsonValue &socket : sockets)
        upsert(fresh, socket.toObject(), nullptr);
    replaceState(std::move(fresh));
}

bool AdminUiFeed::upsert(ConsoleState &state, const QJsonObject &serialized, ConsoleState::Events *events)
{
    const AdminUiGrouping::Entry entry = AdminUiGrouping::fromSerialized(serialized);
    const QString &id = entry.socket.id;
    if (id.isEmpty() || entry.socket.nsp == m_adminNsp)
        return false;
    QString oldUser;
    QString oldDevice;
    if (const SocketInfo *known = state.socket(id)) {
        oldUser = known->userId;
        oldDevice = known->deviceId;
    }
    m_serialized.insert(id, serialized);
    // Parents appear (as placeholders) with the socket; their details follow in the refreshes.
    state.upsertSocket(entry.socket, events);
    if (!oldUser.isEmpty() && (oldUser != entry.user.id || oldDevice != entry.device.id)) {
        refreshDevice(state, oldUser, oldDevice, nullptr, events);
        refreshUser(state, oldUser, nullptr, events);
    }
    refreshDevice(state, entry.user.id, entry.device.id, &entry.device, events);
    refreshUser(state, entry.user.id, &entry.user, events);
    return true;
}

void AdminUiFeed::remove(const QString &socketId, ConsoleState::Events *events)
{
    m_serialized.remove(socketId);
    ConsoleState &state = mutableState();
    const SocketInfo *known = state.socket(socketId);
    if (!known)
        return;
    const QString userId = known->userId;
    const QString deviceId = known->deviceId;
    state.removeSocket(socketId, events);
    refreshDevice(state, userId, deviceId, nullptr, events);
    refreshUser(state, userId, nullptr, events);
}

void AdminUiFeed::refreshDevice(ConsoleState &state, const QString &userId, const QString &deviceId,
                                const DeviceInfo *latest, ConsoleState::Events *events)
{
    const DeviceInfo *device = state.device(userId, deviceId);
    if (!device)
        return;
    QStringList ids = state.socketIds(userId, deviceId);
    if (ids.isEmpty()) {
        state.removeDevice(userId, deviceId, events);
        return;
    }
    std::sort(ids.begin(), ids.end());
    DeviceInfo info = latest ? *latest : *device;
    info.id = deviceId;
    info.userId = userId;
    info.socketIds = ids;
    info.connectedAt = {};
    for (const QString &id : std::as_const(ids)) {
        if (const SocketInfo *socket = state.socket(id))
            info.connectedAt = earlier(info.connectedAt, socket->connectedAt);
    }
    state.upsertDevice(info, events);
}

void AdminUiFeed::refreshUser(ConsoleState &state, const QString &userId, const UserInfo *latest,
                              ConsoleState::Events *events)
{
    const ConsoleState::UserEntry *user = state.user(userId);
    if (!user)
        return;
    UserInfo info = latest ? *latest : user->info;
    info.id = userId;
    info.deviceCount = 0;
    info.socketCount = 0;
    info.connectedAt = {};
    const QStringList devices = state.deviceIds(userId);
    for (const QString &deviceId : devices) {
        ++info.deviceCount;
        const QStringList sockets = state.socketIds(userId, deviceId);
        for (const QString &id : sockets) {
            ++info.socketCount;
            if (const SocketInfo *socket = state.socket(id))
                info.connectedAt = earlier(info.connectedAt, socket->connectedAt);
        }
    }
    if (info.socketCount == 0) {
        state.removeUser(userId, events);
        return;
    }
    state.upsertUser(info, events);
}

void AdminUiFeed::finishEvents(const ConsoleState::Events &events)
{
    if (events.isEmpty())
        return;
    emitEvents(events);
    Q_EMIT changesApplied();
}

} // namespace gatehouse
