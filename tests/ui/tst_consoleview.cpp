// The console widget against a real in-process server (ModerationFixture: real SQLite, real
// sockets on 127.0.0.1), offscreen: users appear; a kick through the action and its dialog
// disconnects the right client and removes its row; a suspension through the dialog shows the
// badge and lands in the audit log; unsuspend; the filter box; a refused action shows the
// server's error; capabilities and roles grey actions out.
#include "ModerationFixture.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/ConsoleFeed.h"
#include "ui/AuditLogModel.h"
#include "ui/AuditLogView.h"
#include "ui/ConnectionsFilterModel.h"
#include "ui/ConnectionsModel.h"
#include "ui/ConsoleView.h"
#include "ui/KickDialog.h"
#include "ui/SuspendDialog.h"
#include "ui/UserDetailPane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace gatehouse;
using namespace Qt::StringLiterals;
using gatehouse::test::ModerationFixture;
using gatehouse::ui::ConnectionsModel;
using gatehouse::ui::ConsoleView;

class TestConsoleView : public QObject {
    Q_OBJECT

private:
    ModerationFixture m_fx;
    User m_admin, m_moderator, m_alice, m_bob;
    std::unique_ptr<QObject> m_scope;
    std::unique_ptr<ConsoleView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // goes before the view's models
    ConsoleConnection *m_connection = nullptr;

    // A console signed in as `user`, who the console believes is `believed` (usually the same).
    void openConsole(const User &user, const QJsonObject &believed)
    {
        ClientSocket *socket = m_fx.connectAs(m_scope.get(), user, u"/admin"_s, u"console"_s);
        m_connection
            = new ConsoleConnection(socket, ConsoleConnection::gatehouseCapabilities(), m_scope.get());
        m_connection->setSignedInUser(believed);
        m_view = std::make_unique<ConsoleView>(m_connection);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->resize(1000, 600);
        m_view->show();
        QTRY_COMPARE_WITH_TIMEOUT(m_view->feed()->status(), ConsoleFeed::Status::Live, 5000);
    }
    void openConsole(const User &user) { openConsole(user, user.toJson()); }

    ClientSocket *userSocket(const User &user, const QString &deviceId)
    {
        ClientSocket *socket = m_fx.connectAs(m_scope.get(), user, u"/"_s, deviceId);
        return QTest::qWaitFor([socket] { return socket->isConnected(); }, 3000) ? socket : nullptr;
    }

    // The dialog the last action opened (open(): it is shown, the test goes on).
    template <typename Dialog> Dialog *openedDialog()
    {
        Dialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = m_view->findChild<Dialog *>();
                return dialog && dialog->isVisible();
            },
            2000);
        return shown ? dialog : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fx.start());
        m_admin = m_fx.addUser(u"root"_s, Role::Admin);
        m_moderator = m_fx.addUser(u"mod"_s, Role::Moderator);
        m_alice = m_fx.addUser(u"alice"_s, Role::User);
        m_bob = m_fx.addUser(u"bob"_s, Role::User);
    }

    void init() { m_scope = std::make_unique<QObject>(); }
    void cleanup()
    {
        m_tester.reset();
        m_view.reset();
        m_scope.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.moderation().registry().socketCount(), 0, 5000);
    }

    void usersAppearWithDetails()
    {
        QVERIFY(userSocket(m_alice, u"laptop"_s));
        openConsole(m_admin);
        QVERIFY(m_view->feedStatusText().startsWith(u"Live"_s));
        QVERIFY(m_view->model()->userIndex(m_alice.id).isValid());
        QVERIFY(m_view->model()->userIndex(m_admin.id).isValid()); // the console itself
        // Someone arriving later appears without a reload.
        QVERIFY(userSocket(m_bob, u"phone"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->userIndex(m_bob.id).isValid(), 3000);

        QSignalSpy loaded(m_view->detailPane(), &ui::UserDetailPane::accountLoaded);
        QVERIFY(m_view->selectUser(m_alice.id));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 3000);
        QCOMPARE(loaded.first().first().toString(), QString());
        QCOMPARE(m_view->detailPane()->statusText(), u"Active"_s);
        QCOMPARE(m_view->detailPane()->lastLoginText(), u"Never"_s);
        QTreeWidget *devices = m_view->detailPane()->devicesTree();
        QCOMPARE(devices->topLevelItemCount(), 1);
        QCOMPARE(devices->topLevelItem(0)->text(0), u"laptop"_s);
        QCOMPARE(devices->topLevelItem(0)->childCount(), 1);
        // A second socket on the laptop shows up in the pane too.
        QVERIFY(userSocket(m_alice, u"laptop"_s));
        QTRY_COMPARE_WITH_TIMEOUT(devices->topLevelItem(0)->childCount(), 2, 3000);
    }

    void kickThroughTheAction_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("byKeyboard");
        QTest::newRow("socket") << u"socket"_s << false;
        QTest::newRow("device") << u"device"_s << false;
        QTest::newRow("user, Delete key") << u"user"_s << true;
    }
    void kickThroughTheAction()
    {
        QFETCH(QString, what);
        QFETCH(bool, byKeyboard);
        ClientSocket *laptop = userSocket(m_alice, u"laptop"_s);
        ClientSocket *phone = userSocket(m_alice, u"phone"_s);
        QVERIFY(laptop && phone);
        openConsole(m_admin);
        QSignalSpy laptopNotice(laptop, &ClientSocket::forcedDisconnect);
        QSignalSpy phoneNotice(phone, &ClientSocket::forcedDisconnect);
        const QString laptopSocketId = laptop->id();
        if (what == u"socket"_s)
            QVERIFY(m_view->selectSocket(laptopSocketId));
        else if (what == u"device"_s)
            QVERIFY(m_view->selectDevice(m_alice.id, u"laptop"_s));
        else
            QVERIFY(m_view->selectUser(m_alice.id));
        QVERIFY(m_view->actions()->kickAction()->isEnabled());
        if (byKeyboard) {
            m_view->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
            m_view->treeView()->setFocus();
            QTest::keyClick(m_view->treeView(), Qt::Key_Delete);
        } else {
            m_view->actions()->kickAction()->trigger();
        }
        auto *dialog = openedDialog<ui::KickDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChildren<QLabel *>().size() > 0);
        QTest::keyClicks(dialog->reasonEdit(), u"flooding"_s);
        dialog->accept();

        QTRY_COMPARE_WITH_TIMEOUT(laptopNotice.size(), 1, 3000);
        QCOMPARE(laptopNotice.first().first().toJsonObject().value(u"reason"_s).toString(), u"flooding"_s);
        if (what == u"user"_s) {
            QTRY_COMPARE_WITH_TIMEOUT(phoneNotice.size(), 1, 3000);
            QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->userIndex(m_alice.id).isValid(), 3000);
        } else if (what == u"device"_s) {
            QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->deviceIndex(m_alice.id, u"laptop"_s).isValid(), 3000);
            QVERIFY(m_view->model()->deviceIndex(m_alice.id, u"phone"_s).isValid());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->socketIndex(laptopSocketId).isValid(), 3000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_view->resultText().startsWith(u"Kicked"_s), 3000);
        QVERIFY(!m_view->resultIsError());
        QCOMPARE(phoneNotice.size(), what == u"user"_s ? 1 : 0);
        QCOMPARE(phone->isConnected(), what != u"user"_s);
    }

    void suspendShowsBadgeAndAuditThenUnsuspend()
    {
        ClientSocket *bob = userSocket(m_bob, u"pc"_s);
        QVERIFY(bob);
        openConsole(m_admin);
        QSignalSpy notice(bob, &ClientSocket::forcedDisconnect);
        QVERIFY(m_view->selectUser(m_bob.id));
        QVERIFY(!m_view->actions()->unsuspendAction()->isEnabled());
        m_view->actions()->suspendAction()->trigger();
        auto *dialog = openedDialog<ui::SuspendDialog>();
        QVERIFY(dialog);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // a reason is required
        QTest::keyClicks(dialog->reasonEdit(), u"abuse"_s);
        dialog->setPreset(ui::SuspendDialog::Preset::SevenDays);
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();

        QTRY_COMPARE_WITH_TIMEOUT(notice.size(), 1, 3000);
        QCOMPARE(notice.first().first().toJsonObject().value(u"code"_s).toString(), u"account_suspended"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->resultText().startsWith(u"Suspended bob until"_s), 3000);
        QVERIFY(!m_view->resultIsError());
        // The badge: the row stays (offline, suspended), with the status and its icon.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_view->model()->userIndex(m_bob.id).data(ConnectionsModel::SuspendedRole).toBool(), 3000);
        const QModelIndex status = m_view->model()->userIndex(m_bob.id, ConnectionsModel::StatusColumn);
        QVERIFY(status.data().toString().startsWith(u"Suspended until"_s));
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        // The detail pane and the audit log say so.
        QTRY_VERIFY_WITH_TIMEOUT(m_view->detailPane()->statusText().contains(u"Reason: abuse"_s), 3000);
        QTreeWidget *audit = m_view->detailPane()->auditTree();
        QTRY_VERIFY_WITH_TIMEOUT(audit->topLevelItemCount() > 0
                                     && audit->topLevelItem(0)->data(0, Qt::UserRole).toString()
                                         == u"user.suspended"_s,
                                 3000);

        // Unsuspend: the row goes (bob has no sessions) and he may connect again.
        QTRY_VERIFY_WITH_TIMEOUT(m_view->actions()->unsuspendAction()->isEnabled(), 3000);
        QVERIFY(!m_view->actions()->suspendAction()->isEnabled());
        m_view->actions()->unsuspendAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->resultText().contains(u"may sign in again"_s), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->userIndex(m_bob.id).isValid(), 3000);
        QVERIFY(userSocket(m_bob, u"pc"_s));
    }

    void filterBox_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("users"); // usernames shown
        QTest::newRow("part of a name") << u"ALI"_s << QStringList {u"alice"_s};
        QTest::newRow("a device") << u"tablet"_s << QStringList {u"bob"_s};
        QTest::newRow("nothing") << u"zzz"_s << QStringList {};
    }
    void filterBox()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, users);
        QVERIFY(userSocket(m_alice, u"laptop"_s));
        QVERIFY(userSocket(m_bob, u"tablet"_s));
        openConsole(m_admin);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->proxy()->rowCount(), 3, 3000); // root, alice, bob
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_view->filterEdit()->setFocus();
        QTest::keyClicks(m_view->filterEdit(), text);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->proxy()->rowCount(), int(users.size()), 3000);
        QStringList shown;
        for (int row = 0; row < m_view->proxy()->rowCount(); ++row)
            shown.append(m_view->proxy()->index(row, 0).data().toString());
        QCOMPARE(shown, users);
        QTest::keyClick(m_view->filterEdit(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->proxy()->rowCount(), 3, 3000);
    }

    void refusedActionShowsTheError()
    {
        // A console that still believes it is an admin (its user was demoted to moderator while
        // it was open) offers the action; the server refuses, and the console says why.
        QVERIFY(userSocket(m_admin, u"desk"_s));
        QJsonObject believed = m_moderator.toJson();
        believed.insert(u"role"_s, u"admin"_s);
        openConsole(m_moderator, believed);
        QVERIFY(m_view->selectUser(m_admin.id));
        QVERIFY(m_view->actions()->suspendAction()->isEnabled());
        m_view->actions()->suspendAction()->trigger();
        auto *dialog = openedDialog<ui::SuspendDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->reasonEdit(), u"coup"_s);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->resultIsError(), 3000);
        QVERIFY2(m_view->resultText().contains(u"Moderators cannot act on admins"_s),
                 qPrintable(m_view->resultText()));
        QVERIFY(m_view->model()->userIndex(m_admin.id).isValid());
        QVERIFY(!m_view->model()->userIndex(m_admin.id).data(ConnectionsModel::SuspendedRole).toBool());

        // Knowing its real role, the console greys the actions out and says why.
        m_connection->setSignedInUser(m_moderator.toJson());
        QVERIFY(!m_view->actions()->suspendAction()->isEnabled());
        QVERIFY(!m_view->actions()->kickAction()->isEnabled());
        QVERIFY(m_view->actions()->kickAction()->toolTip().contains(u"Moderators cannot act on admins"_s));
    }

    void capabilitiesGreyOutActions()
    {
        ClientSocket *alice = userSocket(m_alice, u"laptop"_s);
        QVERIFY(alice);
        openConsole(m_admin);
        m_connection->setCapabilities(ConsoleConnection::Capability::Sessions
                                      | ConsoleConnection::Capability::KickSocket);
        QVERIFY(m_view->selectUser(m_alice.id));
        QVERIFY(!m_view->actions()->kickAction()->isEnabled());
        QVERIFY(!m_view->actions()->suspendAction()->isEnabled());
        QVERIFY(!m_view->actions()->showAuditAction()->isEnabled());
        QVERIFY(!m_view->tabs()->isTabEnabled(1));
        QVERIFY(m_view->selectSocket(alice->id()));
        QVERIFY(m_view->actions()->kickAction()->isEnabled());
        m_connection->setCapabilities(ConsoleConnection::gatehouseCapabilities());
        QVERIFY(m_view->tabs()->isTabEnabled(1));
    }

    void auditTabFollowsTheUser()
    {
        ClientSocket *alice = userSocket(m_alice, u"laptop"_s);
        QVERIFY(alice);
        openConsole(m_admin);
        QVERIFY(m_view->selectUser(m_alice.id));
        m_view->actions()->showAuditAction()->trigger();
        QCOMPARE(m_view->tabs()->currentWidget(), m_view->auditLog());
        QCOMPARE(m_view->auditLog()->userEdit()->text(), u"alice"_s);
        ui::AuditLogModel *model = m_view->auditLog()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 3000);
        QVERIFY(model->errorString().isEmpty());
        QVERIFY(model->rowCount() > 0); // the kicks of kickThroughTheAction
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(ui::AuditLogModel::UserIdRole).toString(), m_alice.id);
    }
};

QTEST_MAIN(TestConsoleView)
#include "tst_consoleview.moc"
