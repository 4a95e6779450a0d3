#include "ChatCommands.h"

#include "ChatPresence.h"
#include "ChatService.h"
#include "ChatValidation.h"
#include "core/server/Namespace.h"
#include "core/server/Socket.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>

Q_DECLARE_LOGGING_CATEGORY(lcChat)

namespace gatehouse {

namespace {

const char WelcomedProperty[] = "gatehouse.chat.welcomed";

// The acknowledgement's shape, {ok: true, …} or {ok: false, error: {code, message}}, kept local
// on purpose: a shared helper for it is being made elsewhere.
QJsonObject answer(const Expected<QJsonObject, ChatError> &result)
{
    if (!result)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), result.error().toJson()}};
    QJsonObject body = *result;
    body.insert(QStringLiteral("ok"), true);
    return body;
}

QJsonArray toJson(const QList<ChatMessage> &messages)
{
    QJsonArray list;
    for (const ChatMessage &message : messages)
        list.append(message.toJson());
    return list;
}

QJsonObject pageJson(const ChatHistoryPage &page)
{
    return {{QStringLiteral("messages"), toJson(page.messages)},
            {QStringLiteral("hasMore"), page.hasMore},
            {QStringLiteral("nextBeforeId"),
             page.nextBeforeId() > 0 ? QJsonValue(double(page.nextBeforeId())) : QJsonValue()}};
}

QJsonObject sentJson(const ChatService::Sent &sent)
{
    return {{QStringLiteral("message"), sent.first.toJson()}, {QStringLiteral("duplicate"), sent.second}};
}

} // namespace

ChatCommands::ChatCommands(ChatService &service, ChatPresence &presence, QObject *parent)
    : QObject(parent), m_service(service), m_presence(presence)
{
}

ChatCommands::~ChatCommands() = default;

void ChatCommands::install(Namespace &nsp)
{
    nsp.onConnection([self = QPointer(this)](Socket *socket) {
        if (self)
            self->attach(socket);
    });
}

void ChatCommands::welcome(Socket *socket, const ChatUser &caller)
{
    if (socket->property(WelcomedProperty).toBool())
        return;
    socket->setProperty(WelcomedProperty, true);
    m_presence.subscribe(socket);
    if (const auto joined = m_service.joinMemberRooms(socket, caller.id); !joined)
        qCWarning(lcChat).noquote() << "cannot put socket" << socket->id()
                                    << "into its rooms:" << joined.error().message;
}

void ChatCommands::command(Socket *socket, const QString &name, Handler handler)
{
    QPointer<ChatCommands> self(this);
    socket->on(
        name, [self, socket, name, handler = std::move(handler)](const Arguments &args, const Ack &ack) {
            if (!self)
                return;
            const auto reply = [&](const Result &result) {
                if (ack.isRequested())
                    ack({answer(result)});
                else if (!result)
                    socket->emit(ErrorEvent,
                                 {QJsonObject {{QStringLiteral("command"), name},
                                               {QStringLiteral("error"), result.error().toJson()}}});
            };
            const ChatUser caller = ChatUser::of(socket);
            if (!caller.isValid())
                return reply(unexpected(ChatError {
                    QStringLiteral("unauthorized"), QStringLiteral("Sign in before using the chat."), {}}));
            const QJsonValue request = args.value(0).toJson();
            if (!request.isObject() && !request.isUndefined() && !request.isNull())
                return reply(unexpected(ChatError::badRequest(
                    QStringLiteral("Send the command's arguments as one JSON object."))));
            self->welcome(socket, caller);
            reply(handler(socket, caller, request.toObject()));
        });
}

void ChatCommands::attach(Socket *socket)
{
    if (const ChatUser caller = ChatUser::of(socket); caller.isValid())
        welcome(socket, caller);
    command(socket, QStringLiteral("chat:rooms"),
            [this](Socket *, const ChatUser &caller, const QJsonObject &) { return rooms(caller); });
    command(socket, QStringLiteral("chat:join"),
            [this](Socket *, const ChatUser &caller, const QJsonObject &r) { return join(caller, r); });
    command(socket, QStringLiteral("chat:leave"),
            [this](Socket *, const ChatUser &caller, const QJsonObject &r) { return leave(caller, r); });
    command(socket, QStringLiteral("chat:history"),
            [this](Socket *, const ChatUser &caller, const QJsonObject &r) { return history(caller, r); });
    command(socket, QStringLiteral("chat:send"),
            [this](Socket *s, const ChatUser &caller, const QJsonObject &r) { return send(s, caller, r); });
    command(socket, QStringLiteral("chat:direct"),
            [this](Socket *s, const ChatUser &caller, const QJsonObject &r) { return direct(s, caller, r); });
    command(
        socket, QStringLiteral("chat:conversations"),
        [this](Socket *, const ChatUser &caller, const QJsonObject &r) { return conversations(caller, r); });
    command(
        socket, QStringLiteral("chat:createRoom"),
        [this](Socket *s, const ChatUser &caller, const QJsonObject &r) { return createRoom(s, caller, r); });
    command(socket, QStringLiteral("chat:archiveRoom"),
            [this](Socket *s, const ChatUser &caller, const QJsonObject &r) {
                return archiveRoom(s, caller, r);
            });
    command(socket, QStringLiteral("chat:presence"),
            [this](Socket *, const ChatUser &, const QJsonObject &) { return presence(); });
}

ChatCommands::Result ChatCommands::rooms(const ChatUser &caller) const
{
    const auto rooms = m_service.rooms();
    if (!rooms)
        return unexpected(rooms.error());
    const auto mine = m_service.roomsOf(caller.id);
    if (!mine)
        return unexpected(mine.error());
    QJsonArray list;
    for (const ChatRoom &room : *rooms) {
        QJsonObject json = room.toJson();
        json.insert(QStringLiteral("members"), room.memberCount);
        json.insert(QStringLiteral("online"), m_presence.onlineCountIn(ChatService::socketRoom(room.name)));
        json.insert(QStringLiteral("joined"), mine->contains(room.name));
        list.append(json);
    }
    return QJsonObject {{QStringLiteral("rooms"), list}};
}

ChatCommands::Result ChatCommands::join(const ChatUser &caller, const QJsonObject &request)
{
    const auto name = ChatValidation::roomName(request.value(QStringLiteral("room")));
    if (!name)
        return unexpected(name.error());
    const auto limit = ChatValidation::pageSize(request.value(QStringLiteral("limit")),
                                                m_service.settings().historyOnJoin);
    if (!limit)
        return unexpected(limit.error());
    const auto joined = m_service.join(caller, *name, *limit);
    if (!joined)
        return unexpected(joined.error());
    QJsonObject body = pageJson(joined->second);
    body.insert(QStringLiteral("room"), joined->first.toJson());
    body.insert(QStringLiteral("online"), m_presence.onlineIn(ChatService::socketRoom(*name)));
    return body;
}

ChatCommands::Result ChatCommands::leave(const ChatUser &caller, const QJsonObject &request)
{
    const auto name = ChatValidation::roomName(request.value(QStringLiteral("room")));
    if (!name)
        return unexpected(name.error());
    const auto left = m_service.leave(caller, *name);
    if (!left)
        return unexpected(left.error());
    return QJsonObject {{QStringLiteral("room"), left->name}};
}

ChatCommands::Result ChatCommands::history(const ChatUser &caller, const QJsonObject &request) const
{
    const auto beforeId = ChatValidation::beforeId(request.value(QStringLiteral("beforeId")));
    if (!beforeId)
        return unexpected(beforeId.error());
    const auto limit = ChatValidation::pageSize(request.value(QStringLiteral("limit")), 50);
    if (!limit)
        return unexpected(limit.error());
    const bool byRoom = request.contains(QStringLiteral("room"));
    if (byRoom == request.contains(QStringLiteral("with")))
        return unexpected(ChatError::badRequest(
            QStringLiteral("Say whose history: \"room\" for a room, or \"with\" (a username) for direct "
                           "messages, not both.")));
    Expected<ChatHistoryPage, ChatError> page = unexpected(ChatError {});
    if (byRoom) {
        const auto name = ChatValidation::roomName(request.value(QStringLiteral("room")));
        if (!name)
            return unexpected(name.error());
        page = m_service.roomHistory(*name, *beforeId, *limit);
    } else {
        const QJsonValue with = request.value(QStringLiteral("with"));
        if (!with.isString() || with.toString().isEmpty())
            return unexpected(ChatError::badRequest(
                QStringLiteral("\"with\" must be the other user's username (or user id).")));
        const auto other = m_service.findUser(with.toString());
        if (!other)
            return unexpected(other.error());
        page = m_service.directHistory(caller, *other, *beforeId, *limit);
    }
    if (!page)
        return unexpected(page.error());
    return pageJson(*page);
}

ChatCommands::Result ChatCommands::send(Socket *socket, const ChatUser &caller, const QJsonObject &request)
{
    const auto name = ChatValidation::roomName(request.value(QStringLiteral("room")));
    if (!name)
        return unexpected(name.error());
    const auto text
        = ChatValidation::text(request.value(QStringLiteral("text")), m_service.settings().maxMessageLength);
    if (!text)
        return unexpected(text.error());
    const auto clientId = ChatValidation::clientId(request.value(QStringLiteral("clientId")));
    if (!clientId)
        return unexpected(clientId.error());
    const auto sent = m_service.send(caller, *name, *text, *clientId, socket->id());
    if (!sent)
        return unexpected(sent.error());
    return sentJson(*sent);
}

ChatCommands::Result ChatCommands::direct(Socket *socket, const ChatUser &caller, const QJsonObject &request)
{
    const QJsonValue to = request.value(QStringLiteral("to"));
    if (!to.isString() || to.toString().isEmpty())
        return unexpected(ChatError::badRequest(
            QStringLiteral("Say to whom: \"to\" must be the recipient's username (or user id).")));
    const auto text
        = ChatValidation::text(request.value(QStringLiteral("text")), m_service.settings().maxMessageLength);
    if (!text)
        return unexpected(text.error());
    const auto clientId = ChatValidation::clientId(request.value(QStringLiteral("clientId")));
    if (!clientId)
        return unexpected(clientId.error());
    const auto recipient = m_service.findUser(to.toString());
    if (!recipient)
        return unexpected(recipient.error());
    const auto sent = m_service.direct(caller, *recipient, *text, *clientId, socket->id());
    if (!sent)
        return unexpected(sent.error());
    return sentJson(*sent);
}

ChatCommands::Result ChatCommands::conversations(const ChatUser &caller, const QJsonObject &request) const
{
    const auto limit = ChatValidation::pageSize(request.value(QStringLiteral("limit")), 50);
    if (!limit)
        return unexpected(limit.error());
    const auto latest = m_service.conversations(caller, *limit);
    if (!latest)
        return unexpected(latest.error());
    QJsonArray list;
    for (const ChatMessage &message : *latest) {
        const ChatUser &other = message.from.id == caller.id ? message.to : message.from;
        list.append(QJsonObject {{QStringLiteral("with"), other.toJson()},
                                 {QStringLiteral("lastMessage"), message.toJson()}});
    }
    return QJsonObject {{QStringLiteral("conversations"), list}};
}

ChatCommands::Result ChatCommands::createRoom(Socket *socket, const ChatUser &caller,
                                              const QJsonObject &request)
{
    const QJsonValue value = request.value(QStringLiteral("name"));
    QString name = value.toString();
    if (name.startsWith(QLatin1Char('#')))
        name.remove(0, 1);
    if (!value.isString())
        return unexpected(ChatError::badRequest(
            QStringLiteral("Name the room: \"name\" must be a string such as \"team-news\".")));
    if (const auto valid = ChatValidation::checkRoomName(name); !valid)
        return unexpected(valid.error());
    const auto topic = ChatValidation::topic(request.value(QStringLiteral("topic")));
    if (!topic)
        return unexpected(topic.error());
    const auto room = m_service.createRoom(caller, name, *topic, socket->handshake().address.toString());
    if (!room)
        return unexpected(room.error());
    return QJsonObject {{QStringLiteral("room"), room->toJson()}};
}

ChatCommands::Result ChatCommands::archiveRoom(Socket *socket, const ChatUser &caller,
                                               const QJsonObject &request)
{
    const auto name = ChatValidation::roomName(request.value(QStringLiteral("room")));
    if (!name)
        return unexpected(name.error());
    const auto room = m_service.archiveRoom(caller, *name, socket->handshake().address.toString());
    if (!room)
        return unexpected(room.error());
    return QJsonObject {{QStringLiteral("room"), room->toJson()}};
}

ChatCommands::Result ChatCommands::presence() const
{
    return QJsonObject {{QStringLiteral("users"), m_presence.online()}};
}

} // namespace gatehouse
