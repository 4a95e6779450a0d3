// The session registry and moderation over real sockets: C++ clients sign in with tokens,
// several devices per user and several namespaces per connection; kicks and suspensions go
// through ModerationService and are checked on the wire (forceDisconnect, then a disconnect the
// client does not recover from), in the registry and in the audit log of a real SQLite file.
#include "core/auth/AuthService.h"
#include "core/auth/HandshakeAuthenticator.h"
#include "core/auth/JwtSigner.h"
#include "core/auth/JwtVerifier.h"
#include "core/auth/PasswordHasher.h"
#include "core/client/ClientSocket.h"
#include "core/client/Manager.h"
#include "core/moderation/AdminExtensions.h"
#include "core/moderation/ModerationService.h"
#include "core/moderation/SessionRegistry.h"
#include "core/server/Server.h"
#include "core/server/Socket.h"
#include "core/store/Store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

class TestModeration : public QObject {
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
    std::unique_ptr<SessionRegistry> m_registry;
    std::unique_ptr<ModerationService> m_moderation;
    quint16 m_port = 0;
    User m_admin, m_moderator, m_alice, m_bob;
    std::unique_ptr<QObject> m_scope; // owns each test's clients

    QString tokenFor(const User &user)
    {
        return m_signer->sign({user.id, user.displayName, roleToString(user.role), {}})->token;
    }

    static ModerationActor actor(const User &user)
    {
        return {user.id, user.username, user.role, QStringLiteral("127.0.0.1")};
    }

    // A connection of `user` from device `deviceId` (none: the server guesses one), joined to
    // each namespace of `namespaces` over one multiplexed connection.
    QList<ClientSocket *> connectAs(const User &user, const QString &deviceId,
                                    const QStringList &namespaces = {QStringLiteral("/")},
                                    bool polling = false)
    {
        Manager::Options options;
        options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        options.engine.polling = polling;
        options.engine.upgrade = false;
        options.reconnectionDelayMs = 100;
        options.reconnectionDelayMaxMs = 200;
        auto *manager = new Manager(options, m_scope.get());
        QJsonObject auth {{QStringLiteral("token"), tokenFor(user)}};
        if (!deviceId.isEmpty()) {
            auth.insert(QStringLiteral("deviceId"), deviceId);
            auth.insert(QStringLiteral("deviceName"), QString(deviceId + QStringLiteral(" name")));
            auth.insert(QStringLiteral("platform"), QStringLiteral("linux"));
        }
        QList<ClientSocket *> sockets;
        for (const QString &nsp : namespaces) {
            ClientSocket *socket = manager->socket(nsp);
            socket->setAuth(auth);
            socket->open();
            sockets.append(socket);
        }
        return sockets;
    }

    static bool allConnected(const QList<ClientSocket *> &sockets)
    {
        return std::all_of(sockets.cbegin(), sockets.cend(),
                           [](ClientSocket *s) { return s->isConnected(); });
    }

    qsizetype auditCount(const QString &type, const QString &userId)
    {
        AuditQuery query;
        query.type = type;
        query.userId = userId;
        const auto entries = m_store->audit().query(query);
        return entries ? entries->size() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = Store::open(m_dir.path());
        QVERIFY(store);
        m_store = std::move(*store);
        auto signer = JwtSigner::create(QByteArray(32, 'm'), {});
        QVERIFY(signer);
        m_signer.emplace(std::move(*signer));
        JwtVerifierOptions verifierOptions;
        verifierOptions.keys = {m_signer->verificationKey()};
        auto verifier = JwtVerifier::create(verifierOptions);
        QVERIFY(verifier);
        m_verifier.emplace(std::move(*verifier));
        m_hasher = std::make_unique<PasswordHasher>(PasswordHasher::Limits::minimum());
        m_auth = std::make_unique<AuthService>(*m_store, *m_signer, *m_verifier, *m_hasher);
        m_authenticator = std::make_unique<HandshakeAuthenticator>(*m_auth, NamespaceRules {});
        m_server = std::make_unique<Server>();
        m_server->use(m_authenticator->middleware());
        m_server->of(QStringLiteral("/chat"));
        m_server->of(QStringLiteral("/admin")); // moderators and admins only (NamespaceRules' default)
        m_registry = std::make_unique<SessionRegistry>(*m_server);
        m_moderation = std::make_unique<ModerationService>(*m_store, *m_registry);
        m_port = *m_server->listen(QHostAddress::LocalHost, 0);
        m_admin = *m_store->users().add({QStringLiteral("root"), {}, Role::Admin, {}});
        m_moderator = *m_store->users().add({QStringLiteral("mod"), {}, Role::Moderator, {}});
        m_alice
            = *m_store->users().add({QStringLiteral("alice"), QStringLiteral("Alice A."), Role::User, {}});
        m_bob = *m_store->users().add({QStringLiteral("bob"), {}, Role::User, {}});
    }

    void init() { m_scope = std::make_unique<QObject>(); }
    void cleanup()
    {
        m_scope.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_registry->socketCount(), 0, 5000);
        QCOMPARE(m_registry->userCount(), 0);
        QCOMPARE(m_registry->deviceCount(), 0);
    }

    void registryGroupsByUserAndDevice()
    {
        QSignalSpy usersAdded(m_registry.get(), &SessionRegistry::userAdded);
        QSignalSpy devicesAdded(m_registry.get(), &SessionRegistry::deviceAdded);
        QSignalSpy socketsAdded(m_registry.get(), &SessionRegistry::socketAdded);
        const auto laptop
            = connectAs(m_alice, QStringLiteral("laptop"), {QStringLiteral("/"), QStringLiteral("/chat")});
        const auto phone = connectAs(m_alice, QStringLiteral("phone"));
        const auto bob = connectAs(m_bob, QString(), {QStringLiteral("/")}, true);
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(laptop + phone + bob), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_registry->socketCount(), 4, 2000);

        QCOMPARE(m_registry->userCount(), 2);
        QCOMPARE(m_registry->deviceCount(), 3);
        QCOMPARE(m_registry->connectionCount(m_alice.id), 3);
        QCOMPARE(m_registry->connectionCount(m_bob.id), 1);
        QCOMPARE(usersAdded.size(), 2);
        QCOMPARE(devicesAdded.size(), 3);
        QCOMPARE(socketsAdded.size(), 4);

        const auto alice = m_registry->user(m_alice.id);
        QVERIFY(alice);
        QCOMPARE(alice->username, QStringLiteral("alice"));
        QCOMPARE(alice->displayName, QStringLiteral("Alice A."));
        QCOMPARE(alice->role, QStringLiteral("user"));
        QCOMPARE(alice->deviceCount, 2);
        QCOMPARE(alice->socketCount, 3);
        const auto device = m_registry->device(m_alice.id, QStringLiteral("laptop"));
        QVERIFY(device);
        QCOMPARE(device->socketIds.size(), 2);
        QCOMPARE(device->name, QStringLiteral("laptop name"));
        QCOMPARE(device->platform, QStringLiteral("linux"));
        QVERIFY(!device->guessed);

        // Bob sent no deviceId: a stable guess, marked as one.
        const auto bobDevices = m_registry->devices(m_bob.id);
        QCOMPARE(bobDevices.size(), 1);
        QVERIFY(bobDevices.first().guessed);
        QVERIFY(bobDevices.first().id.startsWith(QStringLiteral("guess-")));

        // Queries: by user, device, namespace, room, free text.
        QCOMPARE(m_registry->sockets({m_alice.id, {}, {}, {}, {}}).size(), 3);
        QCOMPARE(m_registry->sockets({m_alice.id, QStringLiteral("phone"), {}, {}, {}}).size(), 1);
        QCOMPARE(m_registry->sockets({{}, {}, QStringLiteral("/chat"), {}, {}}).size(), 1);
        QCOMPARE(m_registry->sockets({{}, {}, {}, QStringLiteral("user:") + m_bob.id, {}}).size(), 1);
        QCOMPARE(m_registry->sockets({{}, {}, {}, QStringLiteral("device:laptop"), {}}).size(), 2);
        QCOMPARE(m_registry->sockets({{}, {}, {}, {}, QStringLiteral("ALICE")}).size(), 3);
        QCOMPARE(m_registry->sockets({{}, {}, {}, {}, QStringLiteral("phone name")}).size(), 1);
        QCOMPARE(m_registry->sockets({{}, {}, {}, {}, QStringLiteral("nobody-matches")}).size(), 0);

        const auto bobSocket = m_registry->socket(bob.first()->id());
        QVERIFY(bobSocket);
        QCOMPARE(bobSocket->transport, QStringLiteral("polling"));
        QCOMPARE(bobSocket->address, QStringLiteral("127.0.0.1"));
        QVERIFY(bobSocket->rooms.contains(QStringLiteral("user:") + m_bob.id));
        QVERIFY(bobSocket->connectedAt.isValid());
        // Every time a console gets is written the same way: UTC with "Z", so that clients may
        // compare them as text.
        const QJsonObject bobJson = bobSocket->toJson();
        for (const char *key : {"connectedAt", "lastActivityAt"}) {
            const QString at = bobJson.value(QLatin1StringView(key)).toString();
            QVERIFY2(at.endsWith(QLatin1Char('Z')),
                     qPrintable(QLatin1StringView(key) + QStringLiteral(": ") + at));
        }

        // A device leaves: one device removed, the user changes, nothing else.
        QSignalSpy devicesRemoved(m_registry.get(), &SessionRegistry::deviceRemoved);
        QSignalSpy usersRemoved(m_registry.get(), &SessionRegistry::userRemoved);
        phone.first()->manager()->close();
        QTRY_COMPARE_WITH_TIMEOUT(devicesRemoved.size(), 1, 3000);
        QCOMPARE(devicesRemoved.first().at(1).toString(), QStringLiteral("phone"));
        QCOMPARE(usersRemoved.size(), 0);
        QCOMPARE(m_registry->connectionCount(m_alice.id), 2);
    }

    void countsTraffic()
    {
        const auto sockets = connectAs(m_alice, QStringLiteral("laptop"));
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(sockets), 5000);
        Socket *serverSide = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((serverSide = m_registry->findSocket(sockets.first()->id())), 2000);
        serverSide->on(QStringLiteral("ping"), [](const Arguments &args, const Ack &ack) { ack(args); });
        std::optional<Arguments> echoed;
        sockets.first()->emitWithAck(QStringLiteral("ping"), {QString(1000, QLatin1Char('x'))}, m_scope.get(),
                                     [&](Expected<Arguments, QString> r) { echoed = r ? *r : Arguments(); });
        QTRY_VERIFY_WITH_TIMEOUT(echoed.has_value(), 3000);
        const auto info = m_registry->socket(sockets.first()->id());
        QVERIFY(info);
        QCOMPARE(info->packetsIn, 1u);
        QVERIFY2(info->bytesIn > 1000 && info->bytesIn < 1100, qPrintable(QString::number(info->bytesIn)));
        QVERIFY(info->bytesOut > 1000);
        QVERIFY(info->lastActivityAt >= info->connectedAt.addSecs(-1));
    }

    void sendToUserReachesEveryDevice()
    {
        const auto laptop = connectAs(m_alice, QStringLiteral("laptop"));
        const auto phone = connectAs(m_alice, QStringLiteral("phone"), {QStringLiteral("/")}, true);
        const auto bob = connectAs(m_bob, QStringLiteral("bob-pc"));
        const auto all = laptop + phone + bob;
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(all), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_registry->socketCount(), 3, 2000);
        QHash<ClientSocket *, int> received;
        for (ClientSocket *socket : all)
            socket->on(QStringLiteral("note"),
                       [&received, socket](const Arguments &, const Ack &) { ++received[socket]; });
        QCOMPARE(m_registry->sendToUser(m_alice.id, QStringLiteral("note"), {QStringLiteral("hi")}), 2);
        QTRY_COMPARE_WITH_TIMEOUT(received.value(laptop.first()), 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(received.value(phone.first()), 1, 3000);
        QTest::qWait(100);
        QCOMPARE(received.value(bob.first()), 0);
    }

    void kickDeviceLeavesTheOtherDevices()
    {
        const auto laptop
            = connectAs(m_alice, QStringLiteral("laptop"), {QStringLiteral("/"), QStringLiteral("/chat")});
        const auto phone = connectAs(m_alice, QStringLiteral("phone"));
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(laptop + phone), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_registry->socketCount(), 3, 2000);
        QSignalSpy laptopForced(laptop.first(), &ClientSocket::forcedDisconnect);
        QSignalSpy laptopDisconnected(laptop.first(), &ClientSocket::disconnected);

        const auto kicked = m_moderation->kickDevice(actor(m_moderator), m_alice.id, QStringLiteral("laptop"),
                                                     QStringLiteral("spamming"));
        QVERIFY(kicked);
        QCOMPARE(kicked->sockets, 2);
        QTRY_COMPARE_WITH_TIMEOUT(laptopDisconnected.size(), 1, 3000);
        QCOMPARE(laptopForced.size(), 1); // the notice came first
        const QJsonObject notice = laptopForced.first().first().toJsonObject();
        QCOMPARE(notice.value(QStringLiteral("code")).toString(), QStringLiteral("kicked"));
        QCOMPARE(notice.value(QStringLiteral("reason")).toString(), QStringLiteral("spamming"));
        QCOMPARE(notice.value(QStringLiteral("by")).toString(), QStringLiteral("mod"));
        QCOMPARE(laptopDisconnected.first().first().toString(), QStringLiteral("io server disconnect"));
        QTRY_VERIFY_WITH_TIMEOUT(!laptop.at(1)->isConnected(), 3000);
        QCOMPARE(m_registry->connectionCount(m_alice.id), 1);
        QVERIFY(phone.first()->isConnected());
        // Kicked sockets stay away: nothing reconnects them.
        QTest::qWait(500);
        QVERIFY(!laptop.first()->isConnected());
        QVERIFY(!laptop.first()->isActive());
        QCOMPARE(m_registry->connectionCount(m_alice.id), 1);
        QCOMPARE(auditCount(QStringLiteral("kick.device"), m_alice.id), 1);
    }

    void kickUserDisconnectsEveryDevice()
    {
        const auto laptop = connectAs(m_alice, QStringLiteral("laptop"));
        const auto phone = connectAs(m_alice, QStringLiteral("phone"), {QStringLiteral("/")}, true);
        const auto bob = connectAs(m_bob, QStringLiteral("bob-pc"));
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(laptop + phone + bob), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_registry->socketCount(), 3, 2000);
        const auto kicked = m_moderation->kickUser(actor(m_admin), m_alice.id, QStringLiteral("bye"));
        QVERIFY(kicked);
        QCOMPARE(kicked->sockets, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!laptop.first()->isConnected() && !phone.first()->isConnected(), 3000);
        QCOMPARE(laptop.first()->forcedDisconnectNotice().value(QStringLiteral("code")).toString(),
                 QStringLiteral("kicked"));
        QCOMPARE(phone.first()->forcedDisconnectNotice().value(QStringLiteral("code")).toString(),
                 QStringLiteral("kicked"));
        QVERIFY(bob.first()->isConnected());
        QCOMPARE(m_registry->connectionCount(m_alice.id), 0);
        QVERIFY(!m_registry->user(m_alice.id));
    }

    void permissions_data()
    {
        QTest::addColumn<QString>("actorName");
        QTest::addColumn<QString>("targetName");
        QTest::addColumn<QString>("error"); // empty: allowed
        QTest::newRow("moderator kicks a user") << "mod"
                                                << "alice" << QString();
        QTest::newRow("moderator kicks an admin") << "mod"
                                                  << "root"
                                                  << "forbidden";
        QTest::newRow("admin kicks a moderator") << "root"
                                                 << "mod" << QString();
        QTest::newRow("user kicks a user") << "bob"
                                           << "alice"
                                           << "forbidden";
    }

    void permissions()
    {
        QFETCH(QString, actorName);
        QFETCH(QString, targetName);
        QFETCH(QString, error);
        const QHash<QString, User> users {{QStringLiteral("root"), m_admin},
                                          {QStringLiteral("mod"), m_moderator},
                                          {QStringLiteral("alice"), m_alice},
                                          {QStringLiteral("bob"), m_bob}};
        const User target = users.value(targetName);
        const auto sockets = connectAs(target, QStringLiteral("dev"));
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(sockets), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_registry->connectionCount(target.id), 1, 2000);
        const auto kicked
            = m_moderation->kickSocket(actor(users.value(actorName)), sockets.first()->id(), {});
        if (error.isEmpty()) {
            QVERIFY(kicked);
            QTRY_VERIFY_WITH_TIMEOUT(!sockets.first()->isConnected(), 3000);
        } else {
            QVERIFY(!kicked);
            QCOMPARE(kicked.error().code, error);
            QVERIFY(!kicked.error().message.isEmpty());
            QTest::qWait(100);
            QVERIFY(sockets.first()->isConnected());
            // A moderator cannot suspend an admin either.
            const auto suspended
                = m_moderation->suspend(actor(users.value(actorName)), target.id, QStringLiteral("x"));
            QVERIFY(!suspended);
            QCOMPARE(suspended.error().code, error);
        }
    }

    void suspendDisconnectsEverywhereAndRefusesEverything()
    {
        // A real sign-in, so there is a refresh token to revoke.
        QVERIFY(m_store->users().setPassword(m_bob.id, *m_hasher->hash(QStringLiteral("bob's password"))));
        std::optional<Expected<AuthService::Session, AuthFailure>> login;
        m_auth->login({QStringLiteral("bob"), QStringLiteral("bob's password"), QStringLiteral("pc"), {}, {}},
                      [&](Expected<AuthService::Session, AuthFailure> r) { login = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 5000);
        QVERIFY(login->hasValue());
        const QString refreshToken = login->value().refreshToken;

        const auto pc
            = connectAs(m_bob, QStringLiteral("pc"), {QStringLiteral("/"), QStringLiteral("/chat")});
        const auto phone = connectAs(m_bob, QStringLiteral("phone"), {QStringLiteral("/")}, true);
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(pc + phone), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_registry->connectionCount(m_bob.id), 3, 2000);

        QSignalSpy statusChanged(m_moderation.get(), &ModerationService::userStatusChanged);
        const QDateTime until = QDateTime::currentDateTimeUtc().addDays(1);
        const auto suspended
            = m_moderation->suspend(actor(m_moderator), m_bob.id, QStringLiteral("abuse"), until);
        QVERIFY(suspended);
        QCOMPARE(suspended->second, 3);
        QCOMPARE(suspended->first.status, UserStatus::Suspended);
        QCOMPARE(statusChanged.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            !pc.first()->isConnected() && !pc.at(1)->isConnected() && !phone.first()->isConnected(), 3000);
        const QJsonObject notice = phone.first()->forcedDisconnectNotice();
        QCOMPARE(notice.value(QStringLiteral("code")).toString(), QStringLiteral("account_suspended"));
        QCOMPARE(notice.value(QStringLiteral("reason")).toString(), QStringLiteral("abuse"));
        QCOMPARE(notice.value(QStringLiteral("until")).toString(), until.toString(Qt::ISODateWithMs));

        // A new handshake with the still-valid access token is refused, with the same end of the
        // suspension, written the same way...
        const auto again = connectAs(m_bob, QStringLiteral("pc"));
        QSignalSpy refused(again.first(), &ClientSocket::connectError);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 3000);
        const QJsonObject refusal = refused.first().first().value<ConnectError>().data.toObject();
        QCOMPARE(refusal.value(QStringLiteral("code")).toString(), QStringLiteral("account_suspended"));
        QCOMPARE(refusal.value(QStringLiteral("until")), notice.value(QStringLiteral("until")));
        // ...and so are refresh and login.
        const auto refreshed = m_auth->refresh(refreshToken, {});
        QVERIFY(!refreshed);
        std::optional<Expected<AuthService::Session, AuthFailure>> relogin;
        m_auth->login({QStringLiteral("bob"), QStringLiteral("bob's password"), QStringLiteral("pc"), {}, {}},
                      [&](Expected<AuthService::Session, AuthFailure> r) { relogin = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(relogin.has_value(), 5000);
        QVERIFY(!relogin->hasValue());
        QCOMPARE(relogin->error().code, QStringLiteral("account_suspended"));
        QCOMPARE(relogin->error().details.value(QStringLiteral("until")),
                 notice.value(QStringLiteral("until")));
        QCOMPARE(auditCount(QStringLiteral("user.suspended"), m_bob.id), 1);

        // Lifted: handshakes work again; the revoked refresh token stays revoked.
        const auto lifted = m_moderation->unsuspend(actor(m_moderator), m_bob.id);
        QVERIFY(lifted);
        QCOMPARE(lifted->status, UserStatus::Active);
        QCOMPARE(auditCount(QStringLiteral("user.unsuspended"), m_bob.id), 1);
        const auto back = connectAs(m_bob, QStringLiteral("pc"));
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(back), 5000);
        QVERIFY(!m_auth->refresh(refreshToken, {}));
    }

    void timedSuspensionLiftsItself()
    {
        QSignalSpy statusChanged(m_moderation.get(), &ModerationService::userStatusChanged);
        const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(1200);
        QVERIFY(m_moderation->suspend(actor(m_admin), m_alice.id, QStringLiteral("cool down"), until));
        const auto refused = connectAs(m_alice, QStringLiteral("laptop"));
        QSignalSpy errors(refused.first(), &ClientSocket::connectError);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(statusChanged.size(), 2, 5000); // suspended, then lifted by time
        const auto user = m_store->users().findById(m_alice.id);
        QVERIFY(user && *user);
        QCOMPARE((*user)->status, UserStatus::Active);
        QCOMPARE(auditCount(QStringLiteral("user.suspension_ended"), m_alice.id), 1);
        const auto back = connectAs(m_alice, QStringLiteral("laptop"));
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(back), 5000);
    }

    void suspensionSurvivesARestart()
    {
        QVERIFY(m_moderation->suspend(actor(m_admin), m_alice.id, QStringLiteral("long one")));
        // A second server process over the same data folder: a fresh store, auth and moderation.
        auto reopened = Store::open(m_dir.path());
        QVERIFY(reopened);
        AuthService auth(**reopened, *m_signer, *m_verifier, *m_hasher);
        const auto principal = auth.authenticate(tokenFor(m_alice));
        QVERIFY(!principal);
        QCOMPARE(principal.error().code, QStringLiteral("account_suspended"));
        Server server;
        SessionRegistry registry(server);
        ModerationService moderation(**reopened, registry);
        QVERIFY(moderation.unsuspend(ModerationActor::local(), m_alice.id));
        QVERIFY(m_auth->authenticate(tokenFor(m_alice)));
    }

    void refusals()
    {
        QCOMPARE(m_moderation->kickSocket(actor(m_admin), QStringLiteral("no-such-socket"), {}).error().code,
                 QStringLiteral("not_found"));
        QCOMPARE(m_moderation->kickUser(actor(m_admin), m_alice.id, {}).error().code,
                 QStringLiteral("not_found"));
        QCOMPARE(m_moderation->suspend(actor(m_admin), m_alice.id, QStringLiteral("  ")).error().code,
                 QStringLiteral("bad_request"));
        QCOMPARE(m_moderation->suspend(actor(m_admin), m_admin.id, QStringLiteral("oops")).error().code,
                 QStringLiteral("bad_request"));
        QCOMPARE(m_moderation
                     ->suspend(actor(m_admin), m_alice.id, QStringLiteral("late"),
                               QDateTime::currentDateTimeUtc().addSecs(-5))
                     .error()
                     .code,
                 QStringLiteral("bad_request"));
        QCOMPARE(
            m_moderation->suspend(actor(m_admin), QStringLiteral("nobody"), QStringLiteral("x")).error().code,
            QStringLiteral("not_found"));
    }

    void setRole_data()
    {
        QTest::addColumn<QString>("actorName");
        QTest::addColumn<QString>("targetName");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("error"); // empty: allowed
        QTest::newRow("admin promotes a user") << "root"
                                               << "bob"
                                               << "moderator" << QString();
        QTest::newRow("admin: same role") << "root"
                                          << "bob"
                                          << "user" << QString();
        QTest::newRow("local admin promotes a user") << "local"
                                                     << "bob"
                                                     << "admin" << QString();
        QTest::newRow("moderator promotes a user") << "mod"
                                                   << "bob"
                                                   << "moderator"
                                                   << "forbidden";
        QTest::newRow("user promotes themselves") << "bob"
                                                  << "bob"
                                                  << "admin"
                                                  << "forbidden";
        QTest::newRow("admin demotes themselves") << "root"
                                                  << "root"
                                                  << "user"
                                                  << "forbidden";
        QTest::newRow("unknown user") << "root"
                                      << "nobody"
                                      << "moderator"
                                      << "not_found";
        QTest::newRow("last active admin") << "local"
                                           << "root"
                                           << "moderator"
                                           << "conflict";
    }

    void setRole()
    {
        QFETCH(QString, actorName);
        QFETCH(QString, targetName);
        QFETCH(QString, role);
        QFETCH(QString, error);
        const QHash<QString, User> users {{QStringLiteral("root"), m_admin},
                                          {QStringLiteral("mod"), m_moderator},
                                          {QStringLiteral("bob"), m_bob}};
        const ModerationActor by = actorName == QLatin1StringView("local") ? ModerationActor::local()
                                                                           : actor(users.value(actorName));
        const QString targetId = users.contains(targetName) ? users.value(targetName).id : targetName;
        const auto before = m_store->users().findById(targetId);
        QVERIFY(before);
        const qsizetype audited = auditCount(AuditLog::RoleChanged, targetId);
        QSignalSpy changed(m_moderation.get(), &ModerationService::userRoleChanged);

        const auto result = m_moderation->setRole(by, targetId, *roleFromString(role), QStringLiteral("why"));
        const auto after = m_store->users().findById(targetId);
        QVERIFY(after);
        if (!error.isEmpty()) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, error);
            QVERIFY(!result.error().message.isEmpty());
            if (*before)
                QCOMPARE((*after)->role, (*before)->role);
            QCOMPARE(auditCount(AuditLog::RoleChanged, targetId), audited);
            QCOMPARE(changed.size(), 0);
            return;
        }
        QVERIFY(result);
        QCOMPARE(roleToString(result->user.role), role);
        QCOMPARE(roleToString((*after)->role), role);
        QCOMPARE(result->previousRole, (*before)->role);
        const bool same = (*before)->role == (*after)->role;
        QCOMPARE(result->auditId == 0, same);
        QCOMPARE(auditCount(AuditLog::RoleChanged, targetId), audited + (same ? 0 : 1));
        QCOMPARE(changed.size(), same ? 0 : 1);
        if (!same) {
            AuditQuery query;
            query.type = AuditLog::RoleChanged;
            query.userId = targetId;
            const AuditEntry entry = m_store->audit().query(query)->constFirst();
            QCOMPARE(entry.actorId, by.userId);
            QCOMPARE(entry.details.value(QStringLiteral("previousRole")).toString(),
                     roleToString((*before)->role));
            QCOMPARE(entry.details.value(QStringLiteral("role")).toString(), role);
            QCOMPARE(entry.details.value(QStringLiteral("reason")).toString(), QStringLiteral("why"));
        }
        QVERIFY(m_store->users().setRole(targetId, (*before)->role)); // as it was, for the next rows
    }

    void demotionDisconnectsWhereTheNewRoleMayNotBe()
    {
        // The moderator on /admin and / from the laptop, on / from the phone.
        const auto laptop = connectAs(m_moderator, QStringLiteral("laptop"),
                                      {QStringLiteral("/"), QStringLiteral("/admin")});
        const auto phone = connectAs(m_moderator, QStringLiteral("phone"));
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(laptop + phone), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_registry->connectionCount(m_moderator.id), 3, 2000);
        QSignalSpy adminForced(laptop.at(1), &ClientSocket::forcedDisconnect);
        QSignalSpy mainForced(laptop.at(0), &ClientSocket::forcedDisconnect);

        const auto demoted
            = m_moderation->setRole(actor(m_admin), m_moderator.id, Role::User, QStringLiteral("inactive"));
        QVERIFY(demoted);
        QCOMPARE(demoted->sockets, 1);
        QCOMPARE(demoted->previousRole, Role::Moderator);
        QTRY_VERIFY_WITH_TIMEOUT(!laptop.at(1)->isConnected(), 3000);
        QCOMPARE(adminForced.size(), 1);
        const QJsonObject notice = adminForced.first().first().toJsonObject();
        QCOMPARE(notice.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(notice.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(notice.value(QStringLiteral("reason")).toString(), QStringLiteral("inactive"));
        QCOMPARE(notice.value(QStringLiteral("by")).toString(), QStringLiteral("root"));
        // "/" admits users: those sockets stay, and carry the new role.
        QTest::qWait(200);
        QVERIFY(laptop.at(0)->isConnected());
        QVERIFY(phone.first()->isConnected());
        QCOMPARE(mainForced.size(), 0);
        QCOMPARE(m_registry->connectionCount(m_moderator.id), 2);
        QCOMPARE(m_registry->user(m_moderator.id)->role, QStringLiteral("user"));
        Socket *stayed = m_registry->findSocket(phone.first()->id());
        QVERIFY(stayed);
        QCOMPARE(
            stayed->data().value(QStringLiteral("user")).toMap().value(QStringLiteral("role")).toString(),
            QStringLiteral("user"));

        // The old token still says moderator; the store has the last word at the handshake.
        const auto again = connectAs(m_moderator, QStringLiteral("laptop"), {QStringLiteral("/admin")});
        QSignalSpy refused(again.first(), &ClientSocket::connectError);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 3000);
        QCOMPARE(refused.first()
                     .first()
                     .value<ConnectError>()
                     .data.toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("forbidden"));

        QVERIFY(m_moderation->setRole(actor(m_admin), m_moderator.id, Role::Moderator));
        const auto back = connectAs(m_moderator, QStringLiteral("laptop"), {QStringLiteral("/admin")});
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(back), 5000);
    }

    void demotedAdminStaysAsModeratorAndTheLastAdminStays()
    {
        auto second = m_store->users().add({QStringLiteral("root2"), {}, Role::Admin, {}});
        QVERIFY(second);
        const auto console = connectAs(*second, QStringLiteral("desk"), {QStringLiteral("/admin")});
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(console), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_registry->connectionCount(second->id), 1, 2000);

        // A suspended admin is no admin anyone can sign in as: root stays the last active one.
        QVERIFY(m_moderation->suspend(actor(m_admin), second->id, QStringLiteral("away")));
        QTRY_VERIFY_WITH_TIMEOUT(!console.first()->isConnected(), 3000);
        const auto refused = m_moderation->setRole(ModerationActor::local(), m_admin.id, Role::User);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("conflict"));
        QVERIFY(m_moderation->unsuspend(actor(m_admin), second->id));

        // /admin admits moderators: a demoted admin's console stays, acting as a moderator now.
        const auto again = connectAs(*second, QStringLiteral("desk"), {QStringLiteral("/admin")});
        QTRY_VERIFY_WITH_TIMEOUT(allConnected(again), 5000);
        const auto demoted = m_moderation->setRole(actor(m_admin), second->id, Role::Moderator);
        QVERIFY(demoted);
        QCOMPARE(demoted->sockets, 0);
        QTest::qWait(200);
        QVERIFY(again.first()->isConnected());
        Socket *socket = m_registry->findSocket(again.first()->id());
        QVERIFY(socket);
        QCOMPARE(AdminExtensions::actorOf(socket).role, Role::Moderator);
        QVERIFY(m_store->users().remove(second->id));
    }
};

QTEST_MAIN(TestModeration)
#include "tst_moderation.moc"
