// The @socket.io/admin-ui protocol on /admin (docs/admin-ui-protocol.md), driven by the C++
// client the way the official UI drives it: password and session sign-in with the UI's exact
// refusal, the welcome sequence, live per-socket events in the reference's order, server_stats,
// and the commands, which go through moderation (permissions, forceDisconnect, audit).
#include "ModerationFixture.h"
#include "core/auth/SignInSessions.h"
#include "core/client/Manager.h"
#include "core/server/Socket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using gatehouse::test::ModerationFixture;

namespace {

const QString Password = QStringLiteral("correct horse battery");

// Everything a socket received, in order.
struct Received {
    QList<QPair<QString, Arguments>> events;

    void record(ClientSocket *socket)
    {
        socket->onAny([this](const QString &event, const Arguments &args, const Ack &) {
            events.append({event, args});
        });
    }
    qsizetype indexOf(const QString &event, qsizetype from = 0) const
    {
        for (qsizetype i = from; i < events.size(); ++i) {
            if (events.at(i).first == event)
                return i;
        }
        return -1;
    }
    QList<Arguments> all(const QString &event) const
    {
        QList<Arguments> found;
        for (const auto &[name, args] : events) {
            if (name == event)
                found.append(args);
        }
        return found;
    }
};

bool isIsoTimestamp(const QJsonValue &value)
{
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    return iso.match(value.toString()).hasMatch();
}

QString codeOf(const QSignalSpy &refused)
{
    return refused.first()
        .first()
        .value<ConnectError>()
        .data.toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

class TestAdminUi : public QObject {
    Q_OBJECT

private:
    ModerationFixture m_fx;
    User m_admin, m_moderator, m_alice;
    std::unique_ptr<QObject> m_scope;

    // Signs in as the UI does: {username, password}, and nothing else.
    ClientSocket *signIn(const User &user, const QString &password = Password, Received *received = nullptr)
    {
        Manager::Options options;
        options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_fx.port()));
        options.reconnection = false;
        auto *manager = new Manager(options, m_scope.get());
        ClientSocket *socket = manager->socket(QStringLiteral("/admin"));
        if (received)
            received->record(socket);
        socket->setAuth(
            {{QStringLiteral("username"), user.username}, {QStringLiteral("password"), password}});
        socket->open();
        return socket;
    }
    Socket *serverSocket(ClientSocket *client)
    {
        return m_fx.moderation().registry().findSocket(client->id());
    }

private Q_SLOTS:
    void initTestCase()
    {
        ModerationFixture::Options options;
        options.adminUi.statsIntervalMs = 300;
        options.adminUi.serverId = QStringLiteral("test-server");
        QVERIFY(m_fx.start(options));
        m_fx.server().of(QStringLiteral("/chat"));
        m_admin = m_fx.addUser(QStringLiteral("root"), Role::Admin, Password);
        m_moderator = m_fx.addUser(QStringLiteral("mod"), Role::Moderator, Password);
        m_alice = m_fx.addUser(QStringLiteral("alice"), Role::User, Password);
    }

    void init() { m_scope = std::make_unique<QObject>(); }
    void cleanup()
    {
        m_scope.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.moderation().registry().socketCount(), 0, 5000);
        m_fx.auth().throttle().recordSuccess(QStringLiteral("mod"));
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("auth");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        const auto credentials = [](const QString &username, const QString &password) {
            return QJsonObject {{QStringLiteral("username"), username},
                                {QStringLiteral("password"), password}};
        };
        const QString invalid = QStringLiteral("invalid credentials");
        QTest::newRow("wrong password") << credentials(QStringLiteral("mod"), QStringLiteral("nope"))
                                        << invalid << QStringLiteral("invalid_credentials");
        QTest::newRow("unknown user") << credentials(QStringLiteral("nobody"), Password) << invalid
                                      << QStringLiteral("invalid_credentials");
        QTest::newRow("empty password, as the UI may send")
            << credentials(QStringLiteral("mod"), QString()) << invalid
            << QStringLiteral("invalid_credentials");
        QTest::newRow("unknown session") << QJsonObject {{QStringLiteral("sessionId"), QString(32, u'a')}}
                                         << invalid << QStringLiteral("invalid_credentials");
        QTest::newRow("no session, as after a reload with the reference")
            << QJsonObject {{QStringLiteral("sessionId"), QJsonValue()}} << invalid
            << QStringLiteral("invalid_credentials");
        QTest::newRow("a user who is no moderator")
            << credentials(QStringLiteral("alice"), Password) << QStringLiteral("Forbidden")
            << QStringLiteral("forbidden");
    }
    void refusals()
    {
        QFETCH(QJsonObject, auth);
        QFETCH(QString, message);
        QFETCH(QString, code);
        ClientSocket *socket = m_fx.connect(m_scope.get(), QStringLiteral("/admin"), auth);
        QSignalSpy refused(socket, &ClientSocket::connectError);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
        // Exactly this text: the UI matches it to reopen its sign-in form.
        QCOMPARE(refused.first().first().value<ConnectError>().message, message);
        QCOMPARE(codeOf(refused), code);
    }

    void passwordsElsewhereAreIgnored()
    {
        // Only /admin takes passwords; on "/" a socket without a token is asked for one.
        ClientSocket *socket = m_fx.connect(
            m_scope.get(), QStringLiteral("/"),
            {{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("password"), Password}});
        QSignalSpy refused(socket, &ClientSocket::connectError);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
        QCOMPARE(codeOf(refused), QStringLiteral("no_token"));
    }

    void welcomeAfterConnect()
    {
        // Secrets in headers, too: the UI lists headers, so these must not reach it.
        Manager::Options options;
        options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_fx.port()));
        options.engine.polling = false;
        options.engine.extraHeaders
            = {{"authorization", "Bearer not-for-the-ui"}, {"cookie", "gatehouse_session=secret"}};
        options.reconnection = false;
        ClientSocket *alice = (new Manager(options, m_scope.get()))->socket(QStringLiteral("/"));
        alice->setAuth({{QStringLiteral("token"), m_fx.tokenFor(m_alice)},
                        {QStringLiteral("deviceId"), QStringLiteral("laptop")}});
        alice->open();
        QTRY_VERIFY_WITH_TIMEOUT(alice->isConnected(), 5000);
        Received received;
        ClientSocket *ui = signIn(m_moderator, Password, &received);
        QTRY_VERIFY_WITH_TIMEOUT(received.indexOf(QStringLiteral("server_stats")) >= 0, 5000);

        // session, config, all_sockets, server_stats: in this order, all after the CONNECT.
        QCOMPARE(received.events.at(0).first, QStringLiteral("session"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                    .match(received.events.at(0).second.value(0).toString())
                    .hasMatch());
        const qsizetype config = received.indexOf(QStringLiteral("config"));
        const qsizetype all = received.indexOf(QStringLiteral("all_sockets"));
        QVERIFY(0 < config && config < all && all < received.indexOf(QStringLiteral("server_stats")));
        const QJsonArray features = received.events.at(config)
                                        .second.value(0)
                                        .toObject()
                                        .value(QStringLiteral("supportedFeatures"))
                                        .toArray();
        for (const char *feature :
             {"DISCONNECT", "MDISCONNECT", "JOIN", "LEAVE", "EMIT", "AGGREGATED_EVENTS", "ALL_EVENTS"})
            QVERIFY2(features.contains(QString::fromLatin1(feature)), feature);

        // all_sockets: every namespace, the UI's own socket included, serialized as the UI wants.
        const QJsonArray sockets = received.events.at(all).second.value(0).toJson().toArray();
        QJsonObject aliceJson, uiJson;
        for (const QJsonValue &value : sockets) {
            const QJsonObject socket = value.toObject();
            if (socket.value(QStringLiteral("id")).toString() == alice->id())
                aliceJson = socket;
            if (socket.value(QStringLiteral("id")).toString() == ui->id())
                uiJson = socket;
        }
        QVERIFY(!aliceJson.isEmpty() && !uiJson.isEmpty());
        QCOMPARE(uiJson.value(QStringLiteral("nsp")).toString(), QStringLiteral("/admin"));
        QCOMPARE(aliceJson.value(QStringLiteral("nsp")).toString(), QStringLiteral("/"));
        QCOMPARE(aliceJson.value(QStringLiteral("transport")).toString(), QStringLiteral("websocket"));
        QCOMPARE(aliceJson.value(QStringLiteral("clientId")).toString().size(), 12);
        const QJsonArray rooms = aliceJson.value(QStringLiteral("rooms")).toArray();
        QVERIFY(rooms.contains(alice->id()));
        QVERIFY(rooms.contains(QJsonValue(QStringLiteral("user:") + m_alice.id)));
        QVERIFY(rooms.contains(QStringLiteral("device:laptop")));
        QCOMPARE(aliceJson.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("username"))
                     .toString(),
                 QStringLiteral("alice"));
        const QJsonObject handshake = aliceJson.value(QStringLiteral("handshake")).toObject();
        QVERIFY(handshake.value(QStringLiteral("issued")).toDouble() > 1.7e12);
        QVERIFY(handshake.value(QStringLiteral("headers")).isObject());
        QVERIFY(handshake.value(QStringLiteral("query")).toObject().contains(QStringLiteral("EIO")));
        QVERIFY(!handshake.contains(QStringLiteral("auth"))); // it holds tokens and passwords
        QVERIFY(!QJsonDocument(sockets).toJson().contains(Password.toUtf8()));
        const QJsonObject headers = handshake.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("authorization")).toString(), QStringLiteral("[redacted]"));
        QCOMPARE(headers.value(QStringLiteral("cookie")).toString(), QStringLiteral("[redacted]"));
        QVERIFY(!QJsonDocument(sockets).toJson().contains("not-for-the-ui"));

        const QJsonObject stats = received.all(QStringLiteral("server_stats")).first().value(0).toObject();
        QCOMPARE(stats.value(QStringLiteral("serverId")).toString(), QStringLiteral("test-server"));
        QCOMPARE(stats.value(QStringLiteral("clientsCount")).toInt(), 2);
        // The UI's own connection may still be polling; alice's went straight to WebSocket.
        QVERIFY(stats.value(QStringLiteral("pollingClientsCount")).toInt() <= 1);
        QVERIFY(stats.value(QStringLiteral("uptime")).toDouble() > 0);
        QVERIFY(stats.value(QStringLiteral("aggregatedEvents")).isArray());
        QHash<QString, int> counts;
        for (const QJsonValue &nsp : stats.value(QStringLiteral("namespaces")).toArray())
            counts.insert(nsp[QStringLiteral("name")].toString(),
                          nsp[QStringLiteral("socketsCount")].toInt());
        QCOMPARE(counts.value(QStringLiteral("/")), 1);
        QCOMPARE(counts.value(QStringLiteral("/admin")), 1);
        QVERIFY(counts.contains(QStringLiteral("/chat"))); // empty namespaces are listed too

        // Then every 300 ms here (2 s by default).
        QTRY_VERIFY_WITH_TIMEOUT(received.all(QStringLiteral("server_stats")).size() >= 3, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(received.all(QStringLiteral("server_stats"))
                                      .last()
                                      .value(0)
                                      .toObject()
                                      .value(QStringLiteral("pollingClientsCount"))
                                      .toInt(),
                                  0, 5000);

        // The sign-in is in the audit log, and the password check is the login API's.
        const auto audit = m_fx.store().audit().query({});
        QVERIFY(audit);
        QVERIFY(std::any_of(audit->cbegin(), audit->cend(), [&](const AuditEntry &entry) {
            return entry.type == QLatin1StringView("login.succeeded") && entry.userId == m_moderator.id;
        }));
    }

    void sessionResumesWithoutPassword()
    {
        Received first;
        ClientSocket *ui = signIn(m_moderator, Password, &first);
        QTRY_VERIFY_WITH_TIMEOUT(first.indexOf(QStringLiteral("session")) >= 0, 5000);
        const QString session
            = first.events.at(first.indexOf(QStringLiteral("session"))).second.value(0).toString();
        ui->close();

        // The page reloads: only the session id comes back.
        Received second;
        ClientSocket *again
            = m_fx.connect(m_scope.get(), QStringLiteral("/admin"), {{QStringLiteral("sessionId"), session}});
        second.record(again);
        QTRY_VERIFY_WITH_TIMEOUT(again->isConnected(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(second.indexOf(QStringLiteral("all_sockets")) >= 0, 5000);
        QCOMPARE(second.indexOf(QStringLiteral("session")), -1); // the old one stays valid
        QCOMPARE(HandshakeAuthenticator::signInSource(serverSocket(again)), QStringLiteral("session"));

        // A suspended moderator's session is refused like any handshake.
        QVERIFY(m_fx.moderation().moderation().suspend(ModerationActor::local(), m_moderator.id,
                                                       QStringLiteral("test")));
        QTRY_VERIFY_WITH_TIMEOUT(!again->isConnected(), 5000);
        ClientSocket *third
            = m_fx.connect(m_scope.get(), QStringLiteral("/admin"), {{QStringLiteral("sessionId"), session}});
        QSignalSpy refused(third, &ClientSocket::connectError);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
        QCOMPARE(codeOf(refused), QStringLiteral("account_suspended"));
        QVERIFY(m_fx.moderation().moderation().unsuspend(ModerationActor::local(), m_moderator.id));
    }

    void liveEventsInTheReferenceOrder()
    {
        Received received;
        ClientSocket *ui = signIn(m_admin, Password, &received);
        QTRY_VERIFY_WITH_TIMEOUT(received.indexOf(QStringLiteral("all_sockets")) >= 0, 5000);
        // Polling first, so that the upgrade shows as socket_updated.
        ClientSocket *alice = m_fx.connect(m_scope.get(), QStringLiteral("/"),
                                           {{QStringLiteral("token"), m_fx.tokenFor(m_alice)},
                                            {QStringLiteral("deviceId"), QStringLiteral("phone")}},
                                           true);
        QTRY_VERIFY_WITH_TIMEOUT(alice->isConnected(), 5000);
        const QString aliceId = alice->id();
        QTRY_VERIFY_WITH_TIMEOUT(received.indexOf(QStringLiteral("socket_connected")) >= 0, 5000);
        const Arguments connected = received.all(QStringLiteral("socket_connected")).first();
        QCOMPARE(connected.value(0).toObject().value(QStringLiteral("id")).toString(), aliceId);
        QVERIFY(isIsoTimestamp(connected.value(1).toJson()));
        // Rooms joined while connecting travel inside socket_connected, not as room_joined.
        const auto roomsJoinedBy = [&](const QString &id) {
            QStringList rooms;
            for (const Arguments &args : received.all(QStringLiteral("room_joined"))) {
                if (args.value(2).toString() == id)
                    rooms.append(args.value(1).toString());
            }
            return rooms;
        };
        QCOMPARE(roomsJoinedBy(aliceId), QStringList());

        const auto updateOf = [&](const QString &id) {
            for (const Arguments &args : received.all(QStringLiteral("socket_updated"))) {
                if (args.value(0).toObject().value(QStringLiteral("id")).toString() == id)
                    return args.value(0).toObject();
            }
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!updateOf(aliceId).isEmpty(), 5000);
        const QJsonObject updated = updateOf(aliceId);
        QCOMPARE(updated,
                 (QJsonObject {{QStringLiteral("id"), aliceId},
                               {QStringLiteral("nsp"), QStringLiteral("/")},
                               {QStringLiteral("transport"), QStringLiteral("websocket")}}));

        // join / leave from the UI: (nsp, room, filter = the socket's id).
        ui->emit(QStringLiteral("join"), {QStringLiteral("/"), QStringLiteral("lobby"), aliceId});
        QTRY_COMPARE_WITH_TIMEOUT(roomsJoinedBy(aliceId), QStringList {QStringLiteral("lobby")}, 5000);
        QVERIFY(m_fx.server()
                    .of(QStringLiteral("/"))
                    .adapter()
                    .rooms(serverSocket(alice))
                    .contains(QStringLiteral("lobby")));

        // Gone: socket_disconnected first, then one room_left per room, its own id room included.
        alice->close();
        QTRY_VERIFY_WITH_TIMEOUT(received.all(QStringLiteral("room_left")).size() >= 4, 5000);
        const qsizetype gone = received.indexOf(QStringLiteral("socket_disconnected"));
        QVERIFY(gone >= 0);
        QCOMPARE(received.events.at(gone).second.mid(0, 3),
                 (Arguments {QStringLiteral("/"), aliceId, QStringLiteral("client namespace disconnect")}));
        QSet<QString> left;
        for (qsizetype i = received.indexOf(QStringLiteral("room_left")); i >= 0;
             i = received.indexOf(QStringLiteral("room_left"), i + 1)) {
            QVERIFY2(i > gone, "room_left before socket_disconnected");
            left.insert(received.events.at(i).second.value(1).toString());
        }
        QCOMPARE(left,
                 (QSet<QString> {aliceId, QStringLiteral("lobby"), QStringLiteral("user:") + m_alice.id,
                                 QStringLiteral("device:phone")}));

        // Traffic and connections show in the aggregated events.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QSet<QString> types;
                for (const Arguments &stats : received.all(QStringLiteral("server_stats"))) {
                    for (const QJsonValue &event :
                         stats.value(0).toObject().value(QStringLiteral("aggregatedEvents")).toArray())
                        types.insert(event[QStringLiteral("type")].toString());
                }
                return types.contains(QStringLiteral("rawConnection"))
                    && types.contains(QStringLiteral("rawDisconnection"))
                    && types.contains(QStringLiteral("bytesOut"))
                    && types.contains(QStringLiteral("bytesIn"));
            }(),
            5000);
    }

    void disconnectCommand_data()
    {
        QTest::addColumn<QString>("nsp");
        QTest::addColumn<bool>("close");
        QTest::addColumn<QString>("filter"); // "alice": alice's socket id on that namespace
        QTest::addColumn<QStringList>("gone"); // of alice-main, alice-chat, bob
        QTest::newRow("one socket") << QStringLiteral("/") << false << QStringLiteral("alice")
                                    << QStringList {QStringLiteral("alice-main")};
        QTest::newRow("one client: its other namespaces too")
            << QStringLiteral("/") << true << QStringLiteral("alice")
            << QStringList {QStringLiteral("alice-main"), QStringLiteral("alice-chat")};
        QTest::newRow("a room") << QStringLiteral("/") << false << QStringLiteral("lobby")
                                << QStringList {QStringLiteral("alice-main"), QStringLiteral("bob")};
        QTest::newRow("a whole namespace")
            << QStringLiteral("/chat") << false << QString() << QStringList {QStringLiteral("alice-chat")};
        QTest::newRow("an unknown namespace is not created")
            << QStringLiteral("/nowhere") << false << QString() << QStringList {};
    }
    void disconnectCommand()
    {
        QFETCH(QString, nsp);
        QFETCH(bool, close);
        QFETCH(QString, filter);
        QFETCH(QStringList, gone);
        const User bob = m_fx.store()
                             .users()
                             .findByUsername(QStringLiteral("bob"))
                             .value()
                             .value_or(m_fx.addUser(QStringLiteral("bob"), Role::User));
        ClientSocket *ui = signIn(m_moderator);
        QTRY_VERIFY_WITH_TIMEOUT(ui->isConnected(), 5000);
        QHash<QString, ClientSocket *> sockets;
        sockets.insert(QStringLiteral("alice-main"),
                       m_fx.connectAs(m_scope.get(), m_alice, QStringLiteral("/")));
        ClientSocket *aliceChat
            = sockets.value(QStringLiteral("alice-main"))->manager()->socket(QStringLiteral("/chat"));
        aliceChat->setAuth({{QStringLiteral("token"), m_fx.tokenFor(m_alice)}});
        aliceChat->open();
        sockets.insert(QStringLiteral("alice-chat"), aliceChat);
        sockets.insert(QStringLiteral("bob"), m_fx.connectAs(m_scope.get(), bob, QStringLiteral("/")));
        for (ClientSocket *socket : std::as_const(sockets))
            QTRY_VERIFY_WITH_TIMEOUT(socket->isConnected(), 5000);
        serverSocket(sockets.value(QStringLiteral("alice-main")))->join(QStringLiteral("lobby"));
        serverSocket(sockets.value(QStringLiteral("bob")))->join(QStringLiteral("lobby"));

        const QString target = filter == QLatin1StringView("alice")
            ? (nsp == QLatin1StringView("/chat") ? aliceChat->id()
                                                 : sockets.value(QStringLiteral("alice-main"))->id())
            : filter;
        ui->emit(QStringLiteral("_disconnect"),
                 {nsp, close, target.isEmpty() ? Argument(QJsonValue()) : Argument(target)});
        for (const QString &name : std::as_const(gone)) {
            ClientSocket *socket = sockets.value(name);
            QTRY_VERIFY2_WITH_TIMEOUT(!socket->isConnected(), qPrintable(name), 5000);
            // A kick: the notice first, and the client does not come back by itself.
            QCOMPARE(socket->forcedDisconnectNotice().value(QStringLiteral("code")).toString(),
                     QStringLiteral("kicked"));
            QCOMPARE(socket->forcedDisconnectNotice().value(QStringLiteral("by")).toString(),
                     QStringLiteral("mod"));
            QVERIFY(!socket->isActive());
        }
        QTest::qWait(300);
        for (auto it = sockets.cbegin(); it != sockets.cend(); ++it) {
            if (!gone.contains(it.key()))
                QVERIFY2(it.value()->isConnected(), qPrintable(it.key()));
        }
        QVERIFY(ui->isConnected());
        QCOMPARE(m_fx.server().findNamespace(QStringLiteral("/nowhere")), nullptr);
    }

    void moderatorsCannotTouchAdmins()
    {
        ClientSocket *ui = signIn(m_moderator);
        ClientSocket *admin = m_fx.connectAs(m_scope.get(), m_admin, QStringLiteral("/"));
        ClientSocket *alice = m_fx.connectAs(m_scope.get(), m_alice, QStringLiteral("/"));
        QTRY_VERIFY_WITH_TIMEOUT(ui->isConnected() && admin->isConnected() && alice->isConnected(), 5000);
        QStringList adminGot, aliceGot;
        admin->on(QStringLiteral("notice"),
                  [&](const Arguments &args, const Ack &) { adminGot.append(args.value(0).toString()); });
        alice->on(QStringLiteral("notice"),
                  [&](const Arguments &args, const Ack &) { aliceGot.append(args.value(0).toString()); });

        ui->emit(QStringLiteral("emit"),
                 {QStringLiteral("/"), QJsonValue(), QStringLiteral("notice"), QStringLiteral("hello")});
        ui->emit(QStringLiteral("_disconnect"), {QStringLiteral("/"), false, admin->id()});
        ui->emit(QStringLiteral("join"), {QStringLiteral("/"), QStringLiteral("jail"), admin->id()});
        QTRY_COMPARE_WITH_TIMEOUT(aliceGot, QStringList {QStringLiteral("hello")}, 5000);
        QTest::qWait(300);
        QVERIFY(adminGot.isEmpty());
        QVERIFY(admin->isConnected());
        QVERIFY(!m_fx.server()
                     .of(QStringLiteral("/"))
                     .adapter()
                     .rooms(serverSocket(admin))
                     .contains(QStringLiteral("jail")));

        // The emit was recorded, with who did it.
        const auto audit = m_fx.store().audit().query({});
        QVERIFY(audit);
        const auto emitted = std::find_if(audit->cbegin(), audit->cend(), [](const AuditEntry &entry) {
            return entry.type == QLatin1StringView("admin_ui.emit");
        });
        QVERIFY(emitted != audit->cend());
        QCOMPARE(emitted->actorId, m_moderator.id);
        QCOMPARE(emitted->details.value(QStringLiteral("sockets")).toInt(), 1);
    }

    void reservedRoomsAndEventsAreRefused()
    {
        ClientSocket *ui = signIn(m_admin);
        ClientSocket *alice
            = m_fx.connectAs(m_scope.get(), m_alice, QStringLiteral("/"), QStringLiteral("laptop"));
        QTRY_VERIFY_WITH_TIMEOUT(ui->isConnected() && alice->isConnected(), 5000);
        int fakes = 0;
        alice->on(QStringLiteral("forceDisconnect"), [&](const Arguments &, const Ack &) { ++fakes; });
        const QString userRoom = QStringLiteral("user:") + m_alice.id;
        ui->emit(QStringLiteral("leave"), {QStringLiteral("/"), userRoom, alice->id()});
        ui->emit(QStringLiteral("leave"), {QStringLiteral("/"), alice->id(), alice->id()});
        ui->emit(QStringLiteral("join"), {QStringLiteral("/"), QStringLiteral("device:stolen"), alice->id()});
        ui->emit(QStringLiteral("emit"),
                 {QStringLiteral("/"), alice->id(), QStringLiteral("forceDisconnect"), QJsonObject {}});
        QTest::qWait(400);
        const QSet<QString> rooms
            = m_fx.server().of(QStringLiteral("/")).adapter().rooms(serverSocket(alice));
        QVERIFY(rooms.contains(userRoom));
        QVERIFY(rooms.contains(alice->id()));
        QVERIFY(!rooms.contains(QStringLiteral("device:stolen")));
        QCOMPARE(fakes, 0);
        QVERIFY(alice->isConnected());
    }

    void tokenConsolesGetNoAdminUiTraffic()
    {
        Received console, optedIn;
        ClientSocket *plain = m_fx.connectAs(m_scope.get(), m_admin, QStringLiteral("/admin"));
        console.record(plain);
        ClientSocket *ui = m_fx.connectAs(m_scope.get(), m_admin, QStringLiteral("/admin"), {},
                                          {{QStringLiteral("adminUi"), true}});
        optedIn.record(ui);
        QTRY_VERIFY_WITH_TIMEOUT(plain->isConnected() && ui->isConnected(), 5000);
        ClientSocket *alice = m_fx.connectAs(m_scope.get(), m_alice, QStringLiteral("/"));
        QTRY_VERIFY_WITH_TIMEOUT(alice->isConnected(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(optedIn.indexOf(QStringLiteral("socket_connected")) >= 0, 5000);
        QVERIFY(optedIn.indexOf(QStringLiteral("config")) >= 0);
        QTest::qWait(700); // two stats periods
        QVERIFY2(console.events.isEmpty(), qPrintable(console.events.value(0).first));
    }

    void readOnlyAnnouncesAndAcceptsNoCommand()
    {
        ModerationFixture readOnly;
        ModerationFixture::Options options;
        options.adminUi.readOnly = true;
        QVERIFY(readOnly.start(options));
        const User admin = readOnly.addUser(QStringLiteral("root"), Role::Admin);
        const User alice = readOnly.addUser(QStringLiteral("alice"), Role::User);
        Received received;
        ClientSocket *ui = readOnly.connectAs(m_scope.get(), admin, QStringLiteral("/admin"), {},
                                              {{QStringLiteral("adminUi"), true}});
        received.record(ui);
        ClientSocket *victim = readOnly.connectAs(m_scope.get(), alice, QStringLiteral("/"));
        QTRY_VERIFY_WITH_TIMEOUT(ui->isConnected() && victim->isConnected(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(received.indexOf(QStringLiteral("config")) >= 0, 5000);
        QCOMPARE(received.all(QStringLiteral("config"))
                     .first()
                     .value(0)
                     .toObject()
                     .value(QStringLiteral("supportedFeatures"))
                     .toArray(),
                 (QJsonArray {QStringLiteral("AGGREGATED_EVENTS"), QStringLiteral("ALL_EVENTS")}));
        ui->emit(QStringLiteral("_disconnect"), {QStringLiteral("/"), true, victim->id()});
        QTest::qWait(400);
        QVERIFY(victim->isConnected());
        m_scope.reset(); // before the fixture goes
        m_scope = std::make_unique<QObject>();
        QTRY_COMPARE_WITH_TIMEOUT(readOnly.moderation().registry().socketCount(), 0, 5000);
    }

    void signInSessionsExpireAndAreBounded()
    {
        ManualClock clock;
        SignInSessions sessions(&clock, std::chrono::hours(1), 2);
        const QString a = sessions.create(QStringLiteral("u1"));
        QCOMPARE(sessions.userOf(a), std::optional<QString>(QStringLiteral("u1")));
        clock.advance(59 * 60 * 1000);
        QVERIFY(sessions.userOf(a).has_value());
        clock.advance(60 * 1000);
        QVERIFY(!sessions.userOf(a).has_value()); // ended after exactly one hour
        const QString b = sessions.create(QStringLiteral("u1"));
        clock.advance(1);
        const QString c = sessions.create(QStringLiteral("u2"));
        const QString d = sessions.create(QStringLiteral("u2")); // over capacity: b, the oldest, goes
        QVERIFY(!sessions.userOf(b).has_value());
        QVERIFY(sessions.userOf(c).has_value() && sessions.userOf(d).has_value());
        sessions.endAllOf(QStringLiteral("u2"));
        QCOMPARE(sessions.size(), 0);
        QVERIFY(!sessions.userOf(QString()).has_value());
    }
};

QTEST_MAIN(TestAdminUi)
#include "tst_adminui.moc"
