#include "TestChatDelivery.h"

#include "core/moderation/ModerationService.h"

#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;
using namespace Qt::StringLiterals;

void TestChatDelivery::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestChatDelivery::init()
{
    m_server.beginTest();
}

void TestChatDelivery::cleanup()
{
    QVERIFY(m_server.endTest());
}

void TestChatDelivery::sendReachesTheRoomOnly()
{
    ChatProbe *laptop = m_server.connect(m_server.alice, u"alice-laptop"_s);
    ChatProbe *phone = m_server.connect(m_server.alice, u"alice-phone"_s);
    ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
    ChatProbe *carol = m_server.connect(m_server.carol, u"carol-pc"_s);
    QVERIFY(laptop && phone && bob && carol);
    QVERIFY(m_server.createRoom(u"lounge"_s));
    const QJsonObject joined = laptop->call(u"chat:join"_s, roomRequest(u"#lounge"_s));
    QVERIFY2(isOk(joined), QJsonDocument(joined).toJson().constData());
    QCOMPARE(joined.value("room"_L1).toObject().value("name"_L1).toString(), u"lounge"_s);
    QCOMPARE(joined.value("messages"_L1).toArray().size(), 0);
    QCOMPARE(joined.value("hasMore"_L1).toBool(), false);
    QVERIFY(isOk(bob->call(u"chat:join"_s, roomRequest(u"lounge"_s))));

    const QJsonObject sent
        = laptop->call(u"chat:send"_s, roomRequest(u"lounge"_s, u"hello lounge"_s, u"m-1"_s));
    QVERIFY2(isOk(sent), QJsonDocument(sent).toJson().constData());
    QCOMPARE(sent.value("duplicate"_L1).toBool(), false);
    const QJsonObject message = sent.value("message"_L1).toObject();
    QVERIFY(message.value("id"_L1).toInteger() > 0);
    QCOMPARE(message.value("room"_L1).toString(), u"lounge"_s);
    QCOMPARE(message.value("from"_L1).toObject(),
             (QJsonObject {
                 {u"id"_s, m_server.alice.id}, {u"username"_s, u"alice"_s}, {u"name"_s, u"Alice A."_s}}));
    QCOMPARE(message.value("text"_L1).toString(), u"hello lounge"_s);
    QCOMPARE(message.value("at"_L1).toInteger(), m_server.clock().nowMs());
    QCOMPARE(message.value("clientId"_L1).toString(), u"m-1"_s);
    QVERIFY(!message.contains("to"_L1));

    // The sender's other device and the other member get the same message; the sending socket
    // has it in its ack; someone not in the room gets nothing.
    QTRY_COMPARE_WITH_TIMEOUT(phone->received(u"chat:message"_s), QList<QJsonObject> {message}, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(bob->received(u"chat:message"_s), QList<QJsonObject> {message}, 5000);
    ChatTestServer::settle(laptop);
    ChatTestServer::settle(carol);
    QCOMPARE(laptop->texts(), QStringList());
    QCOMPARE(carol->texts(), QStringList());

    // After leaving: no more messages, no more sending.
    QVERIFY(isOk(bob->call(u"chat:leave"_s, roomRequest(u"lounge"_s))));
    QCOMPARE(codeOf(bob->call(u"chat:send"_s, roomRequest(u"lounge"_s, u"hi"_s))), u"not_member"_s);
    QVERIFY(isOk(laptop->call(u"chat:send"_s, roomRequest(u"lounge"_s, u"later"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(phone->texts(), (QStringList {u"hello lounge"_s, u"later"_s}), 5000);
    ChatTestServer::settle(bob);
    QCOMPARE(bob->texts(), QStringList {u"hello lounge"_s});
}

void TestChatDelivery::idempotentClientId()
{
    ChatProbe *laptop = m_server.connect(m_server.alice, u"alice-laptop"_s);
    ChatProbe *phone = m_server.connect(m_server.alice, u"alice-phone"_s);
    ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
    QVERIFY(laptop && phone && bob);
    QVERIFY(m_server.createRoom(u"retries"_s));
    QVERIFY(isOk(laptop->call(u"chat:join"_s, roomRequest(u"retries"_s))));
    QVERIFY(isOk(bob->call(u"chat:join"_s, roomRequest(u"retries"_s))));

    const QJsonObject request = roomRequest(u"retries"_s, u"only once"_s, u"retry-1"_s);
    const QJsonObject first = laptop->call(u"chat:send"_s, request);
    QVERIFY2(isOk(first), QJsonDocument(first).toJson().constData());
    QCOMPARE(first.value("duplicate"_L1).toBool(), false);
    // The same retry, from the same device or another one: the stored message, marked duplicate.
    for (ChatProbe *device : {laptop, phone}) {
        const QJsonObject again = device->call(u"chat:send"_s, request);
        QCOMPARE(again.value("duplicate"_L1).toBool(), true);
        QCOMPARE(again.value("message"_L1), first.value("message"_L1));
    }
    // Even when over the rate limit: a retry costs nothing.
    for (int i = 0; i < 12; ++i)
        laptop->call(u"chat:send"_s, roomRequest(u"retries"_s, u"filler %1"_s.arg(i)));
    QCOMPARE(codeOf(laptop->call(u"chat:send"_s, roomRequest(u"retries"_s, u"one more"_s))),
             u"rate_limited"_s);
    QCOMPARE(laptop->call(u"chat:send"_s, request).value("duplicate"_L1).toBool(), true);

    QTRY_VERIFY_WITH_TIMEOUT(bob->texts().contains(u"filler 8"_s), 5000);
    ChatTestServer::settle(bob);
    QCOMPARE(bob->texts().count(u"only once"_s), 1);
    QCOMPARE(m_server.count(u"SELECT COUNT(*) FROM chat_messages WHERE client_id = 'retry-1'"_s), 1);

    // The same id for something else is a client bug, and said so.
    m_server.clock().advance(10'000);
    QCOMPARE(codeOf(laptop->call(u"chat:send"_s, roomRequest(u"retries"_s, u"other text"_s, u"retry-1"_s))),
             u"conflict"_s);
    QCOMPARE(codeOf(laptop->call(
                 u"chat:direct"_s,
                 {{u"to"_s, u"bob"_s}, {u"text"_s, u"only once"_s}, {u"clientId"_s, u"retry-1"_s}})),
             u"conflict"_s);
    // Client ids are per sender: bob may use the same one.
    const QJsonObject bobs
        = bob->call(u"chat:send"_s, roomRequest(u"retries"_s, u"only once"_s, u"retry-1"_s));
    QCOMPARE(bobs.value("duplicate"_L1).toBool(), false);
}

void TestChatDelivery::directMessages()
{
    ChatProbe *aliceLaptop = m_server.connect(m_server.alice, u"alice-laptop"_s);
    ChatProbe *alicePhone = m_server.connect(m_server.alice, u"alice-phone"_s);
    ChatProbe *bobPc = m_server.connect(m_server.bob, u"bob-pc"_s);
    ChatProbe *bobPhone = m_server.connect(m_server.bob, u"bob-phone"_s);
    ChatProbe *carol = m_server.connect(m_server.carol, u"carol-pc"_s);
    QVERIFY(aliceLaptop && alicePhone && bobPc && bobPhone && carol);

    const QJsonObject sent = aliceLaptop->call(
        u"chat:direct"_s, {{u"to"_s, u"bob"_s}, {u"text"_s, u"hi bob"_s}, {u"clientId"_s, u"d-1"_s}});
    QVERIFY2(isOk(sent), QJsonDocument(sent).toJson().constData());
    const QJsonObject message = sent.value("message"_L1).toObject();
    QVERIFY(message.value("room"_L1).isNull());
    QCOMPARE(message.value("to"_L1).toObject(),
             (QJsonObject {{u"id"_s, m_server.bob.id}, {u"username"_s, u"bob"_s}, {u"name"_s, u"bob"_s}}));
    QCOMPARE(message.value("from"_L1).toObject().value("id"_L1).toString(), m_server.alice.id);
    for (ChatProbe *device : {alicePhone, bobPc, bobPhone})
        QTRY_COMPARE_WITH_TIMEOUT(device->received(u"chat:message"_s), QList<QJsonObject> {message}, 5000);

    // The answer, addressed by user id this time.
    QVERIFY(
        isOk(bobPhone->call(u"chat:direct"_s, {{u"to"_s, m_server.alice.id}, {u"text"_s, u"hi alice"_s}})));
    for (ChatProbe *device : {aliceLaptop, alicePhone, bobPc})
        QTRY_VERIFY_WITH_TIMEOUT(device->texts().contains(u"hi alice"_s), 5000);
    for (ChatProbe *device : {aliceLaptop, bobPhone, carol})
        ChatTestServer::settle(device);
    QCOMPARE(aliceLaptop->texts(), QStringList {u"hi alice"_s});
    QCOMPARE(bobPhone->texts(), QStringList {u"hi bob"_s});
    QCOMPARE(carol->texts(), QStringList());

    // Both see the conversation the same way; carol has none with alice.
    const QJsonObject aliceSide = aliceLaptop->call(u"chat:history"_s, {{u"with"_s, u"bob"_s}});
    const QJsonObject bobSide = bobPc->call(u"chat:history"_s, {{u"with"_s, m_server.alice.id}});
    QCOMPARE(textsOf(aliceSide.value("messages"_L1).toArray()), (QStringList {u"hi bob"_s, u"hi alice"_s}));
    QCOMPARE(bobSide.value("messages"_L1), aliceSide.value("messages"_L1));
    QCOMPARE(carol->call(u"chat:history"_s, {{u"with"_s, u"alice"_s}}).value("messages"_L1).toArray().size(),
             0);
    const QJsonArray conversations
        = aliceLaptop->call(u"chat:conversations"_s).value("conversations"_L1).toArray();
    QCOMPARE(conversations.size(), 1);
    QCOMPARE(conversations.first().toObject().value("with"_L1).toObject().value("username"_L1).toString(),
             u"bob"_s);
    QCOMPARE(conversations.first().toObject().value("lastMessage"_L1).toObject().value("text"_L1).toString(),
             u"hi alice"_s);

    // A note to oneself reaches one's other devices once.
    QVERIFY(
        isOk(aliceLaptop->call(u"chat:direct"_s, {{u"to"_s, u"alice"_s}, {u"text"_s, u"note to self"_s}})));
    QTRY_VERIFY_WITH_TIMEOUT(alicePhone->texts().contains(u"note to self"_s), 5000);
    ChatTestServer::settle(alicePhone);
    QCOMPARE(alicePhone->texts().count(u"note to self"_s), 1);
}

void TestChatDelivery::presenceTransitions()
{
    const QString alice = m_server.alice.id;
    ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
    QVERIFY(bob);
    ChatProbe *laptop = m_server.connect(m_server.alice, u"alice-laptop"_s);
    QVERIFY(laptop);
    QTRY_COMPARE_WITH_TIMEOUT(bob->presenceOf(alice), QStringList {u"true/1"_s}, 5000);
    ChatProbe *phone = m_server.connect(m_server.alice, u"alice-phone"_s);
    QVERIFY(phone);
    QTRY_COMPARE_WITH_TIMEOUT(bob->presenceOf(alice), (QStringList {u"true/1"_s, u"true/2"_s}), 5000);
    // A second connection from a device already online changes nothing, nor does its going.
    ChatProbe *phoneAgain = m_server.connect(m_server.alice, u"alice-phone"_s);
    QVERIFY(phoneAgain);
    QCOMPARE(presenceList(bob->call(u"chat:presence"_s).value("users"_L1).toArray()),
             (QStringList {u"alice/2"_s, u"bob/1"_s}));
    phoneAgain->socket()->close();
    phone->socket()->close();
    QTRY_COMPARE_WITH_TIMEOUT(bob->presenceOf(alice), (QStringList {u"true/1"_s, u"true/2"_s, u"true/1"_s}),
                              5000);
    // The user's own devices hear it too.
    QTRY_VERIFY_WITH_TIMEOUT(laptop->presenceOf(alice).contains(u"true/2"_s), 5000);

    // A kicked user goes offline like anyone else.
    const auto kicked
        = m_server.fixture().moderation().moderation().kickUser(ModerationActor::local(), alice, u"test"_s);
    QVERIFY(kicked);
    QTRY_COMPARE_WITH_TIMEOUT(bob->presenceOf(alice),
                              (QStringList {u"true/1"_s, u"true/2"_s, u"true/1"_s, u"false/0"_s}), 5000);
    const QJsonObject offline = bob->received(u"presence"_s).last();
    QCOMPARE(offline.value("username"_L1).toString(), u"alice"_s);
    QCOMPARE(offline.value("name"_L1).toString(), u"Alice A."_s);
    QCOMPARE(presenceList(bob->call(u"chat:presence"_s).value("users"_L1).toArray()),
             QStringList {u"bob/1"_s});
}

void TestChatDelivery::rateLimiting()
{
    ChatProbe *carol = m_server.connect(m_server.carol, u"carol-pc"_s);
    ChatProbe *carolPhone = m_server.connect(m_server.carol, u"carol-phone"_s);
    ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
    QVERIFY(carol && carolPhone && bob);
    QVERIFY(m_server.createRoom(u"rate"_s));
    QVERIFY(isOk(carol->call(u"chat:join"_s, roomRequest(u"rate"_s))));
    QVERIFY(isOk(bob->call(u"chat:join"_s, roomRequest(u"rate"_s))));
    // A burst of 10 (the default), then 5 a second: one every 200 ms.
    for (int i = 0; i < 10; ++i)
        QVERIFY(isOk(carol->call(u"chat:send"_s, roomRequest(u"rate"_s, u"burst %1"_s.arg(i)))));
    const qint64 stored = m_server.messageCount();
    const QJsonObject refused = carol->call(u"chat:send"_s, roomRequest(u"rate"_s, u"too fast"_s));
    QCOMPARE(codeOf(refused), u"rate_limited"_s);
    QCOMPARE(refused.value("error"_L1).toObject().value("retryAfterMs"_L1).toInt(), 200);
    // Per user, not per device; direct messages count too; others are not affected.
    QCOMPARE(codeOf(carolPhone->call(u"chat:send"_s, roomRequest(u"rate"_s, u"from the phone"_s))),
             u"rate_limited"_s);
    QCOMPARE(codeOf(carolPhone->call(u"chat:direct"_s, {{u"to"_s, u"bob"_s}, {u"text"_s, u"psst"_s}})),
             u"rate_limited"_s);
    QCOMPARE(m_server.messageCount(), stored);
    QVERIFY(isOk(bob->call(u"chat:send"_s, roomRequest(u"rate"_s, u"bob is fine"_s))));

    m_server.clock().advance(199);
    QCOMPARE(codeOf(carol->call(u"chat:send"_s, roomRequest(u"rate"_s, u"not yet"_s))), u"rate_limited"_s);
    m_server.clock().advance(1);
    QVERIFY(isOk(carol->call(u"chat:send"_s, roomRequest(u"rate"_s, u"after the wait"_s))));
    QCOMPARE(codeOf(carol->call(u"chat:send"_s, roomRequest(u"rate"_s, u"again too fast"_s))),
             u"rate_limited"_s);
    ChatTestServer::settle(bob);
    QCOMPARE(bob->texts().size(), 11);
    QCOMPARE(bob->texts().last(), u"after the wait"_s);
}
