// The chat's rules, independent of the wire format: rooms and membership, sending to a room or
// directly to a user, history, room creation. ChatCommands turns requests into these calls and
// the results into acknowledgements.
//
// - Membership is per user: joining or leaving a room does it for every device of the user (all
//   their sockets on the namespace join or leave the Socket.IO room "room:<name>"), and it is
//   stored, so a device that connects later is put into its user's rooms at once.
// - A message is stored before it is broadcast, so what a client was told was sent is in the
//   history. Room messages go to the room; direct ones to every device of both users (the rooms
//   "user:<id>"); the sending socket is left out, since its acknowledgement carries the message.
// - A clientId makes sending idempotent: a retry gets the stored message back (`duplicate`),
//   without a second copy, a second broadcast, or counting against the rate limit.
// - Only admins create and archive rooms (moderators act on people, admins on the server's
//   layout); their role is read from the store at that moment, and an audit record is written in
//   the same transaction. An archived room keeps its history (readable) and name (not reusable);
//   nobody can join or write there, and every socket leaves it.
// Lives on the server's thread.
#pragma once

#include "ChatError.h"
#include "ChatHistoryPage.h"
#include "ChatRateLimiter.h"
#include "ChatRoom.h"
#include "ChatSettings.h"
#include "core/Expected.h"

#include <QPointer>

#include <utility>

namespace gatehouse {

class ChatPresence;
class ChatStore;
class Namespace;
class SessionRegistry;
class Socket;
class Store;

class ChatService {
public:
    static inline const QString MessageEvent = QStringLiteral("chat:message");
    // A room was created or archived: {room…, archived, online}.
    static inline const QString RoomEvent = QStringLiteral("chat:room");
    static inline const QString RoomCreatedAudit = QStringLiteral("chat.room_created");
    static inline const QString RoomArchivedAudit = QStringLiteral("chat.room_archived");

    // A message as stored, and whether it was already stored by an earlier try.
    using Sent = std::pair<ChatMessage, bool>;

    ChatService(ChatStore &chat, Store &store, SessionRegistry &registry, ChatPresence &presence,
                Namespace &nsp, ChatSettings settings, const Clock *clock = Clock::system());

    const ChatSettings &settings() const { return m_settings; }
    // The Socket.IO room of a chat room: "room:<name>".
    static QString socketRoom(const QString &name) { return QStringLiteral("room:") + name; }

    // Active rooms by name, with member counts.
    Expected<QList<ChatRoom>, ChatError> rooms() const;
    Expected<QStringList, ChatError> roomsOf(const QString &userId) const;
    // The active room called `name`; not_found or room_archived otherwise.
    Expected<ChatRoom, ChatError> activeRoom(const QString &name) const;
    Expected<ChatRoom, ChatError> createRoom(const ChatUser &caller, const QString &name,
                                             const QString &topic, const QString &address);
    Expected<ChatRoom, ChatError> archiveRoom(const ChatUser &caller, const QString &name,
                                              const QString &address);

    // Makes `caller` a member (idempotent) and puts all their sockets into the room; returns the
    // room and its newest `limit` messages.
    Expected<std::pair<ChatRoom, ChatHistoryPage>, ChatError> join(const ChatUser &caller,
                                                                   const QString &name, int limit);
    Expected<ChatRoom, ChatError> leave(const ChatUser &caller, const QString &name);
    // Puts a newly connected socket into the rooms its user is a member of.
    Expected<void, ChatError> joinMemberRooms(Socket *socket, const QString &userId);

    Expected<ChatHistoryPage, ChatError> roomHistory(const QString &name, qint64 beforeId, int limit) const;
    Expected<ChatHistoryPage, ChatError> directHistory(const ChatUser &caller, const ChatUser &other,
                                                       qint64 beforeId, int limit) const;
    Expected<QList<ChatMessage>, ChatError> conversations(const ChatUser &caller, int limit) const;

    // `originSocketId`: the sending socket, which gets the message in its ack instead.
    Expected<Sent, ChatError> send(const ChatUser &caller, const QString &room, const QString &text,
                                   const QString &clientId, const QString &originSocketId);
    Expected<Sent, ChatError> direct(const ChatUser &caller, const ChatUser &recipient, const QString &text,
                                     const QString &clientId, const QString &originSocketId);
    // A user named by username or by id; not_found when nobody is.
    Expected<ChatUser, ChatError> findUser(const QString &usernameOrId) const;

private:
    // forbidden (with `refusal`) unless the caller is an admin now.
    Expected<void, ChatError> checkAdmin(const ChatUser &caller, const QString &refusal) const;
    void announceRoom(const ChatRoom &room);
    // A stored message with `clientId` from `caller`: the duplicate to answer with, or a conflict
    // when the id was used for something else; nullopt when there is none.
    Expected<std::optional<ChatMessage>, ChatError>
    earlierTry(const ChatUser &caller, const QString &clientId, const ChatMessage &attempt) const;
    Expected<void, ChatError> checkRate(const ChatUser &caller);
    Expected<Sent, ChatError> store(const ChatMessage &message, const QString &originSocketId,
                                    const QStringList &targetRooms);

    ChatStore &m_chat;
    Store &m_store;
    SessionRegistry &m_registry;
    ChatPresence &m_presence;
    QPointer<Namespace> m_nsp;
    ChatSettings m_settings;
    ChatRateLimiter m_limiter;
};

} // namespace gatehouse
