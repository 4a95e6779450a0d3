// LoginApi against a real in-process server with the login API (ModerationFixture): sessions,
// rotation and revocation, and every failure kind with the message that says what to do.
#include "ModerationFixture.h"
#include "core/client/LoginApi.h"

#include <QTcpServer>
#include <QtTest>

using namespace gatehouse;
using namespace Qt::StringLiterals;
using gatehouse::test::ModerationFixture;
using FailureKind = LoginFailure::Kind;

namespace {

constexpr int TimeoutMs = 15'000;
const QString Password = u"correct horse battery"_s;

// Runs one request and waits for its answer (bounded).
template <typename Result, typename Start> std::optional<Result> answerOf(Start start)
{
    std::optional<Result> result;
    QObject context;
    start(&context, [&result](Result answer) { result.emplace(std::move(answer)); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs))
        return std::nullopt;
    return result;
}

using SessionResult = Expected<LoginSession, LoginFailure>;
using DoneResult = Expected<void, LoginFailure>;

} // namespace

class TestLoginApi : public QObject {
    Q_OBJECT

private:
    ModerationFixture m_fx;

    std::optional<SessionResult> login(const QUrl &server, const QString &username, const QString &password)
    {
        LoginApi api({server, std::nullopt, 5'000});
        return answerOf<SessionResult>([&](QObject *context, auto done) {
            api.login({username, password, u"device-1"_s, u"test device"_s}, context, std::move(done));
        });
    }
    std::optional<SessionResult> refresh(const QString &token)
    {
        LoginApi api({m_fx.url(), std::nullopt, 5'000});
        return answerOf<SessionResult>(
            [&](QObject *context, auto done) { api.refresh(token, context, std::move(done)); });
    }
    std::optional<DoneResult> logout(const QString &token)
    {
        LoginApi api({m_fx.url(), std::nullopt, 5'000});
        return answerOf<DoneResult>(
            [&](QObject *context, auto done) { api.logout(token, context, std::move(done)); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        ModerationFixture::Options options;
        options.loginApi = true;
        QVERIFY(m_fx.start(options));
    }

    void signInRotateAndRevoke()
    {
        m_fx.addUser(u"alice"_s, Role::User, Password);
        const auto signedIn = login(m_fx.url(), u"alice"_s, Password);
        QVERIFY(signedIn && *signedIn);
        QVERIFY(!(*signedIn)->accessToken.isEmpty());
        QVERIFY((*signedIn)->expiresInSeconds > 0);
        QCOMPARE((*signedIn)->user.value(u"username"_s).toString(), u"alice"_s);

        const auto rotated = refresh((*signedIn)->refreshToken);
        QVERIFY(rotated && *rotated);
        QVERIFY((*rotated)->refreshToken != (*signedIn)->refreshToken);

        const auto revoked = logout((*rotated)->refreshToken);
        QVERIFY(revoked && *revoked);
        const auto afterLogout = refresh((*rotated)->refreshToken);
        QVERIFY(afterLogout && !*afterLogout);
        QCOMPARE(afterLogout->error().kind, FailureKind::TokenRefused);
        QVERIFY(afterLogout->error().message.contains(u"Sign in again"_s));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<FailureKind>("kind");
        QTest::addColumn<QString>("message"); // part of what people are told
        QTest::newRow("wrong password")
            << u"wrong password"_s << FailureKind::InvalidCredentials << u"Wrong username or password"_s;
        QTest::newRow("throttled") << u"throttled"_s << FailureKind::Throttled << u"Wait"_s;
        QTest::newRow("suspended") << u"suspended"_s << FailureKind::AccountSuspended << u"spam"_s;
        QTest::newRow("nobody listens")
            << u"closed port"_s << FailureKind::Unreachable << u"Check the address"_s;
        QTest::newRow("no login API") << u"no api"_s << FailureKind::Unreachable << u"Gatehouse server"_s;
        QTest::newRow("refresh token unknown")
            << u"bad token"_s << FailureKind::TokenRefused << u"Sign in again"_s;
    }

    void failures()
    {
        QFETCH(QString, situation);
        QFETCH(FailureKind, kind);
        QFETCH(QString, message);
        std::optional<SessionResult> result;
        if (situation == u"wrong password") {
            m_fx.addUser(u"bob"_s, Role::User, Password);
            result = login(m_fx.url(), u"bob"_s, u"nope"_s);
        } else if (situation == u"throttled") {
            m_fx.addUser(u"carol"_s, Role::User, Password);
            for (int attempt = 0; attempt < 8 && !(result && !*result && result->error().kind == kind);
                 ++attempt)
                result = login(m_fx.url(), u"carol"_s, u"nope"_s);
            QVERIFY(result && !*result);
            QVERIFY(result->error().retryAfterSeconds >= 1);
        } else if (situation == u"suspended") {
            const User user = m_fx.addUser(u"dave"_s, Role::User, Password);
            QVERIFY(m_fx.store().users().suspend(user.id, u"spam"_s).hasValue());
            result = login(m_fx.url(), u"dave"_s, Password);
            QVERIFY(result && !*result);
            QCOMPARE(result->error().reason, u"spam"_s);
            QVERIFY(!result->error().until.isValid()); // until lifted
        } else if (situation == u"closed port") {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            QUrl url = m_fx.url();
            url.setPort(closed.serverPort());
            closed.close();
            result = login(url, u"erin"_s, Password);
        } else if (situation == u"no api") {
            ModerationFixture bare; // the same server without the login API
            QVERIFY(bare.start());
            result = login(bare.url(), u"erin"_s, Password);
        } else {
            result = refresh(u"not-a-token"_s);
        }
        QVERIFY2(result, "no answer");
        QVERIFY(!*result);
        QCOMPARE(result->error().kind, kind);
        QVERIFY2(result->error().message.contains(message), qPrintable(result->error().message));
    }

    void answersWithoutAServerOfItsOwn_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<FailureKind>("kind");
        QTest::newRow("server error")
            << 500 << QByteArray(R"({"error":{"code":"server_error","message":"db"}})")
            << FailureKind::ServerError;
        QTest::newRow("not JSON") << 502 << QByteArray("<html>bad gateway</html>")
                                  << FailureKind::ServerError;
        QTest::newRow("retry-after from the header")
            << 429 << QByteArray(R"({"error":{"code":"too_many_attempts"}})") << FailureKind::Throttled;
    }

    void answersWithoutAServerOfItsOwn()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(FailureKind, kind);
        const LoginFailure failure
            = LoginApi::failureFromAnswer(status, QJsonDocument::fromJson(body).object(), u"alice"_s, u"7"_s);
        QCOMPARE(failure.kind, kind);
        QCOMPARE(failure.httpStatus, status);
        QVERIFY(!failure.message.isEmpty());
        if (kind == FailureKind::Throttled)
            QCOMPARE(failure.retryAfterSeconds, 7);
    }
};

QTEST_GUILESS_MAIN(TestLoginApi)
#include "tst_loginapi.moc"
