#include "TestChatRooms.h"

#include "core/store/Database.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;
using namespace Qt::StringLiterals;

void TestChatRooms::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestChatRooms::init()
{
    m_server.beginTest();
}

void TestChatRooms::cleanup()
{
    QVERIFY(m_server.endTest());
}

void TestChatRooms::defaultRoomOnFirstStart()
{
    ChatProbe *alice = m_server.connect(m_server.alice, u"laptop"_s);
    QVERIFY(alice);
    const QJsonObject reply = alice->call(u"chat:rooms"_s);
    QVERIFY2(isOk(reply), QJsonDocument(reply).toJson().constData());
    const QJsonObject general = reply.value("rooms"_L1).toArray().first().toObject();
    QCOMPARE(general.value("name"_L1).toString(), u"general"_s);
    QCOMPARE(general.value("topic"_L1).toString(), u"Everyone's room"_s);
    QVERIFY(general.value("createdBy"_L1).isNull());
    QCOMPARE(general.value("joined"_L1).toBool(), false);
}

void TestChatRooms::validation_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QString>("code");
    const QString alice = u"alice"_s, root = u"root"_s, bad = u"bad_request"_s;
    const QString send = u"chat:send"_s, join = u"chat:join"_s, history = u"chat:history"_s;
    const QString direct = u"chat:direct"_s, create = u"chat:createRoom"_s;
    const auto with = [](QJsonObject request, const char *key, const QJsonValue &value) {
        request.insert(QLatin1StringView(key), value);
        return request;
    };
    const QJsonObject general = roomRequest(u"general"_s);
    const auto hi = [](const QString &room, const QString &clientId = {}) {
        return roomRequest(room, u"hi"_s, clientId);
    };
    const auto named = [](const QJsonValue &name) { return QJsonObject {{u"name"_s, name}}; };
    const auto to = [](const QString &user, const QString &text) {
        return QJsonObject {{u"to"_s, user}, {u"text"_s, text}};
    };

    QTest::newRow("send: no text") << alice << send << general << bad;
    QTest::newRow("send: empty text") << alice << send << with(general, "text", u""_s) << bad;
    QTest::newRow("send: only white space") << alice << send << with(general, "text", u" \n\t "_s) << bad;
    QTest::newRow("send: text not a string") << alice << send << with(general, "text", 42) << bad;
    QTest::newRow("send: 4001 characters")
        << alice << send << with(general, "text", QString(4001, u'x')) << bad;
    QTest::newRow("send: a control character")
        << alice << send << with(general, "text", u"a\u0007b"_s) << bad;
    QTest::newRow("send: no room") << alice << send << QJsonObject {{u"text"_s, u"hi"_s}} << bad;
    QTest::newRow("send: unknown room") << alice << send << hi(u"nowhere"_s) << u"not_found"_s;
    QTest::newRow("send: not a room name") << alice << send << hi(u"Not Valid"_s) << bad;
    QTest::newRow("send: not a member") << alice << send << hi(u"quiet"_s) << u"not_member"_s;
    QTest::newRow("send: clientId too long") << alice << send << hi(u"general"_s, QString(65, u'c')) << bad;
    QTest::newRow("send: clientId with a space") << alice << send << hi(u"general"_s, u"a b"_s) << bad;
    QTest::newRow("send: clientId not a string")
        << alice << send << with(hi(u"general"_s), "clientId", 7) << bad;
    QTest::newRow("join: no room") << alice << join << QJsonObject {} << bad;
    QTest::newRow("join: unknown room") << alice << join << roomRequest(u"nowhere"_s) << u"not_found"_s;
    QTest::newRow("join: limit 0") << alice << join << with(general, "limit", 0) << bad;
    QTest::newRow("join: limit not a number") << alice << join << with(general, "limit", u"ten"_s) << bad;
    QTest::newRow("join: limit a fraction") << alice << join << with(general, "limit", 2.5) << bad;
    QTest::newRow("history: neither room nor user") << alice << history << QJsonObject {} << bad;
    QTest::newRow("history: room and user") << alice << history << with(general, "with", u"bob"_s) << bad;
    QTest::newRow("history: negative beforeId") << alice << history << with(general, "beforeId", -5) << bad;
    QTest::newRow("history: unknown room") << alice << history << roomRequest(u"nowhere"_s) << u"not_found"_s;
    QTest::newRow("history: unknown user")
        << alice << history << QJsonObject {{u"with"_s, u"nobody"_s}} << u"not_found"_s;
    QTest::newRow("direct: unknown user") << alice << direct << to(u"nobody"_s, u"hi"_s) << u"not_found"_s;
    QTest::newRow("direct: no recipient") << alice << direct << QJsonObject {{u"text"_s, u"hi"_s}} << bad;
    QTest::newRow("direct: empty text") << alice << direct << to(u"bob"_s, u""_s) << bad;
    QTest::newRow("createRoom: by a user") << alice << create << named(u"mine"_s) << u"forbidden"_s;
    QTest::newRow("createRoom: by a moderator") << u"mod"_s << create << named(u"mine"_s) << u"forbidden"_s;
    QTest::newRow("createRoom: upper case") << root << create << named(u"News"_s) << bad;
    QTest::newRow("createRoom: a space") << root << create << named(u"team news"_s) << bad;
    QTest::newRow("createRoom: 33 characters") << root << create << named(QString(33, u'a')) << bad;
    QTest::newRow("createRoom: empty") << root << create << named(u""_s) << bad;
    QTest::newRow("createRoom: only #") << root << create << named(u"#"_s) << bad;
    QTest::newRow("createRoom: not ASCII") << root << create << named(u"café"_s) << bad;
    QTest::newRow("createRoom: not a string") << root << create << named(5) << bad;
    QTest::newRow("createRoom: taken") << root << create << named(u"general"_s) << u"conflict"_s;
    QTest::newRow("archiveRoom: by a moderator")
        << u"mod"_s << u"chat:archiveRoom"_s << roomRequest(u"general"_s) << u"forbidden"_s;
    QTest::newRow("archiveRoom: unknown room")
        << root << u"chat:archiveRoom"_s << roomRequest(u"nowhere"_s) << u"not_found"_s;
    QTest::newRow("createRoom: two-line topic")
        << root << create << with(named(u"ok-name"_s), "topic", u"one\ntwo"_s) << bad;
}

void TestChatRooms::validation()
{
    QFETCH(QString, who);
    QFETCH(QString, command);
    QFETCH(QJsonObject, request);
    QFETCH(QString, code);
    const User &user = who == "root"_L1 ? m_server.root : who == "mod"_L1 ? m_server.mod : m_server.alice;
    ChatProbe *probe = m_server.connect(user, u"validation"_s);
    QVERIFY(probe);
    QVERIFY(isOk(probe->call(u"chat:join"_s, roomRequest(u"general"_s))));
    const qint64 messages = m_server.messageCount();
    const qint64 rooms = m_server.roomCount();

    const QJsonObject reply = probe->call(command, request);
    QCOMPARE(reply.value("ok"_L1), QJsonValue(false));
    QCOMPARE(codeOf(reply), code);
    // The message tells a person what to do; nothing was stored.
    const QString message = reply.value("error"_L1).toObject().value("message"_L1).toString();
    QVERIFY2(message.size() > 20 && message.endsWith(u'.'), qPrintable(message));
    QCOMPARE(m_server.messageCount(), messages);
    QCOMPARE(m_server.roomCount(), rooms);
}

void TestChatRooms::requestNotAnObjectAndNoAck()
{
    ChatProbe *alice = m_server.connect(m_server.alice, u"laptop"_s);
    ChatProbe *bob = m_server.connect(m_server.bob, u"pc"_s);
    QVERIFY(alice && bob);
    QVERIFY(isOk(bob->call(u"chat:join"_s, roomRequest(u"general"_s))));
    std::optional<QJsonObject> reply;
    alice->socket()->emitWithAck(u"chat:send"_s, {u"hello"_s}, m_server.scope(),
                                 [&](Expected<Arguments, QString> result) {
                                     reply = result ? result->value(0).toObject() : QJsonObject {};
                                 });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
    QCOMPARE(codeOf(*reply), u"bad_request"_s);

    // Without an ack, a failure comes back as chat:error; a success is sent all the same.
    alice->socket()->emit(u"chat:send"_s, {roomRequest(u"general"_s, u" "_s)});
    QTRY_COMPARE_WITH_TIMEOUT(alice->received(u"chat:error"_s).size(), 1, 5000);
    const QJsonObject error = alice->received(u"chat:error"_s).first();
    QCOMPARE(error.value("command"_L1).toString(), u"chat:send"_s);
    QCOMPARE(codeOf(error), u"bad_request"_s);
    QVERIFY(isOk(alice->call(u"chat:join"_s, roomRequest(u"general"_s))));
    alice->socket()->emit(u"chat:send"_s, {roomRequest(u"general"_s, u"fire and forget"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(bob->texts(), QStringList {u"fire and forget"_s}, 5000);
}

void TestChatRooms::membershipIsPerUser()
{
    ChatProbe *laptop = m_server.connect(m_server.alice, u"alice-laptop"_s);
    ChatProbe *phone = m_server.connect(m_server.alice, u"alice-phone"_s);
    ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
    QVERIFY(laptop && phone && bob);
    QVERIFY(m_server.createRoom(u"den"_s));
    QVERIFY(isOk(laptop->call(u"chat:join"_s, roomRequest(u"den"_s))));
    QVERIFY(isOk(bob->call(u"chat:join"_s, roomRequest(u"den"_s))));
    // A device that connects later is in its user's rooms at once.
    ChatProbe *tablet = m_server.connect(m_server.alice, u"alice-tablet"_s);
    QVERIFY(tablet);
    QVERIFY(isOk(bob->call(u"chat:send"_s, roomRequest(u"den"_s, u"one"_s))));
    for (ChatProbe *device : {laptop, phone, tablet})
        QTRY_COMPARE_WITH_TIMEOUT(device->texts(), QStringList {u"one"_s}, 5000);
    bool listed = false;
    const QJsonArray rooms = tablet->call(u"chat:rooms"_s).value("rooms"_L1).toArray();
    for (const QJsonValue &entry : rooms) {
        const QJsonObject room = entry.toObject();
        if (room.value("name"_L1).toString() != "den"_L1)
            continue;
        listed = true;
        QCOMPARE(room.value("joined"_L1).toBool(), true);
        QCOMPARE(room.value("members"_L1).toInt(), 2);
        QCOMPARE(room.value("online"_L1).toInt(), 2);
    }
    QVERIFY(listed);
    // Leaving from one device leaves on all of them.
    QVERIFY(isOk(tablet->call(u"chat:leave"_s, roomRequest(u"#den"_s))));
    QVERIFY(isOk(bob->call(u"chat:send"_s, roomRequest(u"den"_s, u"two"_s))));
    for (ChatProbe *device : {laptop, phone, tablet}) {
        ChatTestServer::settle(device);
        QCOMPARE(device->texts(), QStringList {u"one"_s});
    }
}

void TestChatRooms::joinAnswersHistoryAndWhoIsOnline()
{
    ChatProbe *alice = m_server.connect(m_server.alice, u"alice-laptop"_s);
    ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
    QVERIFY(alice && bob);
    QVERIFY(m_server.createRoom(u"stories"_s));
    QVERIFY(isOk(alice->call(u"chat:join"_s, roomRequest(u"stories"_s))));
    for (int i = 1; i <= 5; ++i)
        QVERIFY(isOk(alice->call(u"chat:send"_s, roomRequest(u"stories"_s, u"s%1"_s.arg(i)))));
    QJsonObject request = roomRequest(u"stories"_s);
    request.insert("limit"_L1, 3);
    const QJsonObject joined = bob->call(u"chat:join"_s, request);
    QVERIFY2(isOk(joined), QJsonDocument(joined).toJson().constData());
    const QJsonArray messages = joined.value("messages"_L1).toArray();
    QCOMPARE(textsOf(messages), (QStringList {u"s3"_s, u"s4"_s, u"s5"_s}));
    QCOMPARE(joined.value("hasMore"_L1).toBool(), true);
    QCOMPARE(joined.value("nextBeforeId"_L1), messages.first().toObject().value("id"_L1));
    QCOMPARE(presenceList(joined.value("online"_L1).toArray()), (QStringList {u"alice/1"_s, u"bob/1"_s}));

    request = roomRequest(u"stories"_s);
    request.insert("beforeId"_L1, joined.value("nextBeforeId"_L1));
    const QJsonObject older = bob->call(u"chat:history"_s, request);
    QCOMPARE(textsOf(older.value("messages"_L1).toArray()), (QStringList {u"s1"_s, u"s2"_s}));
    QCOMPARE(older.value("hasMore"_L1).toBool(), false);
    QVERIFY(older.value("nextBeforeId"_L1).isNull());
}

void TestChatRooms::historyPaging()
{
    QVERIFY(m_server.createRoom(u"paging"_s));
    const auto paging = m_server.chat().store().findRoom(u"paging"_s);
    QVERIFY(paging && *paging);
    for (int i = 0; i < 250; ++i) {
        ChatMessage message;
        message.roomId = (*paging)->id;
        message.room = u"paging"_s;
        message.from = {m_server.bob.id, m_server.bob.username, m_server.bob.displayName, {}};
        message.text = u"p%1"_s.arg(i);
        QVERIFY(m_server.chat().store().append(message));
    }
    ChatProbe *alice = m_server.connect(m_server.alice, u"alice-laptop"_s);
    QVERIFY(alice);
    // The join sends the newest 50 (the default); a page holds at most 200.
    const QJsonObject joined = alice->call(u"chat:join"_s, roomRequest(u"paging"_s));
    QCOMPARE(joined.value("messages"_L1).toArray().size(), 50);
    QCOMPARE(textsOf(joined.value("messages"_L1).toArray()).last(), u"p249"_s);
    QJsonObject request = roomRequest(u"paging"_s);
    request.insert("limit"_L1, 1000);
    const QJsonObject big = alice->call(u"chat:history"_s, request);
    QCOMPARE(big.value("messages"_L1).toArray().size(), 200);
    QCOMPARE(big.value("hasMore"_L1).toBool(), true);

    // Pages of 100 backwards: 100, 100, 50, each oldest first, together everything once.
    QStringList all;
    QList<int> sizes;
    QJsonValue before;
    for (int page = 0; page < 10; ++page) {
        request = roomRequest(u"paging"_s);
        request.insert("limit"_L1, 100);
        if (!before.isNull())
            request.insert("beforeId"_L1, before);
        const QJsonObject reply = alice->call(u"chat:history"_s, request);
        QVERIFY2(isOk(reply), QJsonDocument(reply).toJson().constData());
        const QStringList texts = textsOf(reply.value("messages"_L1).toArray());
        sizes.append(int(texts.size()));
        all = texts + all;
        before = reply.value("nextBeforeId"_L1);
        if (!reply.value("hasMore"_L1).toBool())
            break;
    }
    QCOMPARE(sizes, (QList<int> {100, 100, 50}));
    QVERIFY(before.isNull());
    QStringList expected;
    for (int i = 0; i < 250; ++i)
        expected.append(u"p%1"_s.arg(i));
    QCOMPARE(all, expected);
}

void TestChatRooms::createRoomByAdminsOnly()
{
    ChatProbe *root = m_server.connect(m_server.root, u"console"_s);
    ChatProbe *alice = m_server.connect(m_server.alice, u"alice-laptop"_s);
    QVERIFY(root && alice);
    const QJsonObject created = root->call(
        u"chat:createRoom"_s, {{u"name"_s, u"#team-news"_s}, {u"topic"_s, u"  News for the team "_s}});
    QVERIFY2(isOk(created), QJsonDocument(created).toJson().constData());
    const QJsonObject room = created.value("room"_L1).toObject();
    QCOMPARE(room.value("name"_L1).toString(), u"team-news"_s);
    QCOMPARE(room.value("topic"_L1).toString(), u"News for the team"_s);
    QCOMPARE(room.value("createdBy"_L1).toString(), m_server.root.id);
    // Everyone signed in hears of it; it is listed; the audit log has it.
    QTRY_COMPARE_WITH_TIMEOUT(alice->received(u"chat:room"_s).size(), 1, 5000);
    QCOMPARE(alice->received(u"chat:room"_s).first().value("name"_L1).toString(), u"team-news"_s);
    bool listed = false;
    const QJsonArray rooms = alice->call(u"chat:rooms"_s).value("rooms"_L1).toArray();
    for (const QJsonValue &entry : rooms)
        listed = listed || entry.toObject().value("name"_L1).toString() == "team-news"_L1;
    QVERIFY(listed);
    AuditQuery query;
    query.type = u"chat.room_created"_s;
    const auto entries = m_server.fixture().store().audit().query(query);
    QVERIFY(entries && entries->size() == 1);
    QCOMPARE(entries->first().actorId, m_server.root.id);
    QCOMPARE(entries->first().details.value("room"_L1).toString(), u"team-news"_s);

    // The role counts as it is now, not as it was at sign-in.
    QVERIFY(m_server.fixture().store().users().setRole(m_server.root.id, Role::User));
    const QJsonObject refused = root->call(u"chat:createRoom"_s, {{u"name"_s, u"later"_s}});
    QVERIFY(m_server.fixture().store().users().setRole(m_server.root.id, Role::Admin));
    QCOMPARE(codeOf(refused), u"forbidden"_s);
}

void TestChatRooms::archiveRoom()
{
    ChatProbe *root = m_server.connect(m_server.root, u"console"_s);
    ChatProbe *alice = m_server.connect(m_server.alice, u"alice-laptop"_s);
    QVERIFY(root && alice);
    QVERIFY(m_server.createRoom(u"old-news"_s));
    QVERIFY(isOk(alice->call(u"chat:join"_s, roomRequest(u"old-news"_s))));
    QVERIFY(isOk(alice->call(u"chat:send"_s, roomRequest(u"old-news"_s, u"before the end"_s))));
    QCOMPARE(codeOf(alice->call(u"chat:archiveRoom"_s, roomRequest(u"old-news"_s))), u"forbidden"_s);

    const QJsonObject archived = root->call(u"chat:archiveRoom"_s, roomRequest(u"#old-news"_s));
    QVERIFY2(isOk(archived), QJsonDocument(archived).toJson().constData());
    QCOMPARE(archived.value("room"_L1).toObject().value("archived"_L1).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(alice->received(u"chat:room"_s).size(), 1, 5000);
    QCOMPARE(alice->received(u"chat:room"_s).first().value("archived"_L1).toBool(), true);
    // Everyone is out of it, and stays out; what was said stays readable; the name stays taken.
    QVERIFY(m_server.fixture().server().of(u"/"_s).adapter().members(u"room:old-news"_s).isEmpty());
    for (const QString &command : {u"chat:send"_s, u"chat:join"_s})
        QCOMPARE(codeOf(alice->call(command, roomRequest(u"old-news"_s, u"hello?"_s))), u"room_archived"_s);
    QCOMPARE(
        textsOf(alice->call(u"chat:history"_s, roomRequest(u"old-news"_s)).value("messages"_L1).toArray()),
        QStringList {u"before the end"_s});
    const QJsonArray rooms = alice->call(u"chat:rooms"_s).value("rooms"_L1).toArray();
    for (const QJsonValue &entry : rooms)
        QVERIFY(entry.toObject().value("name"_L1).toString() != "old-news"_L1);
    QCOMPARE(codeOf(root->call(u"chat:createRoom"_s, {{u"name"_s, u"old-news"_s}})), u"conflict"_s);
    QCOMPARE(codeOf(root->call(u"chat:archiveRoom"_s, roomRequest(u"old-news"_s))), u"room_archived"_s);
    AuditQuery query;
    query.type = u"chat.room_archived"_s;
    const auto entries = m_server.fixture().store().audit().query(query);
    QVERIFY(entries && entries->size() == 1);
    QCOMPARE(entries->first().actorId, m_server.root.id);
}

void TestChatRooms::historySurvivesANewStore()
{
    ChatProbe *alice = m_server.connect(m_server.alice, u"alice-laptop"_s);
    QVERIFY(alice);
    QVERIFY(isOk(alice->call(u"chat:join"_s, roomRequest(u"general"_s))));
    QVERIFY(isOk(alice->call(u"chat:send"_s, roomRequest(u"general"_s, u"still here tomorrow"_s))));
    const auto live = m_server.chat().store().findRoom(u"general"_s);
    QVERIFY(live && *live);
    const auto expected = m_server.chat().store().roomHistory((*live)->id, 0, 200);
    QVERIFY(expected);

    // Another connection to the same file, as after a restart.
    auto database
        = Database::open(QFileInfo(m_server.fixture().store().database().filePath()).absolutePath());
    QVERIFY2(database, qPrintable(database ? QString() : database.error()));
    ChatStore reopened(**database);
    const auto general = reopened.findRoom(u"general"_s);
    QVERIFY(general && *general);
    const auto page = reopened.roomHistory((*general)->id, 0, 200);
    QVERIFY(page);
    QCOMPARE(page->messages.size(), expected->messages.size());
    QCOMPARE(page->messages.last().text, u"still here tomorrow"_s);
    QCOMPARE(page->messages.last().id, expected->messages.last().id);
    QCOMPARE(page->messages.last().from.name, u"Alice A."_s);
    QCOMPARE(page->messages.last().at, expected->messages.last().at);
    QCOMPARE(*reopened.isMember((*general)->id, m_server.alice.id), true);
}
