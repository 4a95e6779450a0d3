// Live expiry on the real clock, with short times: a socket is warned before its token expires,
// can hand over a fresh token on the open connection, and is disconnected after the grace
// period otherwise.
#include "core/auth/HandshakeAuthenticator.h"
#include "core/auth/PasswordHasher.h"
#include "core/client/ClientSocket.h"
#include "core/client/Manager.h"
#include "core/server/Server.h"
#include "core/server/Socket.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gatehouse;

class TestSessionExpiry : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::optional<JwtSigner> m_signer;
    std::optional<JwtVerifier> m_verifier;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<HandshakeAuthenticator> m_authenticator;
    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;
    User m_alice;
    User m_bob;

    QString tokenFor(const User &user)
    {
        return m_signer->sign({user.id, user.displayName, roleToString(user.role), {}})->token;
    }

    ClientSocket *connectAs(const User &user, Manager *&manager)
    {
        Manager::Options options;
        options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        options.engine.polling = false;
        options.reconnection = false;
        manager = new Manager(options, this);
        ClientSocket *socket = manager->socket();
        socket->setAuth({{QStringLiteral("token"), tokenFor(user)}});
        socket->open();
        return socket;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = Store::open(m_dir.path());
        QVERIFY(store);
        m_store = std::move(*store);
        JwtSignerOptions signerOptions;
        signerOptions.lifetime = std::chrono::seconds(4);
        auto signer = JwtSigner::create(QByteArray(32, 's'), signerOptions);
        QVERIFY(signer);
        m_signer.emplace(std::move(*signer));
        JwtVerifierOptions verifierOptions;
        verifierOptions.keys = {m_signer->verificationKey()};
        verifierOptions.leeway = std::chrono::seconds(0);
        auto verifier = JwtVerifier::create(verifierOptions);
        QVERIFY(verifier);
        m_verifier.emplace(std::move(*verifier));
        m_hasher = std::make_unique<PasswordHasher>(PasswordHasher::Limits::minimum());
        m_auth = std::make_unique<AuthService>(*m_store, *m_signer, *m_verifier, *m_hasher);
        NamespaceRules rules;
        rules.expiry.warnBefore = std::chrono::seconds(3);
        rules.expiry.grace = std::chrono::seconds(1);
        m_authenticator = std::make_unique<HandshakeAuthenticator>(*m_auth, rules);
        m_server = std::make_unique<Server>();
        m_server->use(m_authenticator->middleware());
        m_port = *m_server->listen(QHostAddress::LocalHost, 0);
        m_alice = *m_store->users().add({QStringLiteral("alice"), {}, Role::User, {}});
        m_bob = *m_store->users().add({QStringLiteral("bob"), {}, Role::User, {}});
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
            QTimer::singleShot(1500, this, [&] {
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
        const Namespace *main = m_server->findNamespace(QStringLiteral("/"));
        const Socket *serverSide = main->socket(socket->id());
        QVERIFY(serverSide);
        QCOMPARE(
            serverSide->data().value(QStringLiteral("user")).toMap().value(QStringLiteral("id")).toString(),
            m_alice.id);
    }
};

QTEST_GUILESS_MAIN(TestSessionExpiry)
#include "tst_sessionexpiry.moc"
