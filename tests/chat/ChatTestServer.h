// What the chat tests share: a server built like `gatehouse serve` (ModerationFixture: a temporary
// SQLite store, the handshake check, the session registry and moderation) with ChatStack on "/",
// a manual clock for the rate limiter and message times, five users, and connected C++ clients
// (ChatProbe) owned per test.
#pragma once

#include "ChatProbe.h"
#include "ModerationFixture.h"
#include "core/chat/ChatStack.h"
#include "core/chat/ChatStore.h"
#include "core/client/ChatClient.h"
#include "core/client/ChatPeer.h"

#include <memory>
#include <vector>

namespace gatehouse::test {

class ChatTestServer {
public:
    ChatTestServer() = default;
    ~ChatTestServer();

    // Starts the server and the chat, adds root (admin), mod (moderator), alice ("Alice A."),
    // bob and carol, and the room #quiet that nobody joins. False (with a warning) on failure.
    bool start();
    // Before a test: a scope for its clients, and every rate bucket full again.
    void beginTest();
    // After a test: its clients are closed; true once the server saw them all go.
    bool endTest();

    // A connected client of `user` on device `deviceId`; null when it did not connect in 5 s.
    ChatProbe *connect(const User &user, const QString &deviceId);
    // A ChatClient of `user` on a new connection (owned by scope()), in sync; null when it did not
    // get there in 5 s.
    ChatClient *connectChatClient(const User &user, const QString &deviceId);
    // The ChatPeer a ChatClient of `user` is.
    static ChatPeer peerOf(const User &user);
    // `probe` says each of `texts` in `room`, each with a full rate bucket; false at the first
    // refusal.
    bool say(ChatProbe *probe, const QString &room, const QStringList &texts);
    // Afterwards every event the server sent `probe` before now has arrived: the ack of a round
    // trip comes behind them on the same connection.
    static void settle(ChatProbe *probe) { probe->call(QStringLiteral("chat:presence")); }

    bool createRoom(const QString &name) { return m_chat->store().createRoom(name, {}, root.id).hasValue(); }
    qint64 messageCount() { return count(QStringLiteral("SELECT COUNT(*) FROM chat_messages")); }
    qint64 roomCount() { return count(QStringLiteral("SELECT COUNT(*) FROM chat_rooms")); }
    qint64 count(const QString &sql);

    ModerationFixture &fixture() { return m_fx; }
    ChatStack &chat() { return *m_chat; }
    ManualClock &clock() { return m_clock; }
    QObject *scope() { return m_scope.get(); }

    User root, mod, alice, bob, carol;

private:
    ModerationFixture m_fx;
    ManualClock m_clock {QDateTime::currentDateTimeUtc()};
    std::unique_ptr<ChatStack> m_chat;
    std::unique_ptr<QObject> m_scope;
    std::vector<std::unique_ptr<ChatProbe>> m_probes;
};

// Small helpers for the replies.
QString codeOf(const QJsonObject &reply);
bool isOk(const QJsonObject &reply);
// {room, text?, clientId?}
QJsonObject roomRequest(const QString &name, const QString &text = {}, const QString &clientId = {});
QStringList textsOf(const QJsonArray &messages);
// "username/devices" of each presence entry.
QStringList presenceList(const QJsonArray &users);

} // namespace gatehouse::test
