// The console's commands (ConsoleConnection) and its remote sign-in (RemoteAdminSignIn) against a
// real in-process server (ModerationFixture, real SQLite, real sockets on 127.0.0.1): kicks reach
// exactly the sockets they name, suspensions carry their end, the audit log pages without gaps,
// refusals come back as translated ConsoleErrors, and a sign-in by password ends with a logout.
#include "ModerationFixture.h"
#include "core/auth/AuthApi.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/RemoteAdminSignIn.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace gatehouse;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using gatehouse::test::ModerationFixture;

namespace {

// Starts a call and waits (at most 5 s) for its one answer. The context dies on return, so a late
// answer cannot reach the test's stack.
template <typename T, typename Start> Expected<T, ConsoleError> await(Start start)
{
    QObject context;
    std::optional<Expected<T, ConsoleError>> result;
    start(&context, [&result](Expected<T, ConsoleError> answer) { result.emplace(std::move(answer)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return unexpected(ConsoleError {QStringLiteral("test_timeout"), QStringLiteral("no answer in 5 s")});
    return std::move(*result);
}

} // namespace

class TestConsoleConnection : public QObject {
    Q_OBJECT

private:
    ModerationFixture m_fx;
    std::unique_ptr<AuthApi> m_api;
    User m_admin, m_moderator, m_alice, m_bob;
    std::unique_ptr<QObject> m_scope;

    ConsoleConnection *consoleAs(const User &user)
    {
        ClientSocket *socket = m_fx.connectAs(m_scope.get(), user, QStringLiteral("/admin"));
        if (!QTest::qWaitFor([socket] { return socket->isConnected(); }, 3000))
            return nullptr;
        return new ConsoleConnection(socket, ConsoleConnection::gatehouseCapabilities(), m_scope.get());
    }
    ClientSocket *userSocket(const User &user, const QString &deviceId)
    {
        ClientSocket *socket = m_fx.connectAs(m_scope.get(), user, QStringLiteral("/"), deviceId);
        return QTest::qWaitFor([socket] { return socket->isConnected(); }, 3000) ? socket : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fx.start());
        m_api = std::make_unique<AuthApi>(m_fx.auth(), m_fx.server().engine());
        m_fx.server().engine()->addHttpHandler(m_api->handler());
        m_admin = m_fx.addUser(QStringLiteral("root"), Role::Admin, QStringLiteral("root password"));
        m_moderator = m_fx.addUser(QStringLiteral("mod"), Role::Moderator, QStringLiteral("mod password"));
        m_alice = m_fx.addUser(QStringLiteral("alice"), Role::User, QStringLiteral("alice password"));
        m_bob = m_fx.addUser(QStringLiteral("bob"), Role::User);
    }

    void init() { m_scope = std::make_unique<QObject>(); }
    void cleanup()
    {
        m_scope.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.moderation().registry().socketCount(), 0, 5000);
    }

    void kick_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QList<int>>("kicked"); // of alice's sockets: laptop, laptop, phone
        QTest::newRow("socket") << QStringLiteral("socket") << QList<int> {0};
        QTest::newRow("device") << QStringLiteral("device") << QList<int> {0, 1};
        QTest::newRow("user") << QStringLiteral("user") << QList<int> {0, 1, 2};
    }
    void kick()
    {
        QFETCH(QString, what);
        QFETCH(QList<int>, kicked);
        ConsoleConnection *console = consoleAs(m_admin);
        QVERIFY(console);
        const QList<ClientSocket *> sockets {userSocket(m_alice, QStringLiteral("laptop")),
                                             userSocket(m_alice, QStringLiteral("laptop")),
                                             userSocket(m_alice, QStringLiteral("phone"))};
        QVERIFY(!sockets.contains(nullptr));
        QList<std::shared_ptr<QSignalSpy>> notices;
        for (ClientSocket *socket : sockets)
            notices.append(std::make_shared<QSignalSpy>(socket, &ClientSocket::forcedDisconnect));
        const QString reason = QStringLiteral("spam (%1)").arg(what);
        const auto result = await<ConsoleConnection::KickResult>([&](QObject *context, auto done) {
            if (what == QLatin1StringView("socket"))
                console->kickSocket(sockets.at(0)->id(), reason, context, done);
            else if (what == QLatin1StringView("device"))
                console->kickDevice(m_alice.id, QStringLiteral("laptop"), reason, context, done);
            else
                console->kickUser(m_alice.id, reason, context, done);
        });
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->sockets, kicked.size());
        QVERIFY(result->auditId > 0);
        for (int i = 0; i < sockets.size(); ++i) {
            if (kicked.contains(i)) {
                QTRY_COMPARE_WITH_TIMEOUT(notices.at(i)->size(), 1, 3000);
                const QJsonObject notice = notices.at(i)->first().first().toJsonObject();
                QCOMPARE(notice.value(QStringLiteral("code")).toString(), QStringLiteral("kicked"));
                QCOMPARE(notice.value(QStringLiteral("reason")).toString(), reason);
            }
        }
        QTest::qWait(100); // anything wrongly sent would have arrived by now
        for (int i = 0; i < sockets.size(); ++i)
            QCOMPARE(sockets.at(i)->isConnected(), !kicked.contains(i));
    }

    void suspendAndUnsuspend_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("absolute");
        QTest::newRow("for an hour") << qint64(3600) << false;
        QTest::newRow("until a time") << qint64(86400 * 3) << true;
        QTest::newRow("until lifted") << qint64(0) << false;
    }
    void suspendAndUnsuspend()
    {
        QFETCH(qint64, seconds);
        QFETCH(bool, absolute);
        ConsoleConnection *console = consoleAs(m_admin);
        QVERIFY(console);
        ClientSocket *bob = userSocket(m_bob, QStringLiteral("pc"));
        QVERIFY(bob);
        QSignalSpy notice(bob, &ClientSocket::forcedDisconnect);
        QSignalSpy changed(console, &ConsoleConnection::accountChanged);

        ConsoleConnection::Suspension suspension;
        suspension.reason = QStringLiteral("cool down");
        const QDateTime expected = QDateTime::currentDateTimeUtc().addSecs(seconds);
        if (absolute)
            suspension.until = expected;
        else
            suspension.duration = std::chrono::seconds(seconds);
        const auto account = await<QJsonObject>(
            [&](QObject *context, auto done) { console->suspend(m_bob.id, suspension, context, done); });
        QVERIFY2(account, qPrintable(account ? QString() : account.error().message));
        QCOMPARE(account->value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
        QCOMPARE(account->value(QStringLiteral("suspendedReason")).toString(), suspension.reason);
        const QJsonValue until = account->value(QStringLiteral("suspendedUntil"));
        if (seconds == 0) {
            QVERIFY(until.isNull());
        } else {
            const QDateTime end = QDateTime::fromString(until.toString(), Qt::ISODateWithMs);
            QVERIFY2(qAbs(end.secsTo(expected)) <= 5, qPrintable(until.toString()));
        }
        QCOMPARE(changed.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(notice.size(), 1, 3000);
        QCOMPARE(notice.first().first().toJsonObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("account_suspended"));

        // Twice is a refusal, not a second suspension.
        const auto again = await<QJsonObject>(
            [&](QObject *context, auto done) { console->suspend(m_bob.id, suspension, context, done); });
        if (!again)
            QVERIFY(!again.error().message.isEmpty());

        const auto lifted = await<QJsonObject>(
            [&](QObject *context, auto done) { console->unsuspend(m_bob.id, context, done); });
        QVERIFY2(lifted, qPrintable(lifted ? QString() : lifted.error().message));
        QCOMPARE(lifted->value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(changed.size(), again ? 3 : 2);
    }

    void accountDetail()
    {
        ConsoleConnection *console = consoleAs(m_admin);
        QVERIFY(console);
        QVERIFY(userSocket(m_alice, QStringLiteral("tablet")));
        QVERIFY(await<ConsoleConnection::KickResult>([&](QObject *context, auto done) {
                    console->kickDevice(m_alice.id, QStringLiteral("nothing-here"), QStringLiteral("x"),
                                        context, done);
                }).hasValue()
                == false); // no such device: refused, nothing recorded
        const auto detail = await<ConsoleConnection::AccountDetail>(
            [&](QObject *context, auto done) { console->account(m_alice.id, context, done); });
        QVERIFY2(detail, qPrintable(detail ? QString() : detail.error().message));
        QCOMPARE(detail->account.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(detail->live.value(QStringLiteral("devices")).toArray().size(), 1);
        QCOMPARE(detail->live.value(QStringLiteral("devices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("tablet"));
        QVERIFY(!detail->recentAudit.isEmpty()); // the kicks of kick()
        QVERIFY(detail->recentAudit.size() <= 20);

        const auto missing = await<ConsoleConnection::AccountDetail>([&](QObject *context, auto done) {
            console->account(QStringLiteral("no-such-id"), context, done);
        });
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("not_found"));
    }

    void auditFiltersAndPages()
    {
        ConsoleConnection *console = consoleAs(m_admin);
        QVERIFY(console);
        for (int i = 0; i < 5; ++i) {
            ClientSocket *socket = userSocket(m_bob, QStringLiteral("d%1").arg(i));
            QVERIFY(socket);
            QVERIFY(await<ConsoleConnection::KickResult>([&](QObject *context, auto done) {
                console->kickSocket(socket->id(), QStringLiteral("page %1").arg(i), context, done);
            }));
        }
        ConsoleConnection::AuditFilter filter;
        filter.username = QStringLiteral("bob");
        filter.type = QStringLiteral("kick.socket");
        QList<qint64> ids;
        qint64 before = 0;
        for (int page = 0; page < 10; ++page) { // bounded: 5 entries need 3 pages of 2
            const auto got = await<ConsoleConnection::AuditPage>(
                [&](QObject *context, auto done) { console->audit(filter, before, 2, context, done); });
            QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
            for (const QJsonValue &entry : got->entries) {
                QCOMPARE(entry.toObject().value(QStringLiteral("type")).toString(), filter.type);
                QCOMPARE(entry.toObject().value(QStringLiteral("userId")).toString(), m_bob.id);
                ids.append(qint64(entry.toObject().value(QStringLiteral("id")).toDouble()));
            }
            before = got->nextBeforeId;
            if (before == 0)
                break;
        }
        QVERIFY2(ids.size() >= 5, qPrintable(QString::number(ids.size())));
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY(ids.at(i) < ids.at(i - 1)); // newest first, no repeats

        filter.from = QDateTime::currentDateTimeUtc().addSecs(3600);
        const auto future = await<ConsoleConnection::AuditPage>(
            [&](QObject *context, auto done) { console->audit(filter, 0, 10, context, done); });
        QVERIFY(future);
        QVERIFY(future->entries.isEmpty());

        filter = {};
        filter.username = QStringLiteral("nobody-at-all");
        const auto unknown = await<ConsoleConnection::AuditPage>(
            [&](QObject *context, auto done) { console->audit(filter, 0, 10, context, done); });
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("not_found"));
    }

    void moderatorRefusedOnAdmin()
    {
        ConsoleConnection *console = consoleAs(m_moderator);
        QVERIFY(console);
        console->setSignedInUser(m_moderator.toJson());
        QVERIFY(!console->mayActOn(QStringLiteral("admin")));
        QVERIFY(console->mayActOn(QStringLiteral("user")));
        ConsoleConnection::Suspension suspension;
        suspension.reason = QStringLiteral("coup");
        const auto refused = await<QJsonObject>(
            [&](QObject *context, auto done) { console->suspend(m_admin.id, suspension, context, done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("forbidden"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("Moderators cannot act on admins")),
                 qPrintable(refused.error().message));
    }

    void offlineAndUnsupported()
    {
        ConsoleConnection offline(nullptr);
        const auto notConnected = await<QJsonObject>(
            [&](QObject *context, auto done) { offline.unsuspend(m_bob.id, context, done); });
        QVERIFY(!notConnected);
        QCOMPARE(notConnected.error().code, QStringLiteral("offline"));

        ConsoleConnection *console = consoleAs(m_admin);
        QVERIFY(console);
        QSignalSpy changed(console, &ConsoleConnection::capabilitiesChanged);
        console->setCapabilities(ConsoleConnection::Capability::Sessions
                                 | ConsoleConnection::Capability::KickSocket);
        QCOMPARE(changed.size(), 1);
        ConsoleConnection::Suspension suspension;
        suspension.reason = QStringLiteral("x");
        const auto unsupported = await<QJsonObject>(
            [&](QObject *context, auto done) { console->suspend(m_bob.id, suspension, context, done); });
        QVERIFY(!unsupported);
        QCOMPARE(unsupported.error().code, QStringLiteral("unsupported"));
        const auto audit = await<ConsoleConnection::AuditPage>(
            [&](QObject *context, auto done) { console->audit({}, 0, 1, context, done); });
        QCOMPARE(audit.error().code, QStringLiteral("unsupported"));
    }

    void remoteSignIn()
    {
        auto *session = new RemoteAdminSignIn(m_scope.get());
        RemoteAdminSignIn::Settings settings;
        settings.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_fx.port()));
        settings.username = QStringLiteral("root");
        settings.password = QStringLiteral("root password");
        std::optional<Expected<void, ConsoleError>> result;
        session->signIn(settings,
                        [&result](Expected<void, ConsoleError> r) { result.emplace(std::move(r)); });
        QVERIFY(!result); // never from inside the call
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(*result, qPrintable(*result ? QString() : result->error().message));
        QVERIFY(session->isSignedIn());
        QVERIFY(session->socket()->isConnected());
        QCOMPARE(session->user().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));

        // The socket is a working console connection.
        ConsoleConnection console(session->socket());
        console.setSignedInUser(session->user());
        const auto detail = await<ConsoleConnection::AccountDetail>(
            [&](QObject *context, auto done) { console.account(m_admin.id, context, done); });
        QVERIFY2(detail, qPrintable(detail ? QString() : detail.error().message));
        QCOMPARE(detail->live.value(QStringLiteral("devices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("gatehouse-console"));

        // The refresher: a fresh token that the server accepts.
        std::optional<Expected<QString, QString>> token;
        session->refreshAccessToken([&token](Expected<QString, QString> t) { token.emplace(std::move(t)); });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 5000);
        QVERIFY(*token);
        QVERIFY(!token->value().isEmpty());

        bool signedOut = false;
        session->signOut([&signedOut] { signedOut = true; });
        QTRY_VERIFY_WITH_TIMEOUT(signedOut, 5000);
        QVERIFY(!session->isSignedIn());
        AuditQuery query;
        query.userId = m_admin.id;
        query.type = QStringLiteral("logout");
        const auto logouts = m_fx.store().audit().query(query);
        QVERIFY(logouts);
        QCOMPARE(logouts->size(), 1);
    }

    void remoteSignInRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        const QString here = QStringLiteral("http://127.0.0.1:%1").arg(m_fx.port());
        QTest::newRow("wrong password") << here << u"root"_s << u"wrong"_s << u"invalid_credentials"_s;
        QTest::newRow("not a moderator") << here << u"alice"_s << u"alice password"_s << u"forbidden"_s;
        QTest::newRow("not a URL") << u"ftp://example.org"_s << u"root"_s << u"x"_s << u"bad_url"_s;
        QTest::newRow("nobody there") << u"http://127.0.0.1:9"_s << u"root"_s << u"x"_s << u"unreachable"_s;
    }
    void remoteSignInRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, code);
        RemoteAdminSignIn session;
        RemoteAdminSignIn::Settings settings;
        settings.server = QUrl(url);
        settings.username = username;
        settings.password = password;
        settings.timeoutMs = 3000;
        std::optional<Expected<void, ConsoleError>> result;
        session.signIn(settings, [&result](Expected<void, ConsoleError> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 8000);
        QVERIFY(!*result);
        QCOMPARE(result->error().code, code);
        QVERIFY(!result->error().message.isEmpty());
        QVERIFY(!result->error().message.contains(password) || password.size() < 3);
        QVERIFY(!session.isSignedIn());
    }
};

QTEST_GUILESS_MAIN(TestConsoleConnection)
#include "tst_consoleconnection.moc"
