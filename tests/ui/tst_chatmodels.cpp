// The chat's models (ui/) fed by a real ChatClient against the real chat server, each under
// QAbstractItemModelTester: one row operation per change, rows in order, values as shown.
#include "ChatTestServer.h"
#include "core/client/ChatClient.h"
#include "core/client/Manager.h"
#include "ui/ChatMembersModel.h"
#include "ui/ChatMessagesModel.h"
#include "ui/ChatRoomsModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;
using namespace gatehouse::ui;
using namespace Qt::StringLiterals;

namespace {

QStringList column(const QAbstractItemModel &model, int role, const QModelIndex &parent = {})
{
    QStringList values;
    for (int row = 0; row < model.rowCount(parent); ++row)
        values.append(model.index(row, 0, parent).data(role).toString());
    return values;
}

} // namespace

class TestChatModels : public QObject {
    Q_OBJECT

private:
    ChatTestServer m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init() { m_server.beginTest(); }
    void cleanup() { QVERIFY(m_server.endTest()); }

    void roomsModel()
    {
        QVERIFY(m_server.createRoom(u"alpha"_s) && m_server.createRoom(u"zulu"_s));
        ChatClient *alice = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
        QVERIFY(alice && bob);
        ChatRoomsModel model(alice);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex rooms = model.sectionIndex(ChatRoomsModel::RoomsSection);
        const QModelIndex direct = model.sectionIndex(ChatRoomsModel::DirectSection);
        QCOMPARE(column(model, Qt::DisplayRole), (QStringList {u"Rooms"_s, u"Direct messages"_s}));
        QCOMPARE(column(model, ChatRoomsModel::KeyRole, rooms), QStringList {u"#general"_s});
        QVERIFY(!(model.flags(rooms) & Qt::ItemIsSelectable));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        alice->joinRoom(u"zulu"_s);
        QTRY_COMPARE(column(model, ChatRoomsModel::KeyRole, rooms),
                     (QStringList {u"#general"_s, u"#zulu"_s}));
        alice->joinRoom(u"alpha"_s);
        QTRY_COMPARE(column(model, ChatRoomsModel::KeyRole, rooms),
                     (QStringList {u"#alpha"_s, u"#general"_s, u"#zulu"_s}));
        QCOMPARE(inserted.size(), 2);

        // A direct message from bob: a row under "Direct messages", unread, bob online.
        QVERIFY(isOk(bob->call(u"chat:direct"_s, {{u"to"_s, u"alice"_s}, {u"text"_s, u"hi"_s}})));
        QTRY_COMPARE(column(model, ChatRoomsModel::KeyRole, direct), QStringList {u"@bob"_s});
        const QModelIndex bobRow = model.indexOf(u"@bob"_s);
        QTRY_COMPARE(bobRow.data(ChatRoomsModel::UnreadRole).toInt(), 1);
        QCOMPARE(bobRow.data().toString(), u"bob (1)"_s);
        QVERIFY(bobRow.data(ChatRoomsModel::OnlineRole).toBool());
        QCOMPARE(inserted.size(), 3);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        alice->setActiveConversation(u"@bob"_s);
        QCOMPARE(bobRow.data(ChatRoomsModel::UnreadRole).toInt(), 0);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(changed.last().at(0).value<QModelIndex>(), QModelIndex(bobRow));

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        alice->leaveRoom(u"zulu"_s);
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(column(model, ChatRoomsModel::KeyRole, rooms), (QStringList {u"#alpha"_s, u"#general"_s}));
        bob->socket()->manager()->close();
        QTRY_VERIFY(!model.indexOf(u"@bob"_s).data(ChatRoomsModel::OnlineRole).toBool());
        QCOMPARE(inserted.size(), 3); // nothing was inserted or reset on the way
    }

    void messagesModel()
    {
        QVERIFY(m_server.createRoom(u"pages"_s));
        ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
        QVERIFY(bob && isOk(bob->call(u"chat:join"_s, roomRequest(u"pages"_s))));
        QStringList texts;
        for (int i = 1; i <= 60; ++i)
            texts.append(u"old %1"_s.arg(i));
        QVERIFY(m_server.say(bob, u"pages"_s, texts));
        ChatClient *alice = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        QVERIFY(alice);
        ChatMessagesModel model(alice);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(u"#pages"_s);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        alice->joinRoom(u"pages"_s);
        QTRY_COMPARE(model.rowCount(), 50);
        QCOMPARE(inserted.size(), 1); // the first page, in one insert
        QCOMPARE(model.index(0).data(ChatMessagesModel::TextRole).toString(), u"old 11"_s);
        QCOMPARE(model.index(0).data(ChatMessagesModel::SenderRole).toString(), u"bob"_s);
        QCOMPARE(model.index(0).data(ChatMessagesModel::OwnRole).toBool(), false);
        QCOMPARE(model.index(0).data(ChatMessagesModel::DateRole).toDate(),
                 model.index(0).data(ChatMessagesModel::TimeRole).toDateTime().date());

        alice->loadOlder(u"#pages"_s);
        QTRY_COMPARE(model.rowCount(), 60);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 0); // above what was there
        QCOMPARE(inserted.last().at(2).toInt(), 9);
        QCOMPARE(column(model, ChatMessagesModel::TextRole), texts);

        // Own message: inserted pending at the end, then the same row becomes Sent.
        const QString key = alice->sendToRoom(u"pages"_s, u"mine"_s);
        QCOMPARE(model.rowCount(), 61);
        QCOMPARE(model.index(60).data(ChatMessagesModel::StateRole).toInt(), int(ChatEntry::State::Pending));
        QCOMPARE(model.index(60).data(ChatMessagesModel::OwnRole).toBool(), true);
        QTRY_COMPARE(model.index(60).data(ChatMessagesModel::StateRole).toInt(), int(ChatEntry::State::Sent));
        QCOMPARE(model.index(60).data(ChatMessagesModel::KeyRole).toString(), key);
        QVERIFY(model.index(60).data(ChatMessagesModel::IdRole).toLongLong() > 0);

        QVERIFY(m_server.say(bob, u"pages"_s, {u"new"_s}));
        QTRY_COMPARE(model.rowCount(), 62);
        QCOMPARE(model.index(61).data().toString(), u"new"_s);
        QCOMPARE(resets.size(), 0);

        model.setConversation(u"#general"_s);
        QCOMPARE(resets.size(), 1);
        model.setConversation(u"#pages"_s);
        QCOMPARE(model.rowCount(), 62);
    }

    void membersModel()
    {
        QVERIFY(m_server.createRoom(u"crowd"_s));
        ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
        QVERIFY(bob && isOk(bob->call(u"chat:join"_s, roomRequest(u"crowd"_s))));
        ChatClient *alice = m_server.connectChatClient(m_server.alice, u"alice-laptop"_s);
        QVERIFY(alice);
        ChatMembersModel model(alice);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::optional<QString> joined;
        alice->joinRoom(u"crowd"_s, this,
                        [&](Expected<QString, QString> result) { joined = result ? *result : QString(); });
        QTRY_VERIFY(joined.has_value());
        model.setConversation(u"#crowd"_s);
        QCOMPARE(column(model, Qt::DisplayRole), (QStringList {u"Alice A. (you)"_s, u"bob"_s}));
        const int bobRow = model.rowOf(m_server.bob.id);
        QCOMPARE(model.index(bobRow).data(ChatMembersModel::DevicesRole).toInt(), 1);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ChatProbe *bobPhone = m_server.connect(m_server.bob, u"bob-phone"_s);
        QVERIFY(bobPhone);
        QTRY_COMPARE(model.index(bobRow).data(ChatMembersModel::DevicesRole).toInt(), 2);
        QCOMPARE(model.index(bobRow).data().toString(), u"bob · 2 devices"_s);
        QVERIFY(!changed.isEmpty()); // views repaint on dataChanged, not on reading the data
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), bobRow);

        // Someone who writes in the room is a member: one insert, in name order.
        ChatProbe *carol = m_server.connect(m_server.carol, u"carol-pc"_s);
        QVERIFY(carol && isOk(carol->call(u"chat:join"_s, roomRequest(u"crowd"_s))));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(m_server.say(carol, u"crowd"_s, {u"hello"_s}));
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(column(model, ChatMembersModel::UsernameRole),
                 (QStringList {u"alice"_s, u"bob"_s, u"carol"_s}));

        bob->socket()->manager()->close();
        bobPhone->socket()->manager()->close();
        QTRY_COMPARE(model.index(model.rowOf(m_server.bob.id)).data(ChatMembersModel::OnlineRole).toBool(),
                     false);

        // Direct messages: the other person.
        std::optional<QString> opened;
        alice->openDirect(u"carol"_s, this,
                          [&](Expected<QString, QString> result) { opened = result ? *result : QString(); });
        QTRY_COMPARE(opened, std::optional<QString>(u"@carol"_s));
        model.setConversation(u"@carol"_s);
        QCOMPARE(column(model, ChatMembersModel::UsernameRole), QStringList {u"carol"_s});
        QCOMPARE(model.index(0).data(ChatMembersModel::OnlineRole).toBool(), true);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestChatModels test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_chatmodels.moc"
