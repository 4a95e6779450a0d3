// The chat login dialog and notice banner, offscreen: the form's fields and validation, the busy
// state, errors and the session-only offer, and a real sign-in through a ChatSession against an
// in-process server with the login API (no keychain: the session has no vault).
#include "ModerationFixture.h"
#include "ui/ChatLoginDialog.h"
#include "ui/ChatNoticeBanner.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QtTest>

using namespace gatehouse;
using namespace gatehouse::ui;
using namespace Qt::StringLiterals;
using gatehouse::test::ModerationFixture;

namespace {

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void fill(ChatLoginDialog &dialog, const QString &server, const QString &username, const QString &password)
{
    child<QLineEdit>(&dialog, u"server"_s)->setText(server);
    child<QLineEdit>(&dialog, u"username"_s)->setText(username);
    child<QLineEdit>(&dialog, u"password"_s)->setText(password);
}

} // namespace

class TestChatLoginDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        ChatLoginDialog dialog;
        QCOMPARE(child<QLineEdit>(&dialog, u"deviceName"_s)->text(), QSysInfo::machineHostName());
        QVERIFY(child<QCheckBox>(&dialog, u"staySignedIn"_s)->isChecked());
        QCOMPARE(child<QLineEdit>(&dialog, u"password"_s)->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QPushButton>(&dialog, u"signIn"_s)->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, u"sessionOnly"_s)->isHidden());
        QVERIFY(child<QProgressBar>(&dialog, u"busy"_s)->isHidden());
        QVERIFY(dialog.errorText().isEmpty());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("deviceName");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("hint"); // part of the hint shown; empty: none

        const QString pw = u"secret"_s;
        QTest::newRow("complete") << u"https://chat.example.org:3000"_s << u"alice"_s << pw << u"pc"_s << true
                                  << QUrl(u"https://chat.example.org:3000"_s) << QString();
        QTest::newRow("no scheme: https") << u"chat.example.org:3000"_s << u"alice"_s << pw << u"pc"_s << true
                                          << QUrl(u"https://chat.example.org:3000"_s) << QString();
        QTest::newRow("path dropped") << u"https://chat.example.org/some/page"_s << u"alice"_s << pw
                                      << u"pc"_s << true << QUrl(u"https://chat.example.org"_s) << QString();
        QTest::newRow("plain http, loopback") << u"http://127.0.0.1:3000"_s << u"alice"_s << pw << u"pc"_s
                                              << true << QUrl(u"http://127.0.0.1:3000"_s) << QString();
        QTest::newRow("plain http, elsewhere")
            << u"http://chat.example.org"_s << u"alice"_s << pw << u"pc"_s << true
            << QUrl(u"http://chat.example.org"_s) << u"not encrypted"_s;
        QTest::newRow("other scheme") << u"ftp://chat.example.org"_s << u"alice"_s << pw << u"pc"_s << false
                                      << QUrl() << u"Enter the server's address"_s;
        QTest::newRow("no server") << QString() << u"alice"_s << pw << u"pc"_s << false << QUrl()
                                   << QString();
        QTest::newRow("no username") << u"https://chat.example.org"_s << u"  "_s << pw << u"pc"_s << false
                                     << QUrl(u"https://chat.example.org"_s) << QString();
        QTest::newRow("no password") << u"https://chat.example.org"_s << u"alice"_s << QString() << u"pc"_s
                                     << false << QUrl(u"https://chat.example.org"_s) << QString();
        QTest::newRow("no device name") << u"https://chat.example.org"_s << u"alice"_s << pw << QString()
                                        << false << QUrl(u"https://chat.example.org"_s) << QString();
    }

    void validation()
    {
        QFETCH(QString, server);
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, deviceName);
        QFETCH(bool, enabled);
        QFETCH(QUrl, url);
        QFETCH(QString, hint);
        ChatLoginDialog dialog;
        fill(dialog, server, username, password);
        child<QLineEdit>(&dialog, u"deviceName"_s)->setText(deviceName);
        QCOMPARE(child<QPushButton>(&dialog, u"signIn"_s)->isEnabled(), enabled);
        QCOMPARE(dialog.request().server, url);
        auto *hintLabel = child<QLabel>(&dialog, u"hint"_s);
        QCOMPARE(hintLabel->isHidden(), hint.isEmpty());
        if (!hint.isEmpty())
            QVERIFY2(hintLabel->text().contains(hint), qPrintable(hintLabel->text()));
    }

    void signInSendsTheFormAndGoesBusy()
    {
        ChatLoginDialog dialog;
        fill(dialog, u"chat.example.org"_s, u" alice "_s, u"pw"_s);
        child<QLineEdit>(&dialog, u"deviceName"_s)->setText(u"desk"_s);
        QSignalSpy requested(&dialog, &ChatLoginDialog::signInRequested);
        QTest::mouseClick(child<QPushButton>(&dialog, u"signIn"_s), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        const auto request = requested.first().first().value<ChatSession::SignInRequest>();
        QCOMPARE(request.server, QUrl(u"https://chat.example.org"_s));
        QCOMPARE(request.username, u"alice"_s);
        QCOMPARE(request.password, u"pw"_s);
        QCOMPARE(request.deviceName, u"desk"_s);
        QVERIFY(request.staySignedIn);

        // Busy: the form is locked and a second click does nothing.
        QVERIFY(dialog.isBusy());
        QVERIFY(!child<QProgressBar>(&dialog, u"busy"_s)->isHidden());
        QVERIFY(!child<QLineEdit>(&dialog, u"password"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"signIn"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, u"signIn"_s), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        dialog.setBusy(false);
        QVERIFY(child<QPushButton>(&dialog, u"signIn"_s)->isEnabled());
        QVERIFY(child<QProgressBar>(&dialog, u"busy"_s)->isHidden());
    }

    void errorsAndTheSessionOnlyOffer()
    {
        ChatLoginDialog dialog;
        fill(dialog, u"https://chat.example.org"_s, u"alice"_s, u"pw"_s);
        dialog.setBusy(true);
        ChatSessionNotice refused {ChatSessionNotice::Kind::SignInRefused, u"Wrong username or password."_s};
        refused.loginFailure = LoginFailure::Kind::InvalidCredentials;
        dialog.showNotice(refused);
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.errorText(), u"Wrong username or password."_s);
        QVERIFY(child<QLineEdit>(&dialog, u"password"_s)->text().isEmpty()); // to type again
        QVERIFY(child<QPushButton>(&dialog, u"sessionOnly"_s)->isHidden());

        ChatSessionNotice noKeychain {ChatSessionNotice::Kind::KeychainUnavailable, u"No secret service."_s};
        noKeychain.offersSessionOnly = true;
        child<QLineEdit>(&dialog, u"password"_s)->setText(u"pw"_s);
        dialog.showNotice(noKeychain);
        auto *sessionOnly = child<QPushButton>(&dialog, u"sessionOnly"_s);
        QVERIFY(!sessionOnly->isHidden());
        QVERIFY(sessionOnly->isEnabled());
        QSignalSpy requested(&dialog, &ChatLoginDialog::signInRequested);
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QVERIFY(!requested.first().first().value<ChatSession::SignInRequest>().staySignedIn);
        QVERIFY(!child<QCheckBox>(&dialog, u"staySignedIn"_s)->isChecked());
        QVERIFY(dialog.errorText().isEmpty()); // cleared for the new attempt
    }

    void prefillFromARememberedSignIn()
    {
        ChatLoginDialog dialog;
        dialog.prefill({QUrl(u"https://chat.example.org:3000"_s), u"alice"_s, u"id"_s, u"laptop"_s});
        const auto request = dialog.request();
        QCOMPARE(request.server, QUrl(u"https://chat.example.org:3000"_s));
        QCOMPARE(request.username, u"alice"_s);
        QCOMPARE(request.deviceName, u"laptop"_s);
        QVERIFY(request.password.isEmpty());
    }

    // The dialog on a ChatSession and a real server: a refusal shows inline, success closes it.
    void followsARealSession()
    {
        ModerationFixture fx;
        ModerationFixture::Options options;
        options.loginApi = true;
        QVERIFY(fx.start(options));
        fx.addUser(u"alice"_s, Role::User, u"right password"_s);
        ChatSession session(nullptr);
        ChatLoginDialog dialog;
        dialog.attach(&session);
        dialog.open();
        QVERIFY(dialog.isVisible());

        fill(dialog, fx.url().toString(), u"alice"_s, u"wrong password"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"signIn"_s), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 15'000);
        QVERIFY2(dialog.errorText().contains(u"Wrong username or password"_s),
                 qPrintable(dialog.errorText()));
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());

        child<QLineEdit>(&dialog, u"password"_s)->setText(u"right password"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(child<QPushButton>(&dialog, u"signIn"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 15'000);
        QCOMPARE(session.state(), ChatSession::State::Online);
        QVERIFY(!dialog.isVisible());
        QVERIFY(child<QLineEdit>(&dialog, u"password"_s)->text().isEmpty());
    }

    void bannerShowsNotices_data()
    {
        QTest::addColumn<ChatSessionNotice::Kind>("kind");
        QTest::addColumn<bool>("canSignInAgain");
        QTest::addColumn<bool>("button");
        QTest::addColumn<bool>("withoutPassword"); // which signal the button sends
        using Kind = ChatSessionNotice::Kind;
        QTest::newRow("kicked") << Kind::Kicked << true << true << true;
        QTest::newRow("suspended") << Kind::Suspended << false << false << false;
        QTest::newRow("sign-in ended") << Kind::SignInEnded << false << true << false;
        QTest::newRow("forbidden") << Kind::ConnectionRefused << false << false << false;
    }

    void bannerShowsNotices()
    {
        QFETCH(ChatSessionNotice::Kind, kind);
        QFETCH(bool, canSignInAgain);
        QFETCH(bool, button);
        QFETCH(bool, withoutPassword);
        ChatNoticeBanner banner;
        QVERIFY(banner.isHidden());
        ChatSessionNotice notice {kind, u"mod disconnected you: flooding."_s};
        notice.canSignInAgain = canSignInAgain;
        banner.showNotice(notice);
        QVERIFY(!banner.isHidden());
        QCOMPARE(banner.text(), notice.message);
        QCOMPARE(banner.offersSignInAgain(), button);
        if (!button)
            return;
        QSignalSpy again(&banner, &ChatNoticeBanner::signInAgainRequested);
        QSignalSpy password(&banner, &ChatNoticeBanner::passwordSignInRequested);
        QTest::mouseClick(child<QPushButton>(&banner, u"signInAgain"_s), Qt::LeftButton);
        QCOMPARE(again.size(), withoutPassword ? 1 : 0);
        QCOMPARE(password.size(), withoutPassword ? 0 : 1);
        QVERIFY(banner.isHidden());
    }
};

QTEST_MAIN(TestChatLoginDialog)
#include "tst_chatlogindialog.moc"
