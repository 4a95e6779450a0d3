#include "ChatStore.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>

#include <algorithm>

namespace gatehouse {

namespace {

const QString MessageColumns = QStringLiteral(
    "SELECT m.id, m.room_id, r.name, m.sender_id, m.sender_username, m.sender_name, m.recipient_id, "
    "m.recipient_username, m.recipient_name, m.text, m.sent_at, m.client_id "
    "FROM chat_messages m LEFT JOIN chat_rooms r ON r.id = m.room_id ");

ChatMessage messageFrom(const QSqlQuery &query)
{
    ChatMessage message;
    message.id = query.value(0).toLongLong();
    message.roomId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    message.room = query.value(2).toString();
    message.from = {query.value(3).toString(), query.value(4).toString(), query.value(5).toString(), {}};
    if (message.isDirect())
        message.to = {query.value(6).toString(), query.value(7).toString(), query.value(8).toString(), {}};
    message.text = query.value(9).toString();
    message.at = sql::toTime(query.value(10));
    message.clientId = query.value(11).toString();
    return message;
}

const QString RoomColumns = QStringLiteral("SELECT id, name, topic, created_by, created_at, archived_at ");

ChatRoom roomFrom(const QSqlQuery &query)
{
    ChatRoom room;
    room.id = query.value(0).toLongLong();
    room.name = query.value(1).toString();
    room.topic = query.value(2).toString();
    room.createdBy = query.value(3).toString();
    room.createdAt = sql::toTime(query.value(4));
    room.archivedAt = sql::toTime(query.value(5));
    return room;
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns get an empty string instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

int boundedLimit(int limit)
{
    return qBound(1, limit, ChatStore::MaximumPageSize);
}

} // namespace

ChatStore::ChatStore(Database &database, const Clock *clock) : m_database(database), m_clock(clock)
{
}

QString ChatStore::conversationKey(const QString &userId, const QString &otherId)
{
    return userId < otherId ? userId + QLatin1Char('|') + otherId : otherId + QLatin1Char('|') + userId;
}

Expected<ChatRoom, QString> ChatStore::createRoom(const QString &name, const QString &topic,
                                                  const QString &createdBy)
{
    ChatRoom room;
    room.name = name;
    room.topic = topic;
    room.createdBy = createdBy;
    room.createdAt = sql::toTime(sql::fromTime(m_clock->now()));
    QSqlQuery query(m_database.connection());
    const auto done = sql::exec(query,
                                QStringLiteral("INSERT INTO chat_rooms (name, topic, created_by, created_at) "
                                               "VALUES (:name, :topic, :by, :at)"),
                                {{QStringLiteral("name"), name},
                                 {QStringLiteral("topic"), notNull(topic)},
                                 {QStringLiteral("by"), sql::fromText(createdBy)},
                                 {QStringLiteral("at"), sql::fromTime(room.createdAt)}});
    if (!done)
        return unexpected(done.error());
    room.id = query.lastInsertId().toLongLong();
    return room;
}

Expected<std::optional<ChatRoom>, QString> ChatStore::findRoom(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    const auto done = sql::exec(query, RoomColumns + QStringLiteral("FROM chat_rooms WHERE name = :name"),
                                {{QStringLiteral("name"), name}});
    if (!done)
        return unexpected(done.error());
    if (!query.next())
        return std::optional<ChatRoom>();
    return std::optional<ChatRoom>(roomFrom(query));
}

Expected<QDateTime, QString> ChatStore::archiveRoom(qint64 roomId)
{
    const QDateTime at = sql::toTime(sql::fromTime(m_clock->now()));
    QSqlQuery query(m_database.connection());
    const auto done = sql::exec(query,
                                QStringLiteral("UPDATE chat_rooms SET archived_at = :at WHERE id = :id AND "
                                               "archived_at IS NULL"),
                                {{QStringLiteral("at"), sql::fromTime(at)}, {QStringLiteral("id"), roomId}});
    if (!done)
        return unexpected(done.error());
    if (query.numRowsAffected() != 1)
        return unexpected(QStringLiteral("room %1 is not an active room").arg(roomId));
    return at;
}

Expected<QList<ChatRoom>, QString> ChatStore::rooms() const
{
    QSqlQuery query(m_database.connection());
    const auto done
        = sql::exec(query,
                    QStringLiteral("SELECT r.id, r.name, r.topic, r.created_by, r.created_at, r.archived_at, "
                                   "(SELECT COUNT(*) FROM chat_members m WHERE m.room_id = r.id) "
                                   "FROM chat_rooms r WHERE r.archived_at IS NULL ORDER BY r.name"));
    if (!done)
        return unexpected(done.error());
    QList<ChatRoom> rooms;
    while (query.next()) {
        ChatRoom room = roomFrom(query);
        room.memberCount = query.value(6).toInt();
        rooms.append(room);
    }
    return rooms;
}

Expected<bool, QString> ChatStore::addMember(qint64 roomId, const QString &userId)
{
    const auto member = isMember(roomId, userId);
    if (!member || *member)
        return member ? Expected<bool, QString>(false) : unexpected(member.error());
    QSqlQuery query(m_database.connection());
    const auto done = sql::exec(query,
                                QStringLiteral("INSERT INTO chat_members (room_id, user_id, joined_at) "
                                               "VALUES (:room, :user, :at)"),
                                {{QStringLiteral("room"), roomId},
                                 {QStringLiteral("user"), userId},
                                 {QStringLiteral("at"), sql::fromTime(m_clock->now())}});
    if (!done)
        return unexpected(done.error());
    return true;
}

Expected<bool, QString> ChatStore::removeMember(qint64 roomId, const QString &userId)
{
    QSqlQuery query(m_database.connection());
    const auto done = sql::exec(
        query, QStringLiteral("DELETE FROM chat_members WHERE room_id = :room AND user_id = :user"),
        {{QStringLiteral("room"), roomId}, {QStringLiteral("user"), userId}});
    if (!done)
        return unexpected(done.error());
    return query.numRowsAffected() > 0;
}

Expected<bool, QString> ChatStore::isMember(qint64 roomId, const QString &userId) const
{
    QSqlQuery query(m_database.connection());
    const auto done = sql::exec(
        query, QStringLiteral("SELECT 1 FROM chat_members WHERE room_id = :room AND user_id = :user"),
        {{QStringLiteral("room"), roomId}, {QStringLiteral("user"), userId}});
    if (!done)
        return unexpected(done.error());
    return query.next();
}

Expected<QStringList, QString> ChatStore::roomsOf(const QString &userId) const
{
    QSqlQuery query(m_database.connection());
    const auto done = sql::exec(query,
                                QStringLiteral("SELECT r.name FROM chat_members m JOIN chat_rooms r ON "
                                               "r.id = m.room_id WHERE m.user_id = :user AND r.archived_at "
                                               "IS NULL ORDER BY r.name"),
                                {{QStringLiteral("user"), userId}});
    if (!done)
        return unexpected(done.error());
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Expected<ChatMessage, QString> ChatStore::append(const ChatMessage &message)
{
    ChatMessage stored = message;
    stored.at = sql::toTime(sql::fromTime(message.at.isValid() ? message.at : m_clock->now()));
    const bool direct = message.isDirect();
    QSqlQuery query(m_database.connection());
    const auto done = sql::exec(
        query,
        QStringLiteral(
            "INSERT INTO chat_messages (room_id, conversation, sender_id, sender_username, "
            "sender_name, recipient_id, recipient_username, recipient_name, text, sent_at, client_id) "
            "VALUES (:room, :conversation, :from, :fromUsername, :fromName, :to, :toUsername, "
            ":toName, :text, :at, :clientId)"),
        {{QStringLiteral("room"),
          direct ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(message.roomId)},
         {QStringLiteral("conversation"),
          direct ? QVariant(conversationKey(message.from.id, message.to.id))
                 : QVariant(QMetaType(QMetaType::QString))},
         {QStringLiteral("from"), message.from.id},
         {QStringLiteral("fromUsername"), notNull(message.from.username)},
         {QStringLiteral("fromName"), notNull(message.from.name)},
         {QStringLiteral("to"), sql::fromText(direct ? message.to.id : QString())},
         {QStringLiteral("toUsername"), sql::fromText(direct ? message.to.username : QString())},
         {QStringLiteral("toName"), sql::fromText(direct ? message.to.name : QString())},
         {QStringLiteral("text"), notNull(message.text)},
         {QStringLiteral("at"), sql::fromTime(stored.at)},
         {QStringLiteral("clientId"), sql::fromText(message.clientId)}});
    if (!done)
        return unexpected(done.error());
    stored.id = query.lastInsertId().toLongLong();
    if (direct)
        stored.room.clear();
    return stored;
}

Expected<std::optional<ChatMessage>, QString> ChatStore::findByClientId(const QString &senderId,
                                                                        const QString &clientId) const
{
    QSqlQuery query(m_database.connection());
    const auto done
        = sql::exec(query, MessageColumns + QStringLiteral("WHERE m.sender_id = :from AND m.client_id = :id"),
                    {{QStringLiteral("from"), senderId}, {QStringLiteral("id"), clientId}});
    if (!done)
        return unexpected(done.error());
    if (!query.next())
        return std::optional<ChatMessage>();
    return std::optional<ChatMessage>(messageFrom(query));
}

Expected<ChatHistoryPage, QString> ChatStore::history(const QString &condition, const QVariantMap &values,
                                                      qint64 beforeId, int limit) const
{
    const int pageSize = boundedLimit(limit);
    QVariantMap bound = values;
    QString where = QStringLiteral("WHERE ") + condition;
    if (beforeId > 0) {
        where += QStringLiteral(" AND m.id < :before");
        bound.insert(QStringLiteral("before"), beforeId);
    }
    QSqlQuery query(m_database.connection());
    // One row more than asked tells whether an older page exists. The limit is an integer we
    // computed, not client text.
    const auto done = sql::exec(
        query, MessageColumns + where + QStringLiteral(" ORDER BY m.id DESC LIMIT %1").arg(pageSize + 1),
        bound);
    if (!done)
        return unexpected(done.error());
    ChatHistoryPage page;
    while (query.next()) {
        if (page.messages.size() == pageSize) {
            page.hasMore = true;
            break;
        }
        page.messages.append(messageFrom(query));
    }
    std::reverse(page.messages.begin(), page.messages.end());
    return page;
}

Expected<ChatHistoryPage, QString> ChatStore::roomHistory(qint64 roomId, qint64 beforeId, int limit) const
{
    return history(QStringLiteral("m.room_id = :room"), {{QStringLiteral("room"), roomId}}, beforeId, limit);
}

Expected<ChatHistoryPage, QString> ChatStore::directHistory(const QString &userId, const QString &otherId,
                                                            qint64 beforeId, int limit) const
{
    return history(QStringLiteral("m.conversation = :conversation"),
                   {{QStringLiteral("conversation"), conversationKey(userId, otherId)}}, beforeId, limit);
}

Expected<QList<ChatMessage>, QString> ChatStore::conversations(const QString &userId, int limit) const
{
    QSqlQuery query(m_database.connection());
    const auto done = sql::exec(
        query,
        MessageColumns
            + QStringLiteral(
                  "WHERE m.id IN (SELECT MAX(id) FROM chat_messages WHERE conversation IS NOT NULL "
                  "AND (sender_id = :sender OR recipient_id = :recipient) GROUP BY conversation) "
                  "ORDER BY m.id DESC LIMIT %1")
                  .arg(boundedLimit(limit)),
        {{QStringLiteral("sender"), userId}, {QStringLiteral("recipient"), userId}});
    if (!done)
        return unexpected(done.error());
    QList<ChatMessage> latest;
    while (query.next())
        latest.append(messageFrom(query));
    return latest;
}

} // namespace gatehouse
