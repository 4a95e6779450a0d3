// ChatClient (core/client) against the real chat server of ChatTestServer: real sockets, a real
// SQLite file. Joining and history, delivery between users and devices, direct messages,
// presence, paging, reconnects (nothing twice, pending messages sent once), archived rooms,
// refusals and retries, and switching sockets.
#include "ChatTestServer.h"
#include "core/client/ChatClient.h"
#include "core/client/Manager.h"

#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;
using namespace Qt::StringLiterals;

namespace {

QStringList textsIn(const ChatClient *chat, const QString &key)
{
    QStringList texts;
    const ChatConversation *conversation = chat->conversation(key);
    if (!conversation)
        return {u"<no conversation %1>"_s.arg(key)};
    const QStringList keys = conversation->keys();
    for (const QString &entryKey : keys)
        texts.append(conversation->entry(entryKey)->text);
    return texts;
}

QList<qint64> idsIn(const ChatClient *chat, const QString &key)
{
    QList<qint64> ids;
    const ChatConversation *conversation = chat->conversation(key);
    const QStringList keys = conversation ? conversation->keys() : QStringList();
    for (const QString &entryKey : keys)
        ids.append(conversation->entry(entryKey)->id);
    return ids;
}

ChatEntry::State stateOf(const ChatClient *chat, const QString &conversation, const QString &entry)
{
    const ChatEntry *found = chat->entry(conversation, entry);
    return found ? found->state : ChatEntry::State::Failed;
}

} // namespace

class TestChatClient : public QObject {
    Q_OBJECT

private:
    ChatTestServer m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init() { m_server.beginTest(); }
    void cleanup() { QVERIFY(m_server.endTest()); }

    void newUserStartsInTheDefaultRoomWithItsHistory()
    {
        ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
        QVERIFY(bob);
        QVERIFY(isOk(bob->call(u"chat:join"_s, roomRequest(u"general"_s))));
        QVERIFY(m_server.say(bob, u"general"_s, {u"one"_s, u"two"_s, u"three"_s}));

        ChatClient *carol = m_server.connectChatClient(m_server.carol, u"carol-pc"_s);
        QVERIFY(carol);
        QCOMPARE(carol->conversationKeys(), QStringList {u"#general"_s});
        QCOMPARE(textsIn(carol, u"#general"_s), (QStringList {u"one"_s, u"two"_s, u"three"_s}));
        QCOMPARE(carol->roomNames(), (QStringList {u"general"_s, u"quiet"_s}));
        QVERIFY(carol->room(u"general"_s)->joined);
        QVERIFY(!carol->room(u"quiet"_s)->joined);
        // Who is online in the room came with the join; bob wrote there, so he is a member.
        QVERIFY(carol->conversation(u"#general"_s)->members.contains(m_server.bob.id));
        QCOMPARE(carol->presence(m_server.bob.id).devices, 1);
        QVERIFY(!carol->conversation(u"#general"_s)->hasMore);
    }

    void roomMessagesReachEveryDeviceOnce()
    {
        QVERIFY(m_server.createRoom(u"lounge"_s));
        ChatClient *laptop = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        ChatClient *phone = m_server.connectChatClient(m_server.alice, u"alice-phone"_s);
        ChatClient *bob = m_server.connectChatClient(m_server.bob, u"bob-pc"_s);
        QVERIFY(laptop && phone && bob);
        std::optional<QString> joined;
        laptop->joinRoom(u"#lounge"_s, this, [&](Expected<QString, QString> result) {
            joined = result ? *result : u"error: "_s + result.error();
        });
        QTRY_COMPARE(joined, std::optional<QString>(u"#lounge"_s));
        bob->joinRoom(u"lounge"_s);
        QTRY_VERIFY(bob->conversation(u"#lounge"_s));

        QSignalSpy inserted(laptop, &ChatClient::messagesInserted);
        const QString key = laptop->sendToRoom(u"lounge"_s, u"hello lounge"_s);
        QVERIFY(!key.isEmpty());
        QCOMPARE(stateOf(laptop, u"#lounge"_s, key), ChatEntry::State::Pending);
        QCOMPARE(inserted.size(), 1);
        QTRY_COMPARE(stateOf(laptop, u"#lounge"_s, key), ChatEntry::State::Sent);
        QVERIFY(laptop->entry(u"#lounge"_s, key)->id > 0);
        QTRY_COMPARE(textsIn(bob, u"#lounge"_s), QStringList {u"hello lounge"_s});
        QTRY_COMPARE(textsIn(phone, u"#lounge"_s), QStringList {u"hello lounge"_s});
        QCOMPARE(bob->conversation(u"#lounge"_s)->unread, 1);
        bob->setActiveConversation(u"#lounge"_s);
        QCOMPARE(bob->conversation(u"#lounge"_s)->unread, 0);

        const QString reply = bob->sendToRoom(u"lounge"_s, u"hi alice"_s);
        QTRY_COMPARE(textsIn(laptop, u"#lounge"_s), (QStringList {u"hello lounge"_s, u"hi alice"_s}));
        QTRY_COMPARE(stateOf(bob, u"#lounge"_s, reply), ChatEntry::State::Sent);
        QCOMPARE(textsIn(bob, u"#lounge"_s), (QStringList {u"hello lounge"_s, u"hi alice"_s}));
        QCOMPARE(inserted.size(), 2); // the laptop's own message once, bob's once
        QVERIFY(laptop->conversation(u"#lounge"_s)->members.contains(m_server.bob.id));
    }

    void directMessagesReachBothUsersDevices()
    {
        ChatClient *laptop = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        ChatClient *phone = m_server.connectChatClient(m_server.alice, u"alice-phone"_s);
        ChatClient *bobPc = m_server.connectChatClient(m_server.bob, u"bob-pc"_s);
        ChatClient *bobPhone = m_server.connectChatClient(m_server.bob, u"bob-phone"_s);
        QVERIFY(laptop && phone && bobPc && bobPhone);

        std::optional<QString> opened;
        laptop->openDirect(u"Bob"_s, this,
                           [&](Expected<QString, QString> result) { opened = result ? *result : QString(); });
        QTRY_COMPARE(opened, std::optional<QString>(u"@bob"_s));
        const QString key = laptop->send(u"@bob"_s, u"psst"_s);
        QTRY_COMPARE(stateOf(laptop, u"@bob"_s, key), ChatEntry::State::Sent);
        // The conversation learnt bob's id and spelling from the acknowledgement.
        QCOMPARE(laptop->conversation(u"@bob"_s)->peer.id, m_server.bob.id);
        for (ChatClient *bob : {bobPc, bobPhone}) {
            QTRY_COMPARE(textsIn(bob, u"@alice"_s), QStringList {u"psst"_s});
            QCOMPARE(bob->conversation(u"@alice"_s)->peer.displayName(), u"Alice A."_s);
        }
        QTRY_COMPARE(textsIn(phone, u"@bob"_s), QStringList {u"psst"_s});
        QCOMPARE(phone->conversation(u"@bob"_s)->unread, 0); // her own message

        std::optional<QString> missing;
        laptop->openDirect(u"nobody"_s, this, [&](Expected<QString, QString> result) {
            missing = result ? QString() : result.error();
        });
        QTRY_VERIFY(missing.has_value());
        QVERIFY(!missing->isEmpty());
        QVERIFY(!laptop->conversation(u"@nobody"_s));
    }

    void presenceFollowsDevices()
    {
        ChatClient *alice = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        QVERIFY(alice);
        QCOMPARE(alice->presence(m_server.carol.id).online, false);
        QObject carolScope;
        ClientSocket *first = m_server.fixture().connectAs(&carolScope, m_server.carol, u"/"_s, u"carol-1"_s);
        QTRY_COMPARE(alice->presence(m_server.carol.id).devices, 1);
        QVERIFY(alice->presence(m_server.carol.id).online);
        QCOMPARE(alice->user(m_server.carol.id).username, u"carol"_s);
        m_server.fixture().connectAs(&carolScope, m_server.carol, u"/"_s, u"carol-2"_s);
        QTRY_COMPARE(alice->presence(m_server.carol.id).devices, 2);
        first->manager()->close();
        QTRY_COMPARE(alice->presence(m_server.carol.id).devices, 1);
        carolScope.children().last()->deleteLater();
        QTRY_COMPARE(alice->presence(m_server.carol.id).online, false);
    }

    void loadsOlderPages()
    {
        QVERIFY(m_server.createRoom(u"paging"_s));
        ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
        QVERIFY(bob);
        QVERIFY(isOk(bob->call(u"chat:join"_s, roomRequest(u"paging"_s))));
        QStringList all;
        for (int i = 1; i <= 120; ++i)
            all.append(QString::number(i));
        QVERIFY(m_server.say(bob, u"paging"_s, all));

        ChatClient *alice = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        QVERIFY(alice);
        alice->joinRoom(u"paging"_s);
        QTRY_COMPARE(textsIn(alice, u"#paging"_s), all.mid(70));
        QVERIFY(alice->conversation(u"#paging"_s)->hasMore);
        QSignalSpy inserted(alice, &ChatClient::messagesInserted);
        alice->loadOlder(u"#paging"_s);
        QVERIFY(alice->conversation(u"#paging"_s)->loadingOlder);
        alice->loadOlder(u"#paging"_s); // one read at a time
        QTRY_COMPARE(textsIn(alice, u"#paging"_s), all.mid(20));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toStringList().size(), 50);
        QVERIFY(alice->conversation(u"#paging"_s)->hasMore);
        alice->loadOlder(u"#paging"_s);
        QTRY_COMPARE(textsIn(alice, u"#paging"_s), all);
        QVERIFY(!alice->conversation(u"#paging"_s)->hasMore);
        QList<qint64> ids = idsIn(alice, u"#paging"_s);
        QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 120);
    }

    void reconnectBringsWhatWasMissedOnce()
    {
        QVERIFY(m_server.createRoom(u"flaky"_s));
        ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
        QVERIFY(bob && isOk(bob->call(u"chat:join"_s, roomRequest(u"flaky"_s))));
        ChatClient *alice = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        QVERIFY(alice);
        alice->joinRoom(u"flaky"_s);
        QTRY_VERIFY(alice->conversation(u"#flaky"_s)); // joined: what follows comes live
        QVERIFY(m_server.say(bob, u"flaky"_s, {u"before"_s}));
        QTRY_COMPARE(textsIn(alice, u"#flaky"_s), QStringList {u"before"_s});

        Manager *manager = alice->socket()->manager();
        manager->close();
        QTRY_COMPARE(alice->state(), ChatClient::State::Reconnecting);
        QVERIFY(m_server.say(bob, u"flaky"_s, {u"missed 1"_s, u"missed 2"_s}));
        const QString offline = alice->sendToRoom(u"flaky"_s, u"written offline"_s);
        QCOMPARE(stateOf(alice, u"#flaky"_s, offline), ChatEntry::State::Pending);
        const qint64 stored = m_server.messageCount();

        QSignalSpy reset(alice, &ChatClient::conversationReset);
        manager->open();
        QTRY_COMPARE(alice->state(), ChatClient::State::Online);
        QTRY_COMPARE(stateOf(alice, u"#flaky"_s, offline), ChatEntry::State::Sent);
        QCOMPARE(textsIn(alice, u"#flaky"_s),
                 (QStringList {u"before"_s, u"missed 1"_s, u"missed 2"_s, u"written offline"_s}));
        QCOMPARE(m_server.messageCount(), stored + 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(alice->conversation(u"#flaky"_s)->unread, 3); // bob's three, none of hers

        // Another drop and reconnect brings nothing new and nothing twice.
        manager->close();
        manager->open();
        QTRY_COMPARE(alice->state(), ChatClient::State::Online);
        ChatTestServer::settle(bob);
        QCOMPARE(textsIn(alice, u"#flaky"_s),
                 (QStringList {u"before"_s, u"missed 1"_s, u"missed 2"_s, u"written offline"_s}));
    }

    void longAbsenceReplacesTheHistory()
    {
        QVERIFY(m_server.createRoom(u"busy"_s));
        ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
        QVERIFY(bob && isOk(bob->call(u"chat:join"_s, roomRequest(u"busy"_s))));
        ChatClient *alice = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        QVERIFY(alice);
        alice->joinRoom(u"busy"_s);
        QTRY_VERIFY(alice->conversation(u"#busy"_s));
        QVERIFY(m_server.say(bob, u"busy"_s, {u"old"_s}));
        QTRY_COMPARE(textsIn(alice, u"#busy"_s), QStringList {u"old"_s});
        alice->socket()->manager()->close();
        QStringList missed;
        for (int i = 0; i < 60; ++i)
            missed.append(u"m%1"_s.arg(i));
        QVERIFY(m_server.say(bob, u"busy"_s, missed));
        QSignalSpy reset(alice, &ChatClient::conversationReset);
        alice->socket()->manager()->open();
        QTRY_COMPARE(reset.size(), 1);
        QCOMPARE(textsIn(alice, u"#busy"_s), missed.mid(10));
        QVERIFY(alice->conversation(u"#busy"_s)->hasMore);
    }

    void archivedRoomIsReadOnly()
    {
        QVERIFY(m_server.createRoom(u"retired"_s));
        ChatClient *alice = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        ChatProbe *root = m_server.connect(m_server.root, u"root-pc"_s);
        QVERIFY(alice && root);
        alice->joinRoom(u"retired"_s);
        QTRY_VERIFY(alice->conversation(u"#retired"_s));
        QVERIFY(!alice->sendToRoom(u"retired"_s, u"still here"_s).isEmpty());
        QTRY_COMPARE(textsIn(alice, u"#retired"_s), QStringList {u"still here"_s});
        QSignalSpy rooms(alice, &ChatClient::roomUpserted);
        QVERIFY(isOk(root->call(u"chat:archiveRoom"_s, roomRequest(u"retired"_s))));
        QTRY_VERIFY(alice->conversation(u"#retired"_s)->archived);
        QVERIFY(rooms.contains(QVariantList {u"retired"_s}));
        QVERIFY(alice->room(u"retired"_s)->archived);
        QVERIFY(!alice->room(u"retired"_s)->joined);
        QVERIFY(alice->sendToRoom(u"retired"_s, u"too late"_s).isEmpty());
        QCOMPARE(textsIn(alice, u"#retired"_s), QStringList {u"still here"_s}); // history stays

        std::optional<QString> refused;
        alice->joinRoom(u"retired"_s, this, [&](Expected<QString, QString> result) {
            refused = result ? QString() : result.error();
        });
        QTRY_VERIFY(refused.has_value());
        QVERIFY(!refused->isEmpty());
    }

    void refusedMessagesFailAndCanBeRetried()
    {
        QVERIFY(m_server.createRoom(u"strict"_s));
        ChatClient *laptop = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        ChatProbe *phone = m_server.connect(m_server.alice, u"alice-phone"_s);
        QVERIFY(laptop && phone);
        laptop->joinRoom(u"strict"_s);
        QTRY_VERIFY(laptop->conversation(u"#strict"_s));
        // Left on the phone, unknown to the laptop: the server refuses the next message.
        QVERIFY(isOk(phone->call(u"chat:leave"_s, roomRequest(u"strict"_s))));
        const QString key = laptop->sendToRoom(u"strict"_s, u"am I in?"_s);
        QTRY_COMPARE(stateOf(laptop, u"#strict"_s, key), ChatEntry::State::Failed);
        QVERIFY(!laptop->entry(u"#strict"_s, key)->error.isEmpty());
        QVERIFY(isOk(phone->call(u"chat:join"_s, roomRequest(u"strict"_s))));
        laptop->retry(u"#strict"_s, key);
        QCOMPARE(stateOf(laptop, u"#strict"_s, key), ChatEntry::State::Pending);
        QTRY_COMPARE(stateOf(laptop, u"#strict"_s, key), ChatEntry::State::Sent);
        QCOMPARE(textsIn(laptop, u"#strict"_s), QStringList {u"am I in?"_s});

        QVERIFY(laptop->sendToRoom(u"strict"_s, u"   "_s).isEmpty());
        QVERIFY(laptop->sendToRoom(u"strict"_s, QString(ChatClient::MaxMessageLength + 1, u'x')).isEmpty());
        QVERIFY(!laptop->sendToRoom(u"strict"_s, QString(ChatClient::MaxMessageLength, u'x')).isEmpty());
    }

    void rateLimitedMessagesWaitAndGoThrough()
    {
        QVERIFY(m_server.createRoom(u"chatty"_s));
        ChatClient *alice = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        QVERIFY(alice);
        alice->joinRoom(u"chatty"_s);
        QTRY_VERIFY(alice->conversation(u"#chatty"_s));
        // The burst is 10 (docs/chat.md); the manual clock stands still, so 11 and 12 must wait.
        QStringList keys;
        for (int i = 1; i <= 12; ++i)
            keys.append(alice->sendToRoom(u"chatty"_s, u"burst %1"_s.arg(i)));
        QTRY_COMPARE(stateOf(alice, u"#chatty"_s, keys.at(9)), ChatEntry::State::Sent);
        QTest::qWait(100);
        const QString stored = u"SELECT COUNT(*) FROM chat_messages m JOIN chat_rooms r ON r.id = m.room_id "
                               "WHERE r.name = 'chatty'"_s;
        QCOMPARE(m_server.count(stored), 10); // 11 and 12 were refused, not stored
        QCOMPARE(stateOf(alice, u"#chatty"_s, keys.at(10)), ChatEntry::State::Pending);
        QCOMPARE(stateOf(alice, u"#chatty"_s, keys.at(11)), ChatEntry::State::Pending);
        m_server.clock().advance(1000); // the bucket refills; the client's retries go through
        QTRY_COMPARE(stateOf(alice, u"#chatty"_s, keys.at(11)), ChatEntry::State::Sent);
        QCOMPARE(stateOf(alice, u"#chatty"_s, keys.at(10)), ChatEntry::State::Sent);
        QCOMPARE(textsIn(alice, u"#chatty"_s).size(), 12);
        QCOMPARE(m_server.count(stored), 12);
    }

    void switchingSockets()
    {
        ChatClient *chat = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        QVERIFY(chat);
        QVERIFY(chat->conversation(u"#general"_s));
        QSignalSpy cleared(chat, &ChatClient::cleared);
        // The same user after a fresh sign-in: everything stays and is synced again.
        ClientSocket *again
            = m_server.fixture().connectAs(m_server.scope(), m_server.alice, u"/"_s, u"alice-laptop"_s);
        chat->setSocket(again, ChatTestServer::peerOf(m_server.alice));
        QTRY_COMPARE(chat->state(), ChatClient::State::Online);
        QCOMPARE(cleared.size(), 0);
        QVERIFY(chat->conversation(u"#general"_s));
        // Another user: a fresh start.
        ClientSocket *carol
            = m_server.fixture().connectAs(m_server.scope(), m_server.carol, u"/"_s, u"carol-pc"_s);
        chat->setSocket(carol, ChatTestServer::peerOf(m_server.carol));
        QCOMPARE(cleared.size(), 1);
        QTRY_COMPARE(chat->state(), ChatClient::State::Online);
        QCOMPARE(chat->self().username, u"carol"_s);
        chat->setSocket(nullptr, ChatTestServer::peerOf(m_server.carol));
        QCOMPARE(chat->state(), ChatClient::State::Offline);
    }
};

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_chatclient.moc"
