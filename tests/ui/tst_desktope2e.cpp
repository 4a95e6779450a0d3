// The desktop app from end to end, as its users see it (issue: the desktop app, point 11): the
// embedded server starts with its signing secret in a real Secret Service (gnome-keyring in a
// private D-Bus session: run through tests/keychain/with-private-keyring.sh); a chat window signs
// alice in with "stay signed in"; the console sees her device; a kick from the console shows in
// her window; a suspension does too and her sign-in is then refused with the reason; and after
// a restart of the app, an unsuspended alice comes back silently from the keychain.
#include "app/DesktopController.h"
#include "core/auth/PasswordHasher.h"
#include "core/client/ChatSession.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/RefreshTokenVault.h"
#include "core/store/Store.h"
#include "ui/ChatLoginDialog.h"
#include "ui/ChatNoticeBanner.h"
#include "ui/ChatWindow.h"
#include "ui/ConnectionsModel.h"
#include "ui/ConsoleView.h"
#include "ui/MainWindow.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace Qt::StringLiterals;

namespace {

const QString AlicePassword = u"alice's password"_s;

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

// Fills the chat window's login dialog and presses Sign In.
bool signIn(ui::ChatWindow *window, const QString &username, const QString &password)
{
    ui::ChatLoginDialog *dialog = window->loginDialog();
    if (!dialog || !dialog->isVisible())
        return false;
    child<QLineEdit>(dialog, u"username"_s)->setText(username);
    child<QLineEdit>(dialog, u"password"_s)->setText(password);
    child<QLineEdit>(dialog, u"deviceName"_s)->setText(u"alice-laptop"_s);
    child<QCheckBox>(dialog, u"staySignedIn"_s)->setChecked(true);
    child<QPushButton>(dialog, u"signIn"_s)->click();
    return true;
}

// The console's row of `username`, or an invalid index.
QModelIndex userRow(ui::ConsoleView *console, const QString &username)
{
    if (!console)
        return {};
    ui::ConnectionsModel *model = console->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString().section(u' ', 0, 0) == username)
            return index;
    }
    return {};
}

} // namespace

class TestDesktopEndToEnd : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    quint16 m_port = 0;

    app::DesktopController::Settings settings() const
    {
        app::DesktopController::Settings settings {ServerConfig::defaults(), m_dir.filePath(u"data"_s), true};
        // The same port after the restart: remembered sign-ins keep the server's address.
        settings.config.port = m_port;
        return settings;
    }

    static ui::ConsoleView *consoleOf(app::DesktopController &controller)
    {
        return qobject_cast<ui::ConsoleView *>(controller.mainWindow()->consoleWidget());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qgetenv("GATEHOUSE_TEST_PRIVATE_KEYRING") != "1")
            QFAIL("Run this through tests/keychain/with-private-keyring.sh (ctest does): it writes to the "
                  "Secret Service and must not use your own keyring.");
        QTcpServer probe; // a free port
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        probe.close();
        qunsetenv("GATEHOUSE_JWT_SECRET"); // the secret comes from the keychain
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));

        auto store = Store::open(m_dir.filePath(u"data"_s));
        QVERIFY(store);
        const PasswordHasher hasher;
        auto hash = hasher.hash(AlicePassword);
        QVERIFY(hash);
        QVERIFY((*store)->users().add({u"alice"_s, u"Alice"_s, Role::User, *hash}));
        // The console acts as the first admin; the store has users already, so none is created.
        QVERIFY((*store)->users().add({u"root"_s, u"Root"_s, Role::Admin, *hash}));
    }

    void aliceSignsInIsKickedSuspendedAndComesBackAfterARestart()
    {
        {
            app::DesktopController app(settings());
            QSignalSpy started(&app.server(), &EmbeddedServer::started);
            app.show();
            QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15'000);
            const QString url = app.server().info().url;
            QVERIFY2(app.server().info().secretOrigin.contains(u"keychain"_s),
                     qPrintable(app.server().info().secretOrigin));

            // A chat window from the main window's menu, with the embedded server prefilled.
            app.mainWindow()->newChatAction()->trigger();
            QCOMPARE(app.chatWindows().size(), 1);
            ui::ChatWindow *chat = app.chatWindows().first();
            QTRY_VERIFY_WITH_TIMEOUT(chat->loginDialog() && chat->loginDialog()->isVisible(), 5'000);
            QCOMPARE(child<QLineEdit>(chat->loginDialog(), u"server"_s)->text(), url);
            QVERIFY(signIn(chat, u"alice"_s, AlicePassword));
            QTRY_COMPARE_WITH_TIMEOUT(chat->session()->state(), ChatSession::State::Online, 15'000);
            QVERIFY(chat->session()->isPersistent()); // the refresh token is in the keychain
            QVERIFY2(chat->windowTitle().contains(u"alice"_s), qPrintable(chat->windowTitle()));

            // The console sees alice and her device.
            QTRY_VERIFY_WITH_TIMEOUT(userRow(consoleOf(app), u"alice"_s).isValid(), 10'000);
            ui::ConsoleView *console = consoleOf(app);
            const QModelIndex alice = userRow(console, u"alice"_s);
            QTRY_COMPARE_WITH_TIMEOUT(console->model()->rowCount(alice), 1, 5'000);
            const QString aliceId = alice.data(ui::ConnectionsModel::IdRole).toString();

            // Kicked: her window says so, and does not reconnect by itself.
            std::optional<bool> kicked;
            console->connection()->kickUser(aliceId, u"please take a break"_s, this,
                                            [&kicked](auto result) { kicked = result.hasValue(); });
            QTRY_VERIFY_WITH_TIMEOUT(kicked.has_value(), 5'000);
            QVERIFY(*kicked);
            QTRY_COMPARE_WITH_TIMEOUT(chat->session()->state(), ChatSession::State::Kicked, 5'000);
            QTRY_VERIFY_WITH_TIMEOUT(chat->banner()->text().contains(u"please take a break"_s), 5'000);
            QTest::qWait(1'500);
            QCOMPARE(chat->session()->state(), ChatSession::State::Kicked);

            // "Sign in again" needs no password.
            chat->session()->signInAgain();
            QTRY_COMPARE_WITH_TIMEOUT(chat->session()->state(), ChatSession::State::Online, 10'000);

            // Suspended: the notice with the reason, the keychain entry gone, the sign-in refused.
            std::optional<bool> suspended;
            console->connection()->suspend(aliceId, {u"cooling off"_s, std::chrono::hours(1), {}}, this,
                                           [&suspended](auto result) { suspended = result.hasValue(); });
            QTRY_VERIFY_WITH_TIMEOUT(suspended.has_value(), 5'000);
            QVERIFY(*suspended);
            QTRY_COMPARE_WITH_TIMEOUT(chat->session()->state(), ChatSession::State::Suspended, 5'000);
            QTRY_VERIFY_WITH_TIMEOUT(chat->banner()->text().contains(u"cooling off"_s), 5'000);
            std::optional<bool> entryLeft;
            app.vault().load(chat->session()->signInInfo(), this, [&entryLeft](auto result) {
                entryLeft = result.hasValue() && result->has_value();
            });
            QTRY_VERIFY_WITH_TIMEOUT(entryLeft.has_value(), 5'000);
            QVERIFY(!*entryLeft);
            chat->askForSignIn(url, u"alice"_s);
            QVERIFY(signIn(chat, u"alice"_s, AlicePassword));
            QTRY_VERIFY_WITH_TIMEOUT(chat->loginDialog()->errorText().contains(u"cooling off"_s), 10'000);

            // Unsuspended, she signs in again and stays signed in.
            std::optional<bool> lifted;
            console->connection()->unsuspend(aliceId, this,
                                             [&lifted](auto result) { lifted = result.hasValue(); });
            QTRY_VERIFY_WITH_TIMEOUT(lifted.has_value(), 5'000);
            QVERIFY(*lifted);
            QVERIFY(signIn(chat, u"alice"_s, AlicePassword));
            QTRY_COMPARE_WITH_TIMEOUT(chat->session()->state(), ChatSession::State::Online, 10'000);
        } // the app quits

        // The next start: alice's window comes back signed in, without asking for anything.
        app::DesktopController app(settings());
        QSignalSpy started(&app.server(), &EmbeddedServer::started);
        app.show();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(app.chatWindows().size(), 1, 5'000);
        ui::ChatWindow *chat = app.chatWindows().first();
        QTRY_VERIFY2_WITH_TIMEOUT(chat->session()->state() == ChatSession::State::Online,
                                  qPrintable(chat->session()->notice().message), 15'000);
        QVERIFY(!chat->loginDialog() || !chat->loginDialog()->isVisible());
        QCOMPARE(chat->session()->user().value(u"username"_s).toString(), u"alice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(userRow(consoleOf(app), u"alice"_s).isValid(), 10'000);
    }
};

QTEST_MAIN(TestDesktopEndToEnd)
#include "tst_desktope2e.moc"
