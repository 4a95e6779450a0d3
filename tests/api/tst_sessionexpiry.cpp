// Live expiry on the real clock, with short times: a socket is warned before its token expires,
// can hand over a fresh token on the open connection, and is disconnected after the grace
// period otherwise.
#include "ModerationFixture.h"
#include "core/client/ClientSocket.h"
#include "core/client/Manager.h"
#include "core/server/Server.h"
#include "core/server/Socket.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace gatehouse;
using gatehouse::test::ModerationFixture;

class TestSessionExpiry : public QObject {
    Q_OBJECT

private:
    ModerationFixture m_fx;
    User m_alice;
    User m_bob;
    // Owns each test's clients: they must not outlive the locals their handlers capture.
    std::unique_ptr<QObject> m_scope;

    QString tokenFor(const User &user) { return m_fx.tokenFor(user); }

    ClientSocket *connectAs(const User &user, Manager *&manager)
    {
        Manager::Options options;
        options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_fx.port()));
        options.engine.polling = false;
        options.reconnection = false;
        manager = new Manager(options, m_scope.get());
        ClientSocket *socket = manager->socket();
        socket->setAuth({{QStringLiteral("token"), tokenFor(user)}});
        socket->open();
        return socket;
    }

private Q_SLOTS:
    void init() { m_scope = std::make_unique<QObject>(); }
    void cleanup() { m_scope.reset(); }

    void initTestCase()
    {
        ModerationFixture::Options options;
        options.signer.lifetime = std::chrono::seconds(4);
        options.leeway = std::chrono::seconds(0);
        options.rules.expiry.warnBefore = std::chrono::seconds(3);
        options.rules.expiry.grace = std::chrono::seconds(1);
        QVERIFY(m_fx.start(options));
        m_alice = m_fx.addUser(QStringLiteral("alice"), Role::User);
        m_bob = m_fx.addUser(QStringLiteral("bob"), Role::User);
    }

    void warnsThenDisconnectsAfterGrace()
    {
        Manager *manager = nullptr;
        ClientSocket *socket = connectAs(m_alice, manager);
        QJsonObject warning;
        QJsonObject forced;
        socket->on(QStringLiteral("token_expiring"),
                   [&](const Arguments &args, const Ack &) { warning = args.value(0).toObject(); });
        socket->on(QStringLiteral("forceDisconnect"),
                   [&](const Arguments &args, const Ack &) { forced = args.value(0).toObject(); });
        QSignalSpy disconnected(socket, &ClientSocket::disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(socket->isConnected(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!warning.isEmpty(), 3000); // ~1 s: 4 s lifetime, warned 3 s before
        QVERIFY(warning.value(QStringLiteral("secondsLeft")).toInt() <= 3);
        QVERIFY(disconnected.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 8000); // ~5 s: expiry + 1 s grace
        QCOMPARE(disconnected.first().first().toString(), QStringLiteral("io server disconnect"));
        QCOMPARE(forced.value(QStringLiteral("reason")).toString(), QStringLiteral("token expired"));
        QVERIFY(!socket->isActive()); // the client does not come back on its own
    }

    void reauthenticateKeepsTheSocket()
    {
        Manager *manager = nullptr;
        ClientSocket *socket = connectAs(m_alice, manager);
        bool warned = false;
        std::optional<Expected<Arguments, QString>> reply;
        socket->on(QStringLiteral("token_expiring"), [&](const Arguments &, const Ack &) {
            warned = true;
            // A little later, so that the new token clearly outlives the old one's grace period.
            QTimer::singleShot(1500, socket, [&] {
                socket->emitWithAck(QStringLiteral("reauthenticate"),
                                    {QJsonObject {{QStringLiteral("token"), tokenFor(m_alice)}}}, this,
                                    [&reply](Expected<Arguments, QString> r) { reply = std::move(r); });
            });
        });
        QSignalSpy disconnected(socket, &ClientSocket::disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(warned, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 4000);
        QVERIFY(reply->hasValue());
        QVERIFY(reply->value().value(0).toObject().value(QStringLiteral("ok")).toBool());
        // Reauthenticated at ~2.5 s: the old token's end (~5 s with grace) passes, the new one's
        // (~7.5 s) is still ahead.
        QTest::qWait(3500);
        QCOMPARE(disconnected.size(), 0);
        QVERIFY(socket->isConnected());
    }

    void anotherUsersTokenIsRefused()
    {
        Manager *manager = nullptr;
        ClientSocket *socket = connectAs(m_alice, manager);
        QTRY_VERIFY_WITH_TIMEOUT(socket->isConnected(), 5000);
        std::optional<Expected<Arguments, QString>> reply;
        socket->emitWithAck(QStringLiteral("reauthenticate"), {tokenFor(m_bob)}, this,
                            [&reply](Expected<Arguments, QString> r) { reply = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 3000);
        const QJsonObject answer = reply->value().value(0).toObject();
        QCOMPARE(answer.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("forbidden"));
        const Namespace *main = m_fx.server().findNamespace(QStringLiteral("/"));
        const Socket *serverSide = main->socket(socket->id());
        QVERIFY(serverSide);
        QCOMPARE(
            serverSide->data().value(QStringLiteral("user")).toMap().value(QStringLiteral("id")).toString(),
            m_alice.id);
    }

    void clientRefreshesByItself()
    {
        Manager *manager = nullptr;
        ClientSocket *socket = connectAs(m_alice, manager);
        int refreshes = 0;
        socket->setTokenRefresher([&](std::function<void(Expected<QString, QString>)> done) {
            ++refreshes;
            QTimer::singleShot(1500, socket, [this, done] { done(tokenFor(m_alice)); }); // a slow refresh
        });
        QSignalSpy disconnected(socket, &ClientSocket::disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(socket->isConnected(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(refreshes >= 1, 3000);
        QTest::qWait(5500); // past the first token's end plus grace (~5 s)
        QCOMPARE(disconnected.size(), 0);
        QVERIFY(socket->isConnected());
    }

    void clientRefreshesAnExpiredTokenAndConnects()
    {
        // A token that expired a minute ago, from the same secret.
        ManualClock past(QDateTime::currentDateTimeUtc().addSecs(-60));
        JwtSignerOptions options;
        options.lifetime = std::chrono::seconds(4);
        auto oldSigner = JwtSigner::create(ModerationFixture::Secret, options, &past);
        QVERIFY(oldSigner);
        const QString expired = oldSigner->sign({m_alice.id, {}, QStringLiteral("user"), {}})->token;

        Manager::Options clientOptions;
        clientOptions.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_fx.port()));
        clientOptions.engine.polling = false;
        clientOptions.reconnection = false;
        Manager manager(clientOptions);
        ClientSocket *socket = manager.socket();
        socket->setAuth({{QStringLiteral("token"), expired}});
        int refreshes = 0;
        socket->setTokenRefresher([&](std::function<void(Expected<QString, QString>)> done) {
            ++refreshes;
            done(tokenFor(m_alice));
        });
        QSignalSpy errors(socket, &ClientSocket::connectError);
        socket->open();
        QTRY_VERIFY_WITH_TIMEOUT(socket->isConnected(), 5000);
        QCOMPARE(refreshes, 1);
        QCOMPARE(errors.size(), 0);
    }

    void refresherFailureIsReported()
    {
        Manager::Options clientOptions;
        clientOptions.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_fx.port()));
        clientOptions.engine.polling = false;
        clientOptions.reconnection = false;
        Manager manager(clientOptions);
        ClientSocket *socket = manager.socket();
        ManualClock past(QDateTime::currentDateTimeUtc().addSecs(-60));
        auto oldSigner = JwtSigner::create(ModerationFixture::Secret, {}, &past);
        QVERIFY(oldSigner);
        JwtSignerOptions shortLived;
        shortLived.lifetime = std::chrono::seconds(1);
        oldSigner = JwtSigner::create(ModerationFixture::Secret, shortLived, &past);
        socket->setAuth({{QStringLiteral("token"),
                          oldSigner->sign({m_alice.id, {}, QStringLiteral("user"), {}})->token}});
        socket->setTokenRefresher([](std::function<void(Expected<QString, QString>)> done) {
            done(unexpected(QStringLiteral("the refresh token was revoked")));
        });
        QSignalSpy errors(socket, &ClientSocket::connectError);
        socket->open();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
        QCOMPARE(errors.first()
                     .first()
                     .value<ConnectError>()
                     .data.toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("token_expired"));
        QVERIFY(!socket->isActive());
    }
};

QTEST_GUILESS_MAIN(TestSessionExpiry)
#include "tst_sessionexpiry.moc"
