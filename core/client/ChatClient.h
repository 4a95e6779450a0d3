// The chat's client side (docs/chat.md, "The client"): speaks the chat protocol over a
// ClientSocket on "/" that someone else connects, signs in and may replace, and keeps what the
// UI shows: the room directory, the conversations (joined rooms and direct messages) with their
// messages, known members and everyone's presence.
//
// Every (re)connect starts a sync: chat:rooms (the rooms this user joined, on any device; a new
// user is put into the default room), chat:join for each (idempotent; the newest messages and
// who is online), chat:conversations, then chat:presence (the handler for `presence` is in place
// before, as the protocol asks). Messages are merged by id, so what a reconnect brings again is
// dropped; a page that does not reach what is held (more was missed than one page) replaces it.
// Messages written here are pending until acknowledged, sent again with the same clientId after
// a reconnect (the server stores them once), and failed when refused or unanswered; retry()
// sends a failed one again.
//
// Changes come out as id-based signals (conversation keys, message keys, user ids), which the
// models in ui/ turn into row operations. All requests are asynchronous; nothing here waits.
#pragma once

#include "ChatConversation.h"
#include "ChatPeer.h"
#include "ChatRoomInfo.h"
#include "ClientSocket.h"
#include "core/Expected.h"
#include "core/protocol/Argument.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

namespace gatehouse {

class ChatInbox;
class ChatOutbox;

class ChatClient : public QObject {
    Q_OBJECT

public:
    enum class State {
        Offline, // no socket, or it gave up (closed, refused, thrown out)
        Connecting, // the first connect of this socket is under way
        Reconnecting, // the connection dropped; the socket is trying again
        Syncing, // connected, reading rooms, history and presence
        Online, // in sync; live events follow
    };
    Q_ENUM(State)

    struct Presence {
        bool online = false;
        int devices = 0;
    };

    static constexpr int MaxMessageLength = 4000; // the server's default [chat] maxMessageLength
    static constexpr int PageSize = 50;
    static constexpr int RequestTimeoutMs = 15'000;

    // A request's result: a conversation key, or what went wrong (translated, or the server's
    // message, which says what to do).
    using Done = std::function<void(Expected<QString, QString> result)>;

    explicit ChatClient(QObject *parent = nullptr);
    ~ChatClient() override;

    // Follows `socket` (owned by its Manager; may be null) as the user `self`. Another user means
    // a fresh start: everything held is forgotten (`cleared`). The same user on a new socket
    // keeps the conversations and pending messages and syncs again.
    void setSocket(ClientSocket *socket, const ChatPeer &self);
    ClientSocket *socket() const { return m_socket; }
    const ChatPeer &self() const { return m_self; }
    bool isSelf(const ChatPeer &peer) const;
    State state() const { return m_state; }
    // The server's host (and port when not the default), for "Connected as … to …".
    QString serverName() const;

    // The room directory, by name.
    QStringList roomNames() const;
    const ChatRoomInfo *room(const QString &name) const;
    // Reads chat:rooms again (member and online counts, rooms created meanwhile).
    void refreshRooms();

    QStringList conversationKeys() const;
    const ChatConversation *conversation(const QString &key) const;
    const ChatEntry *entry(const QString &conversationKey, const QString &entryKey) const;
    // The conversation the user is looking at: its unread count stays 0, it is loaded if it is
    // not, and its members are refreshed when someone comes online.
    void setActiveConversation(const QString &key);
    const QString &activeConversation() const { return m_active; }

    void joinRoom(const QString &name, QObject *context = nullptr, Done done = {});
    void leaveRoom(const QString &name, QObject *context = nullptr, Done done = {});
    // The conversation with `username`, created (and its history read) if needed.
    void openDirect(const QString &username, QObject *context = nullptr, Done done = {});
    // Reads the page before the oldest message held, if there is one and no read is under way.
    void loadOlder(const QString &key);

    ChatPeer user(const QString &userId) const { return m_users.value(userId); }
    Presence presence(const QString &userId) const { return m_presence.value(userId); }
    QString userIdOf(const QString &username) const { return m_userIds.value(username.toCaseFolded()); }

    // Writes `text` to a conversation; returns the new message's key, empty when the text is
    // empty, too long, or the conversation cannot take messages (unknown, archived).
    QString send(const QString &conversationKey, const QString &text);
    QString sendToRoom(const QString &room, const QString &text);
    QString sendDirect(const QString &username, const QString &text);
    void retry(const QString &conversationKey, const QString &entryKey);
    static bool isSendable(const QString &text);

Q_SIGNALS:
    void stateChanged(gatehouse::ChatClient::State state);
    void cleared(); // everything was forgotten: read it all afresh
    void roomUpserted(const QString &name);
    void conversationUpserted(const QString &key);
    void conversationRemoved(const QString &key);
    // The stored messages of a conversation were replaced (a gap after a long absence).
    void conversationReset(const QString &key);
    // New messages, in display order; the models find their places by ChatEntry::sortKey().
    void messagesInserted(const QString &conversationKey, const QStringList &entryKeys);
    // State, id or time of a message changed (a pending one was stored: it may move).
    void messageChanged(const QString &conversationKey, const QString &entryKey);
    void messageRemoved(const QString &conversationKey, const QString &entryKey);
    void memberAdded(const QString &conversationKey, const QString &userId);
    void presenceChanged(const QString &userId);
    // A request failed in a way the user should hear of; translated or the server's words.
    void errorOccurred(const QString &message);

private:
    friend class ChatInbox;
    friend class ChatOutbox;
    using Reply = Expected<QJsonObject, QJsonObject>; // the answer, or its error {code, message}
    using ReplyHandler = std::function<void(const Reply &reply)>;

    void attach();
    void detach();
    void clear();
    void setState(State state);
    void updateState();
    void request(const QString &command, const QJsonObject &args, ReplyHandler then, bool sync = false);
    static QString messageOf(const QJsonObject &error);

    void sync();
    void loadNewest(ChatConversation *conversation);
    void refreshMembers();

    ChatConversation *find(const QString &key) const;
    ChatConversation *ensureRoom(const QString &name);
    ChatConversation *ensureDirect(const ChatPeer &peer);
    void removeConversation(const QString &key);
    QString conversationKeyOf(const ChatEntry &entry) const;
    void rememberUser(const ChatPeer &peer);
    void setPresence(const ChatPeer &peer, Presence presence);

    QPointer<ClientSocket> m_socket;
    QList<QMetaObject::Connection> m_connections;
    ChatPeer m_self;
    State m_state = State::Offline;
    bool m_wasConnected = false; // this socket was connected before: a drop means Reconnecting
    bool m_firstSync = true; // the first sync for this user: join the default room if none
    quint64 m_generation = 0; // answers from an abandoned sync carry an older one
    int m_outstanding = 0; // sync requests not answered yet
    QHash<QString, ChatRoomInfo> m_rooms;
    std::map<QString, std::unique_ptr<ChatConversation>> m_conversations;
    QHash<QString, ChatPeer> m_users; // by id
    QHash<QString, QString> m_userIds; // case-folded username → id
    QHash<QString, Presence> m_presence; // by user id
    QString m_active;
    ChatInbox *m_inbox; // children: what comes in, what goes out
    ChatOutbox *m_outbox;
    QTimer m_memberRefresh;
};

} // namespace gatehouse
