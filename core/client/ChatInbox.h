// What the chat server sends a ChatClient, merged into the client's state: the answers of a
// sync (rooms, joins, conversations, presence) and the live events (messages, rooms, presence).
// Messages are merged by id: a copy of one held (after a reconnect, or our own coming back) is
// dropped, our own pending message is matched by its clientId, and a newest page that does not
// reach the newest message held replaces the history (more was missed than one page).
//
// Part of ChatClient (it changes the client's state and emits its signals); a class of its own
// so that the merging rules stay in one place.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace gatehouse {

class ChatClient;
class ChatConversation;
struct ChatEntry;

class ChatInbox : public QObject {
    Q_OBJECT

public:
    explicit ChatInbox(ChatClient &client);

    // Answers
    void onRooms(const QJsonObject &answer);
    void onJoined(const QJsonObject &answer);
    void onConversations(const QJsonObject &answer);
    void onPresenceList(const QJsonObject &answer);
    // Events
    void onMessageEvent(const QJsonObject &message);
    void onRoomEvent(const QJsonObject &room);
    void onPresenceEvent(const QJsonObject &entry);

    // Adds stored messages (oldest first) and emits messagesInserted for the new ones; unread
    // counts grow for messages from others when `countUnread`.
    void addStored(ChatConversation *conversation, const QList<ChatEntry> &entries, bool countUnread);
    // A page that ends with the newest message (chat:join, chat:history without beforeId).
    void mergeNewest(ChatConversation *conversation, const QJsonObject &page);

private:
    ChatClient &m_client;
};

} // namespace gatehouse
