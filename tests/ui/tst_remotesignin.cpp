// The remote sign-in dialog against a real in-process server with the login API: it stays
// responsive and busy while signing in, shows a refusal inline and stays open for a correction,
// warns about plain http to another machine, and hands over a signed-in /admin session that a
// console can use.
#include "ModerationFixture.h"
#include "core/auth/AuthApi.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/ConsoleFeed.h"
#include "core/client/RemoteAdminSignIn.h"
#include "ui/ConsoleView.h"
#include "ui/RemoteSignInDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace gatehouse;
using namespace Qt::StringLiterals;
using gatehouse::test::ModerationFixture;
using gatehouse::ui::RemoteSignInDialog;

class TestRemoteSignIn : public QObject {
    Q_OBJECT

private:
    ModerationFixture m_fx;
    std::unique_ptr<AuthApi> m_api;
    User m_moderator;

    QString serverUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_fx.port()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fx.start());
        m_api = std::make_unique<AuthApi>(m_fx.auth(), m_fx.server().engine());
        m_fx.server().engine()->addHttpHandler(m_api->handler());
        m_moderator = m_fx.addUser(u"mod"_s, Role::Moderator, u"mod password"_s);
    }

    void refusalShowsInlineThenSignIn()
    {
        RemoteSignInDialog dialog;
        dialog.show();
        QVERIFY(!dialog.signInButton()->isEnabled()); // nothing entered yet
        dialog.setServer(serverUrl());
        dialog.setUsername(u"mod"_s);
        QTest::keyClicks(dialog.passwordEdit(), u"wrong"_s);
        QVERIFY(dialog.signInButton()->isEnabled());
        dialog.signInButton()->click();
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.serverEdit()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 5000);
        QCOMPARE(dialog.errorText(), u"Wrong username or password."_s);
        QVERIFY(dialog.isVisible());

        std::unique_ptr<RemoteAdminSignIn> session; // the receiver takes the session over
        connect(&dialog, &RemoteSignInDialog::signedIn, this,
                [&session](RemoteAdminSignIn *handedOver) { session.reset(handedOver); });
        dialog.passwordEdit()->setText(u"mod password"_s);
        dialog.signInButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(session, 5000);
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.passwordEdit()->text().isEmpty()); // not kept around
        QVERIFY(session->socket()->isConnected());
        QCOMPARE(session->user().value(u"username"_s).toString(), u"mod"_s);

        // The session feeds a console.
        ConsoleConnection connection(session->socket());
        connection.setSignedInUser(session->user());
        {
            ui::ConsoleView view(&connection);
            QTRY_COMPARE_WITH_TIMEOUT(view.feed()->status(), ConsoleFeed::Status::Live, 5000);
            QVERIFY(view.model()->userIndex(m_moderator.id).isValid());
        }
        bool out = false;
        session->signOut([&out] { out = true; });
        QTRY_VERIFY_WITH_TIMEOUT(out, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.moderation().registry().socketCount(), 0, 5000);
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("https elsewhere") << u"https://chat.example.org"_s << false;
        QTest::newRow("http elsewhere") << u"http://chat.example.org:8080"_s << true;
        QTest::newRow("http on this machine") << u"http://127.0.0.1:3000"_s << false;
        QTest::newRow("localhost") << u"http://localhost:3000"_s << false;
    }
    void warnings()
    {
        QFETCH(QString, url);
        QFETCH(bool, insecure);
        QCOMPARE(RemoteAdminSignIn::isInsecure(QUrl(url)), insecure);
        QVERIFY(RemoteAdminSignIn::checkUrl(QUrl(url)).isEmpty());
    }

    void cancelAbandonsTheAttempt()
    {
        RemoteSignInDialog dialog;
        dialog.show();
        dialog.setServer(serverUrl());
        dialog.setUsername(u"mod"_s);
        dialog.passwordEdit()->setText(u"mod password"_s);
        QSignalSpy signedIn(&dialog, &RemoteSignInDialog::signedIn);
        dialog.signInButton()->click();
        dialog.reject();
        QVERIFY(!dialog.isBusy());
        QTest::qWait(500); // the abandoned attempt's answers arrive and are dropped
        QCOMPARE(signedIn.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.moderation().registry().socketCount(), 0, 5000);
    }
};

QTEST_MAIN(TestRemoteSignIn)
#include "tst_remotesignin.moc"
