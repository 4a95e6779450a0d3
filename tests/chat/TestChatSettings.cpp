#include "TestChatSettings.h"

#include "core/chat/ChatStack.h"
#include "core/chat/ChatStore.h"
#include "core/moderation/SessionRegistry.h"
#include "core/server/Server.h"
#include "core/server/ServerConfig.h"
#include "core/store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace Qt::StringLiterals;

namespace {

// Loads a config file holding `text`.
Expected<ServerConfig, QString> load(const QByteArray &text)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gatehouse.conf"_s);
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return unexpected(u"cannot write the config file"_s);
    file.close();
    return ServerConfig::load(path);
}

} // namespace

void TestChatSettings::readsTheSection()
{
    const auto defaults = load("[server]\nport=0\n");
    QVERIFY(defaults);
    QCOMPARE(defaults->chat.historyOnJoin, 50);
    QCOMPARE(defaults->chat.maxMessageLength, 4000);
    QCOMPARE(defaults->chat.rateBurst, 10);
    QCOMPARE(defaults->chat.ratePerSecond, 5);
    QCOMPARE(defaults->chat.defaultRoom, u"general"_s);

    const auto set = load("[chat]\nhistoryOnJoin=20\nmaxMessageLength=500\nrateBurst=3\nratePerSecond=1\n"
                          "defaultRoom=lobby\n");
    QVERIFY2(set, qPrintable(set ? QString() : set.error()));
    QCOMPARE(set->chat.historyOnJoin, 20);
    QCOMPARE(set->chat.maxMessageLength, 500);
    QCOMPARE(set->chat.rateBurst, 3);
    QCOMPARE(set->chat.ratePerSecond, 1);
    QCOMPARE(set->chat.defaultRoom, u"lobby"_s);
}

void TestChatSettings::refusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("history beyond a page")
        << QByteArray("[chat]\nhistoryOnJoin=500\n") << u"chat/historyOnJoin"_s;
    QTest::newRow("no message at all")
        << QByteArray("[chat]\nmaxMessageLength=0\n") << u"chat/maxMessageLength"_s;
    QTest::newRow("no rate") << QByteArray("[chat]\nratePerSecond=0\n") << u"chat/ratePerSecond"_s;
    QTest::newRow("burst not a number") << QByteArray("[chat]\nrateBurst=lots\n") << u"chat/rateBurst"_s;
    QTest::newRow("room name with capitals")
        << QByteArray("[chat]\ndefaultRoom=Lobby\n") << u"chat/defaultRoom"_s;
}

void TestChatSettings::refusals()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    const auto loaded = load(text);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().startsWith(key), qPrintable(loaded.error()));
}

void TestChatSettings::noDefaultRoom()
{
    const auto config = load("[chat]\ndefaultRoom=\n");
    QVERIFY(config);
    QVERIFY(config->chat.defaultRoom.isEmpty());
    QTemporaryDir dir;
    auto store = Store::open(dir.path());
    QVERIFY(store);
    Server server;
    SessionRegistry registry(server);
    const auto chat = ChatStack::create(server, **store, registry, config->chat);
    QVERIFY(chat);
    const auto rooms = (*chat)->store().rooms();
    QVERIFY(rooms && rooms->isEmpty());
}
