#include "ChatInbox.h"

#include "ChatClient.h"

#include <QJsonArray>

namespace gatehouse {

ChatInbox::ChatInbox(ChatClient &client) : QObject(&client), m_client(client)
{
}

void ChatInbox::onRooms(const QJsonObject &answer)
{
    QStringList joined;
    QSet<QString> listed;
    const QJsonArray rooms = answer.value(QLatin1StringView("rooms")).toArray();
    for (const QJsonValue &value : rooms) {
        const ChatRoomInfo room = ChatRoomInfo::fromJson(value.toObject());
        m_client.m_rooms.insert(room.name, room);
        listed.insert(room.name);
        if (room.joined)
            joined.append(room.name);
        Q_EMIT m_client.roomUpserted(room.name);
    }
    // A room shown as joined that the server does not list as joined was left on another device
    // (membership is per user). Archived rooms are not listed at all; they stay, read-only.
    QStringList gone;
    for (const auto &[key, conversation] : m_client.m_conversations) {
        if (conversation->isRoom() && !conversation->archived && !joined.contains(conversation->room()))
            gone.append(key);
    }
    for (const QString &key : std::as_const(gone))
        m_client.removeConversation(key);
    if (m_client.m_firstSync && joined.isEmpty()) {
        // A new user starts in the default room; one who left every room is not pulled back later.
        for (const ChatRoomInfo &room : std::as_const(m_client.m_rooms)) {
            if (room.isDefault() && !room.archived && listed.contains(room.name))
                joined.append(room.name);
        }
    }
    m_client.m_firstSync = false;
    for (const QString &name : std::as_const(joined)) {
        m_client.request(
            QStringLiteral("chat:join"), {{QStringLiteral("room"), name}},
            [this](const ChatClient::Reply &reply) {
                if (reply)
                    onJoined(*reply);
                else
                    Q_EMIT m_client.errorOccurred(ChatClient::messageOf(reply.error()));
            },
            true);
    }
}

void ChatInbox::onJoined(const QJsonObject &answer)
{
    ChatRoomInfo room = ChatRoomInfo::fromJson(answer.value(QLatin1StringView("room")).toObject());
    if (room.name.isEmpty())
        return;
    const ChatRoomInfo known = m_client.m_rooms.value(room.name);
    room.joined = true;
    room.members = known.members;
    m_client.m_rooms.insert(room.name, room);
    Q_EMIT m_client.roomUpserted(room.name);
    ChatConversation *conversation = m_client.ensureRoom(room.name);
    conversation->topic = room.topic;
    conversation->archived = room.archived;
    const QJsonArray online = answer.value(QLatin1StringView("online")).toArray();
    for (const QJsonValue &value : online) {
        const QJsonObject entry = value.toObject();
        const ChatPeer peer = ChatPeer::fromJson(entry);
        m_client.setPresence(peer,
                             {entry.value(QLatin1StringView("online")).toBool(),
                              entry.value(QLatin1StringView("devices")).toInt()});
        if (!conversation->members.contains(peer.id)) {
            conversation->members.insert(peer.id);
            Q_EMIT m_client.memberAdded(conversation->key(), peer.id);
        }
    }
    mergeNewest(conversation, answer);
}

void ChatInbox::onConversations(const QJsonObject &answer)
{
    const QJsonArray list = answer.value(QLatin1StringView("conversations")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        const ChatPeer peer = ChatPeer::fromJson(item.value(QLatin1StringView("with")).toObject());
        if (!peer.isValid())
            continue;
        const bool known = m_client.find(ChatConversation::directKey(peer.username)) != nullptr;
        ChatConversation *conversation = m_client.ensureDirect(peer);
        const ChatEntry last = ChatEntry::fromJson(item.value(QLatin1StringView("lastMessage")).toObject());
        if (conversation->loaded && last.id > conversation->newestId())
            m_client.loadNewest(conversation); // more may have come than the last one: read a page
        else
            addStored(conversation, {last}, known);
    }
}

void ChatInbox::onPresenceList(const QJsonObject &answer)
{
    QSet<QString> online;
    const QJsonArray users = answer.value(QLatin1StringView("users")).toArray();
    for (const QJsonValue &value : users) {
        const QJsonObject entry = value.toObject();
        const ChatPeer peer = ChatPeer::fromJson(entry);
        online.insert(peer.id);
        m_client.setPresence(peer,
                             {entry.value(QLatin1StringView("online")).toBool(),
                              entry.value(QLatin1StringView("devices")).toInt()});
    }
    // Whoever is not in the list went offline while we were not listening.
    const QStringList known = m_client.m_presence.keys();
    for (const QString &userId : known) {
        if (!online.contains(userId))
            m_client.setPresence(m_client.m_users.value(userId), {});
    }
}

void ChatInbox::onMessageEvent(const QJsonObject &message)
{
    const ChatEntry entry = ChatEntry::fromJson(message);
    if (entry.id <= 0)
        return;
    ChatConversation *conversation = m_client.find(m_client.conversationKeyOf(entry));
    if (!conversation) {
        if (!entry.isDirect()) {
            // Membership is per user: joined on another device, this socket was put in the room.
            conversation = m_client.ensureRoom(entry.room);
            m_client.joinRoom(entry.room);
        } else {
            conversation = m_client.ensureDirect(m_client.isSelf(entry.from) ? entry.to : entry.from);
        }
    }
    addStored(conversation, {entry}, true);
}

void ChatInbox::onRoomEvent(const QJsonObject &json)
{
    ChatRoomInfo room = ChatRoomInfo::fromJson(json);
    if (room.name.isEmpty())
        return;
    const ChatRoomInfo known = m_client.m_rooms.value(room.name);
    room.joined = known.joined && !room.archived;
    room.members = known.members;
    m_client.m_rooms.insert(room.name, room);
    Q_EMIT m_client.roomUpserted(room.name);
    if (ChatConversation *conversation = m_client.find(ChatConversation::roomKey(room.name))) {
        conversation->topic = room.topic;
        conversation->archived = room.archived;
        Q_EMIT m_client.conversationUpserted(conversation->key());
    }
}

void ChatInbox::onPresenceEvent(const QJsonObject &entry)
{
    const ChatPeer peer = ChatPeer::fromJson(entry);
    const ChatClient::Presence presence {entry.value(QLatin1StringView("online")).toBool(),
                                         entry.value(QLatin1StringView("devices")).toInt()};
    const bool cameOnline = presence.online && !m_client.m_presence.value(peer.id).online;
    m_client.setPresence(peer, presence);
    // The server has no member list: someone who comes online may be a member of the room shown.
    if (const ChatConversation *shown = m_client.find(m_client.m_active);
        cameOnline && shown && shown->isRoom() && !shown->archived && !shown->members.contains(peer.id))
        m_client.m_memberRefresh.start();
}

void ChatInbox::addStored(ChatConversation *conversation, const QList<ChatEntry> &entries, bool countUnread)
{
    const QString key = conversation->key();
    QStringList inserted;
    const int unread = conversation->unread;
    for (const ChatEntry &entry : entries) {
        if (entry.id <= 0)
            continue;
        m_client.rememberUser(entry.from);
        m_client.rememberUser(entry.to);
        // Our own message coming back (in a page after a reconnect, from a retry): it is the
        // pending one, not a new one.
        if (const QString pending = m_client.isSelf(entry.from) && !entry.clientId.isEmpty()
                ? conversation->keyForClientId(entry.clientId)
                : QString();
            !pending.isEmpty()) {
            if (conversation->confirm(pending, entry)) {
                Q_EMIT m_client.messageChanged(key, pending);
            } else {
                conversation->remove(pending);
                Q_EMIT m_client.messageRemoved(key, pending);
            }
            continue;
        }
        if (!conversation->addStored(entry))
            continue; // held already
        inserted.append(entry.key);
        if (conversation->isRoom() && !entry.from.id.isEmpty()
            && !conversation->members.contains(entry.from.id)) {
            conversation->members.insert(entry.from.id);
            Q_EMIT m_client.memberAdded(key, entry.from.id);
        }
        if (countUnread && key != m_client.m_active && !m_client.isSelf(entry.from))
            ++conversation->unread;
    }
    if (!inserted.isEmpty())
        Q_EMIT m_client.messagesInserted(key, inserted);
    if (!inserted.isEmpty() || unread != conversation->unread)
        Q_EMIT m_client.conversationUpserted(key);
}

void ChatInbox::mergeNewest(ChatConversation *conversation, const QJsonObject &page)
{
    const QList<ChatEntry> entries = ChatEntry::listFromJson(page.value(QLatin1StringView("messages")));
    const bool hasMore = page.value(QLatin1StringView("hasMore")).toBool();
    const bool wasLoaded = conversation->loaded;
    // The page does not reach the newest message held: more was missed than one page holds.
    const bool gap = wasLoaded && hasMore && !entries.isEmpty() && conversation->newestId() > 0
        && entries.first().id > conversation->newestId();
    if (gap) {
        conversation->clearStored();
        for (const ChatEntry &entry : entries) {
            const bool own = m_client.isSelf(entry.from);
            if (own && !entry.clientId.isEmpty())
                conversation->remove(conversation->keyForClientId(entry.clientId)); // stored now
            if (conversation->addStored(entry) && !own && conversation->key() != m_client.m_active)
                ++conversation->unread;
        }
        conversation->hasMore = true;
        Q_EMIT m_client.conversationReset(conversation->key());
        Q_EMIT m_client.conversationUpserted(conversation->key());
        return;
    }
    if (!wasLoaded)
        conversation->hasMore = hasMore;
    conversation->loaded = true;
    addStored(conversation, entries, wasLoaded);
    Q_EMIT m_client.conversationUpserted(conversation->key());
}

} // namespace gatehouse
