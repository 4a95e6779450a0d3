// ChatSession against a real in-process server with the login API (ModerationFixture) and the real
// OS keychain: client.chat-session runs under with-private-keyring.sh (a private gnome-keyring);
// client.chat-session.no-keychain (GATEHOUSE_CHAT_SESSION_TEST=no-backend) has no keychain service.
#include "ModerationFixture.h"
#include "core/client/ChatSession.h"
#include "core/client/ClientSocket.h"
#include "core/client/LoginApi.h"
#include "core/client/RefreshTokenVault.h"
#include "core/server/Namespace.h"
#include "core/server/Socket.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace gatehouse;
using namespace Qt::StringLiterals;
using gatehouse::test::ModerationFixture;
using State = ChatSession::State;
using Kind = ChatSessionNotice::Kind;

namespace {

constexpr int TimeoutMs = 15'000;
const QString Password = u"correct horse battery"_s;

QString uniqueService()
{
    return u"gatehouse-test-chat-%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16,
                                           QLatin1Char('0'));
}

// What is stored for `signIn` in the keychain ({} when nothing; "error: …" on failure).
QString storedToken(const RefreshTokenVault &vault, const RememberedSignIn &signIn)
{
    std::optional<QString> answer;
    QObject context;
    vault.load(signIn, &context, [&](Expected<std::optional<QString>, KeychainError> found) {
        answer = !found ? u"error: "_s + found.error().backendMessage() : found->value_or(QString());
    });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, TimeoutMs))
        return u"error: no answer"_s;
    return *answer;
}

Expected<LoginSession, LoginFailure> refreshWith(const QUrl &server, const QString &refreshToken)
{
    std::optional<Expected<LoginSession, LoginFailure>> answer;
    QObject context;
    LoginApi api({server, std::nullopt, TimeoutMs});
    api.refresh(refreshToken, &context,
                [&](Expected<LoginSession, LoginFailure> result) { answer.emplace(result); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, TimeoutMs))
        return unexpected(LoginFailure {});
    return *answer;
}

QString describe(const ChatSession &session)
{
    return u"state %1, notice: %2"_s.arg(int(session.state())).arg(session.notice().message);
}

} // namespace

// ---------------------------------------------------------------------------------------------
class TestChatSession : public QObject {
    Q_OBJECT

private:
    ModerationFixture m_fx; // normal token lifetimes
    ModerationFixture m_shortFx; // 4 s tokens, warned 3 s before, 1 s grace
    ModerationFixture m_clockFx; // a manual clock
    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<RefreshTokenVault> m_vault;
    std::unique_ptr<QObject> m_scope; // owns each test's sessions
    User m_moderator;

    ChatSession *newSession()
    {
        ChatSession::Options options;
        options.timeoutMs = 5'000;
        return new ChatSession(m_vault.get(), options, m_scope.get());
    }

    // Signs `username` in (an account with Password is made first) and waits until online.
    ChatSession *signedIn(ModerationFixture &fx, const QString &username, bool staySignedIn = true)
    {
        fx.addUser(username, Role::User, Password);
        ChatSession *session = newSession();
        session->signIn({fx.url(), username, Password, u"test device"_s, staySignedIn});
        if (!QTest::qWaitFor([&] { return session->state() == State::Online; }, TimeoutMs))
            qWarning() << "not online:" << describe(*session);
        return session;
    }

    ClientSocket *moderatorSocket()
    {
        ClientSocket *admin = m_fx.connectAs(m_scope.get(), m_moderator, u"/admin"_s);
        if (!QTest::qWaitFor([&] { return admin->isConnected(); }, TimeoutMs))
            qWarning("the moderator did not get onto /admin");
        return admin;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("GATEHOUSE_TEST_PRIVATE_KEYRING") != u"1")
            QSKIP("needs a private keyring: run through tests/keychain/with-private-keyring.sh");
        QVERIFY(m_dir.isValid());
        m_vault = std::make_unique<RefreshTokenVault>(uniqueService(), m_dir.filePath(u"settings.ini"_s));
        ModerationFixture::Options options;
        options.loginApi = true;
        QVERIFY(m_fx.start(options));
        m_moderator = m_fx.addUser(u"mod"_s, Role::Moderator, Password);

        ModerationFixture::Options shortOptions = options;
        shortOptions.signer.lifetime = std::chrono::seconds(4);
        shortOptions.leeway = std::chrono::seconds(0);
        shortOptions.rules.expiry.warnBefore = std::chrono::seconds(3);
        shortOptions.rules.expiry.grace = std::chrono::seconds(1);
        QVERIFY(m_shortFx.start(shortOptions));

        m_clock.set(QDateTime::currentDateTimeUtc());
        ModerationFixture::Options clockOptions = options;
        clockOptions.clock = &m_clock;
        clockOptions.signerClock = &m_clock;
        clockOptions.leeway = std::chrono::seconds(0);
        QVERIFY(m_clockFx.start(clockOptions));
    }
    void init() { m_scope = std::make_unique<QObject>(); }
    void cleanup() { m_scope.reset(); }

    void signInGoesOnlineAndIsRemembered()
    {
        m_fx.addUser(u"alice"_s, Role::User, Password);
        ChatSession *session = newSession();
        QSignalSpy ready(session, &ChatSession::socketReady);
        session->signIn({m_fx.url(), u"Alice"_s, Password, u"alice's laptop"_s, true});
        QCOMPARE(session->state(), State::SigningIn);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Online, TimeoutMs);
        QCOMPARE(ready.size(), 1);
        QVERIFY(session->socket() && session->socket()->isConnected());
        QCOMPARE(session->user().value(u"username"_s).toString(), u"alice"_s);
        QVERIFY(session->isPersistent());

        const auto remembered = m_vault->find(session->signInInfo());
        QVERIFY(remembered);
        QCOMPARE(remembered->deviceName, u"alice's laptop"_s);
        QCOMPARE(remembered->deviceId, session->signInInfo().deviceId);
        const QString stored = storedToken(*m_vault, *remembered);
        QVERIFY2(!stored.isEmpty() && !stored.startsWith(u"error"_s), qPrintable(stored));
        // The server sees the device this window says it is.
        const QList<Socket *> sockets = m_fx.server().of(u"/"_s).fetchSockets();
        QCOMPARE(sockets.size(), 1);
    }

    void refusedSignIns_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<State>("state");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password") << u"frank"_s << u"not the password"_s << true << State::Failed
                                        << Kind::SignInRefused << u"Wrong username or password"_s;
        QTest::newRow("suspended") << u"grace"_s << Password << true << State::Suspended << Kind::Suspended
                                   << u"posting spam"_s;
        QTest::newRow("no server") << u"heidi"_s << Password << false << State::Failed << Kind::SignInRefused
                                   << u"Cannot reach the server"_s;
        QTest::newRow("no password") << u"ivan"_s << QString() << true << State::Failed << Kind::SignInRefused
                                     << u"Enter your username and password"_s;
    }

    void refusedSignIns()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(bool, reachable);
        QFETCH(State, state);
        QFETCH(Kind, kind);
        QFETCH(QString, message);
        const User user = m_fx.addUser(username, Role::User, Password);
        if (state == State::Suspended) {
            QVERIFY(m_fx.store()
                        .users()
                        .suspend(user.id, u"posting spam"_s, QDateTime::currentDateTimeUtc().addDays(1))
                        .hasValue());
        }
        QUrl server = m_fx.url();
        if (!reachable) {
            QTcpServer closed; // a port where nobody listens
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            server.setPort(closed.serverPort());
        }
        ChatSession *session = newSession();
        QSignalSpy notices(session, &ChatSession::noticeRaised);
        session->signIn({server, username, password, u"device"_s, true});
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, TimeoutMs);
        QCOMPARE(session->state(), state);
        QCOMPARE(session->notice().kind, kind);
        QVERIFY2(session->notice().message.contains(message), qPrintable(session->notice().message));
        if (state == State::Suspended) {
            QCOMPARE(session->notice().reason, u"posting spam"_s);
            QVERIFY(session->notice().until.isValid());
        }
        QVERIFY(!session->socket());
        QVERIFY(!m_vault->find(session->signInInfo())); // nothing remembered
    }

    // token_expiring → refresh → reauthenticate, on the open connection: no reconnect, and the
    // keychain follows every rotation.
    void refreshesSilentlyBeforeExpiry()
    {
        ChatSession *session = signedIn(m_shortFx, u"judy"_s);
        QCOMPARE(session->state(), State::Online);
        const QString socketId = session->socket()->id();
        const QString firstToken = storedToken(*m_vault, session->signInInfo());
        QSignalSpy states(session, &ChatSession::stateChanged);
        QTRY_VERIFY_WITH_TIMEOUT(session->refreshCount() >= 1, 5'000); // warned ~1 s after sign-in
        QTest::qWait(6'000); // past the first token's expiry and grace: it would be disconnected by now
        QCOMPARE(session->state(), State::Online);
        QVERIFY2(states.isEmpty(), "never left Online");
        QCOMPARE(session->socket()->id(), socketId);
        const QString rotated = storedToken(*m_vault, session->signInInfo());
        QVERIFY(!rotated.isEmpty() && rotated != firstToken);
        // The first refresh token is spent.
        QVERIFY(!refreshWith(m_shortFx.url(), firstToken));
    }

    // The connection drops while the access token is expired: the handshake is refused with
    // token_expired, the session refreshes and reconnects by itself.
    void reconnectsAfterTheTokenExpired()
    {
        ChatSession *session = signedIn(m_clockFx, u"kim"_s);
        QCOMPARE(session->state(), State::Online);
        const QString socketId = session->socket()->id();
        QCOMPARE(session->refreshCount(), 0);
        m_clock.advance(20 * 60 * 1000); // the 15-minute token is 5 minutes past its end
        QSignalSpy states(session, &ChatSession::stateChanged);
        const QList<Socket *> sockets = m_clockFx.server().of(u"/"_s).fetchSockets();
        QCOMPARE(sockets.size(), 1);
        // The connection closes without a DISCONNECT (a network failure, say): the client reconnects.
        sockets.first()->disconnect(true, u"connection lost"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(session->state() == State::Reconnecting, qPrintable(describe(*session)),
                                  TimeoutMs);
        QTRY_VERIFY2_WITH_TIMEOUT(session->state() == State::Online, qPrintable(describe(*session)),
                                  TimeoutMs);
        QCOMPARE(session->refreshCount(), 1);
        QVERIFY(session->socket()->id() != socketId);
        QVERIFY(!states.contains(QVariantList {QVariant::fromValue(State::Failed)}));
    }

    void kickStopsWithoutReconnecting()
    {
        ChatSession *session = signedIn(m_fx, u"leo"_s);
        QCOMPARE(session->state(), State::Online);
        ClientSocket *admin = moderatorSocket();
        const QJsonObject answer
            = ModerationFixture::call(admin, m_scope.get(), u"gatehouse:kick"_s,
                                      {{u"username"_s, u"leo"_s}, {u"reason"_s, u"flooding"_s}});
        QVERIFY2(answer.value(u"ok"_s).toBool(), QJsonDocument(answer).toJson().constData());
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Kicked, TimeoutMs);
        QCOMPARE(session->notice().kind, Kind::Kicked);
        QCOMPARE(session->notice().by, u"mod"_s);
        QCOMPARE(session->notice().reason, u"flooding"_s);
        QVERIFY(session->notice().message.contains(u"flooding"_s));
        QVERIFY(session->notice().canSignInAgain);
        QTest::qWait(2'500); // longer than the reconnection delays
        QCOMPARE(session->state(), State::Kicked);
        QVERIFY(!session->socket()->isConnected());
        QVERIFY(m_fx.server().of(u"/"_s).fetchSockets().isEmpty());

        // "Sign in again" comes back without the password.
        session->signInAgain();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Online, TimeoutMs);
    }

    void suspensionDeletesTheStoredSignIn()
    {
        ChatSession *session = signedIn(m_fx, u"mallory"_s);
        QCOMPARE(session->state(), State::Online);
        QVERIFY(!storedToken(*m_vault, session->signInInfo()).isEmpty());
        ClientSocket *admin = moderatorSocket();
        const QJsonObject answer = ModerationFixture::call(
            admin, m_scope.get(), u"gatehouse:suspend"_s,
            {{u"username"_s, u"mallory"_s}, {u"reason"_s, u"abuse"_s}, {u"seconds"_s, 3600}});
        QVERIFY2(answer.value(u"ok"_s).toBool(), QJsonDocument(answer).toJson().constData());
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Suspended, TimeoutMs);
        QCOMPARE(session->notice().reason, u"abuse"_s);
        QCOMPARE(session->notice().by, u"mod"_s);
        QVERIFY(session->notice().until.isValid());
        QVERIFY(!session->notice().canSignInAgain);
        QTRY_VERIFY_WITH_TIMEOUT(storedToken(*m_vault, session->signInInfo()).isEmpty(), TimeoutMs);
        QVERIFY(!m_vault->find(session->signInInfo()));
    }

    void signOutRevokesAndForgets()
    {
        ChatSession *session = signedIn(m_fx, u"nina"_s);
        QCOMPARE(session->state(), State::Online);
        const RememberedSignIn signIn = session->signInInfo();
        const QString stored = storedToken(*m_vault, signIn);
        QVERIFY(!stored.isEmpty());
        QSignalSpy finished(session, &ChatSession::signOutFinished);
        session->signOut();
        QCOMPARE(session->state(), State::SignedOut);
        QVERIFY(!session->socket());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TimeoutMs);
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY(storedToken(*m_vault, signIn).isEmpty());
        QVERIFY(!m_vault->find(signIn));
        const auto refreshed = refreshWith(m_fx.url(), stored);
        QVERIFY(!refreshed);
        QCOMPARE(refreshed.error().kind, LoginFailure::Kind::TokenRefused);
    }

    void resumesFromTheKeychain()
    {
        ChatSession *first = signedIn(m_fx, u"oscar"_s);
        QCOMPARE(first->state(), State::Online);
        const RememberedSignIn signIn = first->signInInfo();
        delete first; // the app quits without signing out

        const auto remembered = m_vault->find(signIn);
        QVERIFY(remembered);
        ChatSession *second = newSession();
        second->resume(*remembered);
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), State::Online, TimeoutMs);
        QCOMPARE(second->user().value(u"username"_s).toString(), u"oscar"_s);
        QCOMPARE(second->signInInfo().deviceId, signIn.deviceId);
        QCOMPARE(second->refreshCount(), 1);
    }

    void resumeWithARefusedTokenAsksForThePassword_data()
    {
        QTest::addColumn<bool>("stored");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("revoked token") << true << Kind::SignInEnded;
        QTest::newRow("nothing stored") << false << Kind::NoStoredSignIn;
    }

    void resumeWithARefusedTokenAsksForThePassword()
    {
        QFETCH(bool, stored);
        QFETCH(Kind, kind);
        const RememberedSignIn signIn {m_fx.url(), u"peggy"_s, u"device-1"_s, u"device"_s};
        m_vault->remember(signIn);
        if (stored) {
            std::optional<bool> written;
            m_vault->store(signIn, u"not-a-real-token"_s, m_scope.get(),
                           [&](Expected<void, KeychainError> result) { written = result.hasValue(); });
            QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), TimeoutMs);
            QVERIFY(*written);
        }
        ChatSession *session = newSession();
        session->resume(signIn);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Failed, TimeoutMs);
        QCOMPARE(session->notice().kind, kind);
        QVERIFY(session->notice().message.contains(u"password"_s));
        QCOMPARE(session->signInInfo().username, u"peggy"_s); // for the prefilled dialog
        QTRY_VERIFY_WITH_TIMEOUT(storedToken(*m_vault, signIn).isEmpty(), TimeoutMs);
        QVERIFY(!m_vault->find(signIn));
    }

    void sessionOnlyKeepsNothing()
    {
        ChatSession *session = signedIn(m_fx, u"quentin"_s, false);
        QCOMPARE(session->state(), State::Online);
        QVERIFY(!session->isPersistent());
        QVERIFY(!m_vault->find(session->signInInfo()));
        QVERIFY(storedToken(*m_vault, session->signInInfo()).isEmpty());
    }
};

// ---------------------------------------------------------------------------------------------
// No keychain service: staying signed in is refused before the password goes out, and the
// session-only sign-in the dialog then offers works.
class TestChatSessionWithoutKeychain : public QObject {
    Q_OBJECT

private:
    ModerationFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<RefreshTokenVault> m_vault;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = std::make_unique<RefreshTokenVault>(uniqueService(), m_dir.filePath(u"settings.ini"_s));
        ModerationFixture::Options options;
        options.loginApi = true;
        QVERIFY(m_fx.start(options));
    }

    void staySignedInOffersSessionOnly()
    {
        const User user = m_fx.addUser(u"rita"_s, Role::User, Password);
        QObject scope;
        auto *session = new ChatSession(m_vault.get(), {}, &scope);
        session->signIn({m_fx.url(), u"rita"_s, Password, u"device"_s, true});
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Failed, TimeoutMs);
        QCOMPARE(session->notice().kind, Kind::KeychainUnavailable);
        QVERIFY(session->notice().offersSessionOnly);
        QVERIFY2(session->notice().message.contains(u"sign in for this session only"_s),
                 qPrintable(session->notice().message));
        // The password did not go out: no sign-in was attempted.
        AuditQuery query;
        query.userId = user.id;
        const auto entries = m_fx.store().audit().query(query);
        QVERIFY(entries);
        for (const AuditEntry &entry : *entries)
            QVERIFY2(!entry.type.startsWith(u"login"_s), qPrintable(entry.type));

        // The user chooses a session-only sign-in.
        session->signIn({m_fx.url(), u"rita"_s, Password, u"device"_s, false});
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Online, TimeoutMs);
        QVERIFY(!session->isPersistent());
    }

    void resumeSaysTheKeychainIsMissing()
    {
        QObject scope;
        auto *session = new ChatSession(m_vault.get(), {}, &scope);
        session->resume({m_fx.url(), u"rita"_s, u"device-1"_s, u"device"_s});
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Failed, TimeoutMs);
        QCOMPARE(session->notice().kind, Kind::KeychainUnavailable);
        QVERIFY(session->notice().offersSessionOnly);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("GATEHOUSE_CHAT_SESSION_TEST") == u"no-backend") {
        TestChatSessionWithoutKeychain test;
        return QTest::qExec(&test, argc, argv);
    }
    TestChatSession test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_chatsession.moc"
