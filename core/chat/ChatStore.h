// Chat rooms, their members and messages in the store (`chat_rooms`, `chat_members`,
// `chat_messages`, migration 2), through prepared statements on the store's Database.
//
// - Rooms are named by `name`; archived rooms stay (with their history) and keep their name.
// - Membership is per user, not per device: a user who joined a room gets its messages on every
//   device.
// - Messages get increasing ids; history is read in pages backwards from an id ("before id X,
//   limit N"), each page oldest first. A message with a client id is stored once per sender and
//   client id (a unique index), so a retried send cannot add a copy.
//
// Every write is one statement, committed (durably, see Database) before the call returns. Like
// Database, a ChatStore is used on the thread that opened it.
#pragma once

#include "ChatHistoryPage.h"
#include "ChatRoom.h"
#include "core/Clock.h"
#include "core/Expected.h"

#include <QStringList>

#include <optional>

namespace gatehouse {

class Database;

class ChatStore {
public:
    static constexpr int MaximumPageSize = 200;

    explicit ChatStore(Database &database, const Clock *clock = Clock::system());

    // Fails (a database error) when the name is taken; check with findRoom first.
    Expected<ChatRoom, QString> createRoom(const QString &name, const QString &topic,
                                           const QString &createdBy = {});
    Expected<std::optional<ChatRoom>, QString> findRoom(const QString &name) const;
    // Marks the room archived now and returns when; its messages and members stay.
    Expected<QDateTime, QString> archiveRoom(qint64 roomId);
    // Active rooms ordered by name, with their member counts.
    Expected<QList<ChatRoom>, QString> rooms() const;

    // Each returns whether something changed (false: already a member / was not one).
    Expected<bool, QString> addMember(qint64 roomId, const QString &userId);
    Expected<bool, QString> removeMember(qint64 roomId, const QString &userId);
    Expected<bool, QString> isMember(qint64 roomId, const QString &userId) const;
    // The names of the active rooms `userId` is a member of, ordered by name.
    Expected<QStringList, QString> roomsOf(const QString &userId) const;

    // Stores `message` (id assigned; an invalid `at` becomes now) and returns it as stored. A room
    // message needs roomId and room; a direct one needs `to` and roomId 0.
    Expected<ChatMessage, QString> append(const ChatMessage &message);
    Expected<std::optional<ChatMessage>, QString> findByClientId(const QString &senderId,
                                                                 const QString &clientId) const;
    // Pages of at most `limit` (≤ 200) messages older than `beforeId` (0: the newest).
    Expected<ChatHistoryPage, QString> roomHistory(qint64 roomId, qint64 beforeId, int limit) const;
    Expected<ChatHistoryPage, QString> directHistory(const QString &userId, const QString &otherId,
                                                     qint64 beforeId, int limit) const;
    // The newest message of each direct conversation `userId` takes part in, newest first.
    Expected<QList<ChatMessage>, QString> conversations(const QString &userId, int limit) const;

    // The key of the conversation between two users: the same whoever writes.
    static QString conversationKey(const QString &userId, const QString &otherId);

private:
    Expected<ChatHistoryPage, QString> history(const QString &condition, const QVariantMap &values,
                                               qint64 beforeId, int limit) const;

    Database &m_database;
    const Clock *m_clock;
};

} // namespace gatehouse
