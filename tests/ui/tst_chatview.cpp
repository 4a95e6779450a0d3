// ChatView offscreen, with a real ChatClient against the real chat server: typing and Enter
// sends, Shift+Enter does not; other people's messages appear; the member list follows
// presence; the connection status follows the socket; the composer's limit; archived rooms.
#include "ChatTestServer.h"
#include "core/client/ChatClient.h"
#include "core/client/Manager.h"
#include "ui/ChatComposer.h"
#include "ui/ChatMembersModel.h"
#include "ui/ChatMessageDelegate.h"
#include "ui/ChatMessageList.h"
#include "ui/ChatMessagesModel.h"
#include "ui/ChatView.h"
#include "ui/ConnectionStatusLabel.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>

using namespace gatehouse;
using namespace gatehouse::test;
using namespace gatehouse::ui;
using namespace Qt::StringLiterals;

class TestChatView : public QObject {
    Q_OBJECT

private:
    ChatTestServer m_server;

    struct Window {
        ChatClient *client = nullptr;
        std::unique_ptr<ChatView> view;
    };

    Window open(const User &user, const QString &deviceId)
    {
        ClientSocket *socket = m_server.fixture().connectAs(m_server.scope(), user, u"/"_s, deviceId);
        Window window;
        window.client = new ChatClient(m_server.scope());
        window.client->setSocket(socket, {user.id, user.username, user.displayName});
        window.view = std::make_unique<ChatView>(window.client);
        window.view->resize(900, 600);
        window.view->show();
        return window;
    }

    static QStringList texts(const ChatView &view)
    {
        QStringList list;
        const QAbstractItemModel *model = view.messageList()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row, 0).data(ChatMessagesModel::TextRole).toString());
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init() { m_server.beginTest(); }
    void cleanup() { QVERIFY(m_server.endTest()); }

    void typingAndEnterSends()
    {
        ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
        QVERIFY(bob && isOk(bob->call(u"chat:join"_s, roomRequest(u"general"_s))));
        Window alice = open(m_server.alice, u"alice-laptop"_s);
        QTRY_COMPARE(alice.view->currentConversation(), u"#general"_s);
        QCOMPARE(alice.view->titleLabel()->text(), u"#general"_s);
        QVERIFY(QTest::qWaitForWindowExposed(alice.view.get()));

        QPlainTextEdit *editor = alice.view->composer()->editor();
        QTRY_VERIFY(editor->isEnabled());
        editor->setFocus();
        QTest::keyClicks(editor, u"first line"_s);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(editor, u"second line"_s);
        QCOMPARE(texts(*alice.view), QStringList());
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(editor->toPlainText(), QString());
        QCOMPARE(texts(*alice.view), QStringList {u"first line\nsecond line"_s});
        QTRY_COMPARE(bob->texts(), QStringList {u"first line\nsecond line"_s});
        const QModelIndex mine = alice.view->messageList()->model()->index(0, 0);
        QTRY_COMPARE(mine.data(ChatMessagesModel::StateRole).toInt(), int(ChatEntry::State::Sent));
        QCOMPARE(ChatMessageDelegate::statusText(mine), QString());
        QVERIFY(ChatMessageDelegate::startsDay(mine));

        // Enter on white space sends nothing.
        QTest::keyClicks(editor, u"   "_s);
        QTest::keyClick(editor, Qt::Key_Enter);
        QCOMPARE(texts(*alice.view).size(), 1);

        // Someone else's message appears, under the sender's name.
        m_server.clock().advance(1000);
        QVERIFY(isOk(bob->call(u"chat:send"_s, roomRequest(u"general"_s, u"welcome"_s))));
        QTRY_COMPARE(texts(*alice.view), (QStringList {u"first line\nsecond line"_s, u"welcome"_s}));
        const QModelIndex theirs = alice.view->messageList()->model()->index(1, 0);
        QCOMPARE(theirs.data(ChatMessagesModel::SenderRole).toString(), u"bob"_s);
        QVERIFY(ChatMessageDelegate::startsGroup(theirs));
        QTRY_VERIFY(alice.view->messageList()->visualRect(theirs).height() > 0);
        // Line breaks are kept: two lines are taller than one (both rows start with a header).
        QVERIFY(alice.view->messageList()->visualRect(mine).height()
                > alice.view->messageList()->visualRect(theirs).height());
        // To look at it: GATEHOUSE_CHAT_SNAPSHOT=/tmp/chat.png ./tst_chatview typingAndEnterSends
        if (const QString path = qEnvironmentVariable("GATEHOUSE_CHAT_SNAPSHOT"); !path.isEmpty())
            QVERIFY(alice.view->grab().save(path));
    }

    void memberListFollowsPresence()
    {
        ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
        QVERIFY(bob);
        Window alice = open(m_server.alice, u"alice-laptop"_s);
        QTRY_COMPARE(alice.view->currentConversation(), u"#general"_s);
        const QAbstractItemModel *members = alice.view->memberList()->model();
        const auto bobRow = [&] {
            for (int row = 0; row < members->rowCount(); ++row) {
                if (members->index(row, 0).data(ChatMembersModel::UsernameRole) == u"bob"_s)
                    return members->index(row, 0);
            }
            return QModelIndex();
        };
        QTRY_VERIFY(bobRow().isValid());
        QVERIFY(bobRow().data(ChatMembersModel::OnlineRole).toBool());
        ChatProbe *phone = m_server.connect(m_server.bob, u"bob-phone"_s);
        QVERIFY(phone);
        QTRY_COMPARE(bobRow().data().toString(), u"bob · 2 devices"_s);
        bob->socket()->manager()->close();
        phone->socket()->manager()->close();
        QTRY_COMPARE(bobRow().data(ChatMembersModel::OnlineRole).toBool(), false);
        QCOMPARE(bobRow().data().toString(), u"bob"_s);
    }

    void statusFollowsTheConnection()
    {
        Window alice = open(m_server.alice, u"alice-laptop"_s);
        const QString server = u"127.0.0.1:%1"_s.arg(m_server.fixture().port());
        ConnectionStatusLabel *status = alice.view->statusLabel();
        QTRY_COMPARE(status->text(), u"Connected as Alice A. to %1"_s.arg(server));
        Manager *manager = alice.client->socket()->manager();
        manager->close();
        QTRY_COMPARE(status->status(), ConnectionStatusLabel::Status::Reconnecting);
        QCOMPARE(status->text(), u"Connection lost, reconnecting to %1…"_s.arg(server));
        // Written while away: shown as being sent, and sent once back.
        QTest::keyClicks(alice.view->composer()->editor(), u"offline note"_s);
        QTest::keyClick(alice.view->composer()->editor(), Qt::Key_Return);
        const QModelIndex note = alice.view->messageList()->model()->index(
            alice.view->messageList()->model()->rowCount() - 1, 0);
        QCOMPARE(ChatMessageDelegate::statusText(note), u"Sending…"_s);
        manager->open();
        QTRY_COMPARE(status->text(), u"Connected as Alice A. to %1"_s.arg(server));
        QTRY_COMPARE(ChatMessageDelegate::statusText(note), QString());

        // The host's status area shows once something is put in it.
        QVERIFY(alice.view->statusArea()->isHidden());
        alice.view->statusArea()->layout()->addWidget(new QLabel(u"Your session ends in 5 minutes."_s));
        QTRY_VERIFY(alice.view->statusArea()->isVisible());

        // The host can drive it by hand.
        status->setStatus(ConnectionStatusLabel::Status::Offline);
        QCOMPARE(status->text(), u"Offline"_s);
        status->setMessage(ConnectionStatusLabel::Status::Connecting, u"Signing in…"_s);
        QCOMPARE(status->text(), u"Signing in…"_s);
        manager->close(); // no longer followed: the host's words stay
        QTest::qWait(50);
        QCOMPARE(status->text(), u"Signing in…"_s);
        manager->open();
    }

    void newMessageAndJoinRoomDialogs()
    {
        QVERIFY(m_server.createRoom(u"lobby"_s));
        ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
        QVERIFY(bob);
        Window alice = open(m_server.alice, u"alice-laptop"_s);
        QTRY_COMPARE(alice.view->currentConversation(), u"#general"_s);

        // "New Message…" opens a dialog (open(), not exec()); a username opens the conversation.
        alice.view->newMessageAction()->trigger();
        auto *dialog = alice.view->findChild<QInputDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->setTextValue(u"bob"_s);
        dialog->accept();
        QTRY_COMPARE(alice.view->currentConversation(), u"@bob"_s);
        QTest::keyClicks(alice.view->composer()->editor(), u"psst"_s);
        QTest::keyClick(alice.view->composer()->editor(), Qt::Key_Return);
        QTRY_COMPARE(bob->texts(), QStringList {u"psst"_s});
        const QAbstractItemModel *members = alice.view->memberList()->model();
        QCOMPARE(members->rowCount(), 1);
        QCOMPARE(members->index(0, 0).data(ChatMembersModel::UsernameRole).toString(), u"bob"_s);

        // "Join Room…" lists the rooms not joined yet.
        QTRY_VERIFY(!alice.view->findChild<QInputDialog *>()); // the first one is gone
        alice.view->joinRoomAction()->trigger();
        dialog = alice.view->findChild<QInputDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->comboBoxItems().contains(u"#lobby"_s));
        QVERIFY(!dialog->comboBoxItems().contains(u"#general"_s));
        dialog->setTextValue(u"#lobby"_s);
        dialog->accept();
        QTRY_COMPARE(alice.view->currentConversation(), u"#lobby"_s);

        // Alt+Up and Alt+Down go through the conversations: #general, #lobby, then @bob.
        alice.view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(alice.view.get()));
        QTest::keyClick(alice.view->composer()->editor(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(alice.view->currentConversation(), u"#general"_s);
        QTest::keyClick(alice.view->composer()->editor(), Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(alice.view->composer()->editor(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(alice.view->currentConversation(), u"@bob"_s);
        if (const QString path = qEnvironmentVariable("GATEHOUSE_CHAT_SNAPSHOT"); !path.isEmpty())
            QVERIFY(alice.view->grab().save(path));
        alice.view->openConversation(u"#lobby"_s);

        // An unknown user: the conversation shown stays, a notice says why.
        QTRY_VERIFY(!alice.view->findChild<QInputDialog *>());
        alice.view->newMessageAction()->trigger();
        dialog = alice.view->findChild<QInputDialog *>();
        dialog->setTextValue(u"nobody"_s);
        dialog->accept();
        QTRY_VERIFY(alice.view->noticeLabel()->isVisible());
        QVERIFY(!alice.view->noticeLabel()->text().isEmpty());
        QCOMPARE(alice.view->currentConversation(), u"#lobby"_s);

        // Leaving the room shown: it goes from the list, another one is shown.
        QVERIFY(alice.view->leaveRoomAction()->isEnabled());
        alice.view->leaveRoomAction()->trigger();
        QTRY_COMPARE(alice.view->currentConversation(), u"#general"_s);
        QVERIFY(!alice.client->conversation(u"#lobby"_s));
        QVERIFY(!alice.client->room(u"lobby"_s)->joined);
    }

    void scrollingToTheTopLoadsOlder()
    {
        QVERIFY(m_server.createRoom(u"long"_s));
        ChatProbe *bob = m_server.connect(m_server.bob, u"bob-pc"_s);
        QVERIFY(bob && isOk(bob->call(u"chat:join"_s, roomRequest(u"long"_s))));
        for (int i = 1; i <= 70; ++i) {
            m_server.clock().advance(1000);
            QVERIFY(isOk(bob->call(u"chat:send"_s, roomRequest(u"long"_s, u"line %1"_s.arg(i)))));
        }
        Window alice = open(m_server.alice, u"alice-laptop"_s);
        QTRY_COMPARE(alice.view->currentConversation(), u"#general"_s);
        std::optional<bool> joined;
        alice.client->joinRoom(u"long"_s, this,
                               [&](Expected<QString, QString> result) { joined = bool(result); });
        QTRY_COMPARE(joined, std::optional<bool>(true));
        alice.view->openConversation(u"#long"_s);
        ChatMessageList *list = alice.view->messageList();
        QCOMPARE(list->model()->rowCount(), 50);
        // Opened at the end: the newest message is in view.
        QTRY_VERIFY(list->viewport()->rect().intersects(list->visualRect(list->model()->index(49, 0))));
        list->verticalScrollBar()->setValue(0);
        const QPersistentModelIndex formerTop = list->model()->index(0, 0);
        const int bottom = list->visualRect(formerTop).bottom();
        QTRY_COMPARE(list->model()->rowCount(), 70);
        // What was at the top stays where it was: the older page went above it.
        QCOMPARE(formerTop.row(), 20);
        QCOMPARE(formerTop.data().toString(), u"line 21"_s);
        QTRY_COMPARE(list->visualRect(formerTop).bottom(), bottom);
        QVERIFY(list->verticalScrollBar()->value() > 0);
    }

    void composerLimitAndArchivedRooms()
    {
        QVERIFY(m_server.createRoom(u"closing"_s));
        ChatProbe *root = m_server.connect(m_server.root, u"root-pc"_s);
        QVERIFY(root);
        Window alice = open(m_server.alice, u"alice-laptop"_s);
        QTRY_COMPARE(alice.view->currentConversation(), u"#general"_s);
        std::optional<bool> joined;
        alice.client->joinRoom(u"closing"_s, this,
                               [&](Expected<QString, QString> result) { joined = bool(result); });
        QTRY_COMPARE(joined, std::optional<bool>(true));
        alice.view->openConversation(u"#closing"_s);
        QCOMPARE(alice.view->currentConversation(), u"#closing"_s);

        ChatComposer *composer = alice.view->composer();
        QVERIFY(composer->counter()->isHidden());
        composer->setText(QString(3500, u'a'));
        QVERIFY(!composer->counter()->isHidden());
        QCOMPARE(composer->counter()->text(),
                 u"%1 / %2"_s.arg(QLocale().toString(3500), QLocale().toString(4000)));
        composer->setText(QString(4001, u'a'));
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(composer->text().size(), 4001); // too long: not sent, not lost
        QCOMPARE(texts(*alice.view), QStringList());
        composer->setText({});
        QVERIFY(composer->counter()->isHidden());

        QVERIFY(isOk(root->call(u"chat:archiveRoom"_s, roomRequest(u"closing"_s))));
        QTRY_VERIFY(!composer->editor()->isEnabled());
        QVERIFY(alice.view->titleLabel()->text().contains(u"#closing"_s));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestChatView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_chatview.moc"
