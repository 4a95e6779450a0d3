#include "ChatService.h"

#include "ChatPresence.h"
#include "ChatStore.h"
#include "core/moderation/SessionRegistry.h"
#include "core/server/Namespace.h"
#include "core/server/Socket.h"
#include "core/store/Store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChat, "gatehouse.chat", QtInfoMsg)

namespace gatehouse {

namespace {

QString userRoom(const QString &userId)
{
    return QStringLiteral("user:") + userId;
}

} // namespace

ChatService::ChatService(ChatStore &chat, Store &store, SessionRegistry &registry, ChatPresence &presence,
                         Namespace &nsp, ChatSettings settings, const Clock *clock)
    : m_chat(chat),
      m_store(store),
      m_registry(registry),
      m_presence(presence),
      m_nsp(&nsp),
      m_settings(std::move(settings)),
      m_limiter(m_settings.rateBurst, m_settings.ratePerSecond, clock)
{
}

Expected<QList<ChatRoom>, ChatError> ChatService::rooms() const
{
    auto rooms = m_chat.rooms();
    if (!rooms)
        return unexpected(ChatError::serverError(rooms.error()));
    return std::move(*rooms);
}

Expected<QStringList, ChatError> ChatService::roomsOf(const QString &userId) const
{
    auto names = m_chat.roomsOf(userId);
    if (!names)
        return unexpected(ChatError::serverError(names.error()));
    return std::move(*names);
}

Expected<ChatRoom, ChatError> ChatService::activeRoom(const QString &name) const
{
    const auto found = m_chat.findRoom(name);
    if (!found)
        return unexpected(ChatError::serverError(found.error()));
    if (!*found)
        return unexpected(ChatError::notFound(
            QStringLiteral("There is no room #%1. Check the name; chat:rooms lists the rooms.").arg(name)));
    if ((*found)->isArchived())
        return unexpected(
            ChatError {QStringLiteral("room_archived"),
                       QStringLiteral("#%1 is archived: its history stays, but nobody can join or "
                                      "write there any more.")
                           .arg(name),
                       {}});
    return **found;
}

Expected<void, ChatError> ChatService::checkAdmin(const ChatUser &caller, const QString &refusal) const
{
    // The role now, not the one the socket signed in with: a demoted admin loses this at once.
    // Users from another issuer's token are not in the store; their token's role counts.
    QString role = caller.role;
    const auto account = m_store.users().findById(caller.id);
    if (!account)
        return unexpected(ChatError::serverError(account.error()));
    if (*account)
        role = roleToString((*account)->role);
    if (role != QLatin1StringView("admin"))
        return unexpected(ChatError::forbidden(refusal));
    return {};
}

void ChatService::announceRoom(const ChatRoom &room)
{
    if (!m_nsp)
        return;
    QJsonObject json = room.toJson();
    json.insert(QStringLiteral("online"), m_presence.onlineCountIn(socketRoom(room.name)));
    m_nsp->to(ChatPresence::Room).emit(RoomEvent, {json});
}

Expected<ChatRoom, ChatError> ChatService::createRoom(const ChatUser &caller, const QString &name,
                                                      const QString &topic, const QString &address)
{
    if (const auto admin = checkAdmin(
            caller, QStringLiteral("Only admins create rooms. Ask an admin to create #%1.").arg(name));
        !admin)
        return unexpected(admin.error());
    const auto existing = m_chat.findRoom(name);
    if (!existing)
        return unexpected(ChatError::serverError(existing.error()));
    if (*existing)
        return unexpected(ChatError::conflict(
            QStringLiteral("#%1 already exists%2. Pick another name.")
                .arg(name, (*existing)->isArchived() ? QStringLiteral(" (archived)") : QString())));

    ChatRoom room;
    const auto done = m_store.database().transaction([&]() -> Expected<void, QString> {
        auto created = m_chat.createRoom(name, topic, caller.id);
        if (!created)
            return unexpected(created.error());
        room = *created;
        auto audited
            = m_store.audit().append(RoomCreatedAudit, caller.id, {}, address,
                                     {{QStringLiteral("room"), name}, {QStringLiteral("topic"), topic}});
        if (!audited)
            return unexpected(audited.error());
        return {};
    });
    if (!done)
        return unexpected(ChatError::serverError(done.error()));
    qCInfo(lcChat) << "room" << name << "created by" << caller.username;
    announceRoom(room);
    return room;
}

Expected<ChatRoom, ChatError> ChatService::archiveRoom(const ChatUser &caller, const QString &name,
                                                       const QString &address)
{
    if (const auto admin = checkAdmin(
            caller, QStringLiteral("Only admins archive rooms. Ask an admin to archive #%1.").arg(name));
        !admin)
        return unexpected(admin.error());
    auto room = activeRoom(name);
    if (!room)
        return unexpected(room.error());
    const auto done = m_store.database().transaction([&]() -> Expected<void, QString> {
        auto archived = m_chat.archiveRoom(room->id);
        if (!archived)
            return unexpected(archived.error());
        room->archivedAt = *archived;
        auto audited = m_store.audit().append(RoomArchivedAudit, caller.id, {}, address,
                                              {{QStringLiteral("room"), name}});
        if (!audited)
            return unexpected(audited.error());
        return {};
    });
    if (!done)
        return unexpected(ChatError::serverError(done.error()));
    qCInfo(lcChat) << "room" << name << "archived by" << caller.username;
    if (m_nsp)
        m_nsp->in(socketRoom(name)).socketsLeave(socketRoom(name));
    announceRoom(*room);
    return std::move(*room);
}

Expected<std::pair<ChatRoom, ChatHistoryPage>, ChatError> ChatService::join(const ChatUser &caller,
                                                                            const QString &name, int limit)
{
    auto room = activeRoom(name);
    if (!room)
        return unexpected(room.error());
    const auto added = m_chat.addMember(room->id, caller.id);
    if (!added)
        return unexpected(ChatError::serverError(added.error()));
    if (m_nsp)
        m_nsp->to(userRoom(caller.id)).socketsJoin(socketRoom(name));
    // With no history on join ([chat] historyOnJoin=0), one message is read to tell whether
    // there is any to ask for.
    auto page = m_chat.roomHistory(room->id, 0, qMax(1, limit));
    if (!page)
        return unexpected(ChatError::serverError(page.error()));
    if (limit <= 0) {
        page->hasMore = !page->messages.isEmpty();
        page->messages.clear();
    }
    return std::pair {std::move(*room), std::move(*page)};
}

Expected<ChatRoom, ChatError> ChatService::leave(const ChatUser &caller, const QString &name)
{
    const auto found = m_chat.findRoom(name);
    if (!found)
        return unexpected(ChatError::serverError(found.error()));
    if (!*found)
        return unexpected(
            ChatError::notFound(QStringLiteral("There is no room #%1. Check the name.").arg(name)));
    const auto removed = m_chat.removeMember((*found)->id, caller.id);
    if (!removed)
        return unexpected(ChatError::serverError(removed.error()));
    if (m_nsp)
        m_nsp->to(userRoom(caller.id)).socketsLeave(socketRoom(name));
    return **found;
}

Expected<void, ChatError> ChatService::joinMemberRooms(Socket *socket, const QString &userId)
{
    const auto names = roomsOf(userId);
    if (!names)
        return unexpected(names.error());
    for (const QString &name : *names)
        socket->join(socketRoom(name));
    return {};
}

Expected<ChatHistoryPage, ChatError> ChatService::roomHistory(const QString &name, qint64 beforeId,
                                                              int limit) const
{
    // Archived rooms keep their history readable.
    const auto found = m_chat.findRoom(name);
    if (!found)
        return unexpected(ChatError::serverError(found.error()));
    if (!*found)
        return unexpected(
            ChatError::notFound(QStringLiteral("There is no room #%1. Check the name.").arg(name)));
    auto page = m_chat.roomHistory((*found)->id, beforeId, limit);
    if (!page)
        return unexpected(ChatError::serverError(page.error()));
    return std::move(*page);
}

Expected<ChatHistoryPage, ChatError> ChatService::directHistory(const ChatUser &caller, const ChatUser &other,
                                                                qint64 beforeId, int limit) const
{
    auto page = m_chat.directHistory(caller.id, other.id, beforeId, limit);
    if (!page)
        return unexpected(ChatError::serverError(page.error()));
    return std::move(*page);
}

Expected<QList<ChatMessage>, ChatError> ChatService::conversations(const ChatUser &caller, int limit) const
{
    auto latest = m_chat.conversations(caller.id, limit);
    if (!latest)
        return unexpected(ChatError::serverError(latest.error()));
    return std::move(*latest);
}

Expected<ChatUser, ChatError> ChatService::findUser(const QString &usernameOrId) const
{
    const auto notFound = ChatError::notFound(
        QStringLiteral("There is no user \"%1\". Check the username.").arg(usernameOrId.left(64)));
    if (usernameOrId.isEmpty())
        return unexpected(notFound);
    auto found = m_store.users().findByUsername(usernameOrId);
    if (found && !*found)
        found = m_store.users().findById(usernameOrId);
    if (!found)
        return unexpected(ChatError::serverError(found.error()));
    if (*found)
        return ChatUser {(*found)->id, (*found)->username, (*found)->displayName,
                         roleToString((*found)->role)};
    // Signed in with another issuer's token: not in the store, but known while online.
    if (const auto live = m_registry.user(usernameOrId))
        return ChatUser {live->id, live->username.isEmpty() ? live->displayName : live->username,
                         live->displayName, live->role};
    return unexpected(notFound);
}

Expected<std::optional<ChatMessage>, ChatError>
ChatService::earlierTry(const ChatUser &caller, const QString &clientId, const ChatMessage &attempt) const
{
    if (clientId.isEmpty())
        return std::optional<ChatMessage>();
    const auto stored = m_chat.findByClientId(caller.id, clientId);
    if (!stored)
        return unexpected(ChatError::serverError(stored.error()));
    if (!*stored)
        return std::optional<ChatMessage>();
    const ChatMessage &earlier = **stored;
    const bool same
        = earlier.roomId == attempt.roomId && earlier.to.id == attempt.to.id && earlier.text == attempt.text;
    if (!same)
        return unexpected(ChatError::conflict(
            QStringLiteral("The clientId \"%1\" was already used for another message. Use a new clientId for "
                           "each message, and the same one only to retry it.")
                .arg(clientId)));
    return *stored;
}

Expected<void, ChatError> ChatService::checkRate(const ChatUser &caller)
{
    const qint64 waitMs = m_limiter.take(caller.id);
    if (waitMs == 0)
        return {};
    return unexpected(
        ChatError {QStringLiteral("rate_limited"),
                   QStringLiteral("You are sending too fast (at most %1 messages at once, then %2 "
                                  "a second). Wait %3 ms and send again.")
                       .arg(m_settings.rateBurst)
                       .arg(m_settings.ratePerSecond)
                       .arg(waitMs),
                   {{QStringLiteral("retryAfterMs"), double(waitMs)}}});
}

Expected<ChatService::Sent, ChatError>
ChatService::store(const ChatMessage &message, const QString &originSocketId, const QStringList &targetRooms)
{
    const auto earlier = earlierTry(message.from, message.clientId, message);
    if (!earlier)
        return unexpected(earlier.error());
    if (*earlier)
        return Sent {**earlier, true};
    if (const auto rate = checkRate(message.from); !rate)
        return unexpected(rate.error());
    auto stored = m_chat.append(message);
    if (!stored)
        return unexpected(ChatError::serverError(stored.error()));
    if (m_nsp && !targetRooms.isEmpty()) {
        BroadcastOperator targets = m_nsp->to(targetRooms.first());
        for (qsizetype i = 1; i < targetRooms.size(); ++i)
            targets = targets.to(targetRooms.at(i));
        if (!originSocketId.isEmpty())
            targets = targets.except(originSocketId);
        targets.emit(MessageEvent, {stored->toJson()});
    }
    return Sent {std::move(*stored), false};
}

Expected<ChatService::Sent, ChatError> ChatService::send(const ChatUser &caller, const QString &roomName,
                                                         const QString &text, const QString &clientId,
                                                         const QString &originSocketId)
{
    const auto room = activeRoom(roomName);
    if (!room)
        return unexpected(room.error());
    const auto member = m_chat.isMember(room->id, caller.id);
    if (!member)
        return unexpected(ChatError::serverError(member.error()));
    if (!*member)
        return unexpected(ChatError {
            QStringLiteral("not_member"),
            QStringLiteral("You are not in #%1. Join it first (chat:join), then send.").arg(roomName),
            {}});
    ChatMessage message;
    message.roomId = room->id;
    message.room = room->name;
    message.from = caller;
    message.text = text;
    message.clientId = clientId;
    return store(message, originSocketId, {socketRoom(room->name)});
}

Expected<ChatService::Sent, ChatError> ChatService::direct(const ChatUser &caller, const ChatUser &recipient,
                                                           const QString &text, const QString &clientId,
                                                           const QString &originSocketId)
{
    ChatMessage message;
    message.from = caller;
    message.to = recipient;
    message.text = text;
    message.clientId = clientId;
    return store(message, originSocketId, {userRoom(caller.id), userRoom(recipient.id)});
}

} // namespace gatehouse
