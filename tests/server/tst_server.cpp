// Socket.IO server features, exercised in-process through our own client: dynamic namespaces,
// asynchronous middleware, catch-all handlers, fetchSockets/disconnectSockets, rooms, and the
// handshake address behind trusted proxies.
#include "core/client/ClientSocket.h"
#include "core/client/Manager.h"
#include "core/server/Server.h"
#include "core/server/Socket.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace gatehouse;

namespace {

constexpr int Timeout = 5000;

Manager::Options clientOptions(quint16 port, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    Manager::Options options;
    options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    options.engine.polling = false;
    options.engine.extraHeaders = std::move(headers);
    options.reconnection = false;
    return options;
}

} // namespace

class TestServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dynamicNamespacesInheritMiddlewareAndHandlers()
    {
        Server server;
        QStringList seen;
        Namespace &parent = server.of(QRegularExpression(QStringLiteral("^/room-\\d+$")));
        parent.use([&seen](Socket *socket, const Next &next) {
            seen.append(socket->nsp()->name());
            next();
        });
        parent.onConnection(
            [](Socket *socket) { socket->emit(QStringLiteral("hello"), {socket->nsp()->name()}); });
        const auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);

        Manager manager(clientOptions(*port));
        ClientSocket *room = manager.socket(QStringLiteral("/room-42"));
        QString hello;
        room->on(QStringLiteral("hello"),
                 [&hello](const Arguments &args, const Ack &) { hello = args.value(0).toString(); });
        room->open();
        QTRY_COMPARE_WITH_TIMEOUT(hello, QStringLiteral("/room-42"), Timeout);
        QCOMPARE(seen, QStringList {QStringLiteral("/room-42")});
        QVERIFY(server.findNamespace(QStringLiteral("/room-42")));

        ClientSocket *other = manager.socket(QStringLiteral("/room-x"));
        QSignalSpy refused(other, &ClientSocket::connectError);
        other->open();
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, Timeout);
        QCOMPARE(refused.first().first().value<ConnectError>().message, QStringLiteral("Invalid namespace"));
    }

    void middlewareMayFinishLaterAndRunsServerWideFirst()
    {
        Server server;
        QStringList order;
        server.use([&order](Socket *, const Next &next) {
            order.append(QStringLiteral("server"));
            QTimer::singleShot(50, [next] { next(); }); // e.g. a token check off the event loop
        });
        server.of(QStringLiteral("/admin")).use([&order](Socket *socket, const Next &next) {
            order.append(QStringLiteral("admin"));
            if (socket->handshake().auth.value(QStringLiteral("role")).toString()
                != QLatin1StringView("admin"))
                return next(ConnectError {QStringLiteral("admins only"),
                                          QJsonObject {{QStringLiteral("code"), 403}}});
            next();
        });
        const auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);

        Manager manager(clientOptions(*port));
        ClientSocket *admin = manager.socket(QStringLiteral("/admin"));
        admin->setAuth({{QStringLiteral("role"), QStringLiteral("user")}});
        QSignalSpy refused(admin, &ClientSocket::connectError);
        admin->open();
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, Timeout);
        QCOMPARE(order, (QStringList {QStringLiteral("server"), QStringLiteral("admin")}));
        const auto error = refused.first().first().value<ConnectError>();
        QCOMPARE(error.message, QStringLiteral("admins only"));
        QCOMPARE(error.data.toObject().value(QStringLiteral("code")).toInt(), 403);

        admin->setAuth({{QStringLiteral("role"), QStringLiteral("admin")}});
        QSignalSpy connected(admin, &ClientSocket::connected);
        admin->open();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Timeout);
    }

    void catchAllRoomsFetchAndDisconnect()
    {
        Server server;
        QStringList anyEvents;
        server.onConnection([&anyEvents](Socket *socket) {
            socket->data().insert(QStringLiteral("user"),
                                  socket->handshake().auth.value(QStringLiteral("user")).toString());
            socket->onAny([&anyEvents](const QString &event, const Arguments &, const Ack &) {
                anyEvents.append(event);
            });
            socket->on(QStringLiteral("join"), [socket](const Arguments &args, const Ack &ack) {
                socket->join(args.value(0).toString());
                ack({true});
            });
        });
        const auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);

        Manager first(clientOptions(*port));
        Manager second(clientOptions(*port));
        ClientSocket *alice = first.socket();
        ClientSocket *bob = second.socket();
        alice->setAuth({{QStringLiteral("user"), QStringLiteral("alice")}});
        bob->setAuth({{QStringLiteral("user"), QStringLiteral("bob")}});
        alice->open();
        bob->open();
        QTRY_COMPARE_WITH_TIMEOUT(server.of(QStringLiteral("/")).socketCount(), 2, Timeout);

        bool joined = false;
        alice->emitWithAck(QStringLiteral("join"), {QStringLiteral("vip")}, this,
                           [&joined](Expected<Arguments, QString> r) { joined = r.hasValue(); });
        QTRY_VERIFY_WITH_TIMEOUT(joined, Timeout);
        QCOMPARE(anyEvents, QStringList {QStringLiteral("join")});

        const QList<Socket *> vips = server.in(QStringLiteral("vip")).fetchSockets();
        QCOMPARE(vips.size(), 1);
        QCOMPARE(vips.first()->data().value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(server.except(QStringLiteral("vip")).fetchSockets().size(), 1);

        QSignalSpy aliceGone(alice, &ClientSocket::disconnected);
        QSignalSpy bobGone(bob, &ClientSocket::disconnected);
        server.in(QStringLiteral("vip")).disconnectSockets();
        QTRY_COMPARE_WITH_TIMEOUT(aliceGone.size(), 1, Timeout);
        QCOMPARE(aliceGone.first().first().toString(), QStringLiteral("io server disconnect"));
        QTest::qWait(100);
        QCOMPARE(bobGone.size(), 0);
        QCOMPARE(server.of(QStringLiteral("/")).socketCount(), 1);
    }

    void forwardedForOnlyFromTrustedProxies_data()
    {
        QTest::addColumn<QString>("trusted");
        QTest::addColumn<QByteArray>("forwardedFor");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no proxy configured: header ignored")
            << QString() << QByteArray("203.0.113.9") << QStringLiteral("127.0.0.1");
        QTest::newRow("trusted loopback proxy")
            << QStringLiteral("127.0.0.1/32") << QByteArray("203.0.113.9") << QStringLiteral("203.0.113.9");
        QTest::newRow("rightmost untrusted hop wins")
            << QStringLiteral("127.0.0.1/32") << QByteArray("198.51.100.1, 203.0.113.9")
            << QStringLiteral("203.0.113.9");
        QTest::newRow("chain of trusted proxies")
            << QStringLiteral("127.0.0.0/8") << QByteArray("203.0.113.9, 127.0.0.5")
            << QStringLiteral("203.0.113.9");
        QTest::newRow("garbage stops the walk")
            << QStringLiteral("127.0.0.1/32") << QByteArray("not-an-ip") << QStringLiteral("127.0.0.1");
    }
    void forwardedForOnlyFromTrustedProxies()
    {
        QFETCH(QString, trusted);
        QFETCH(QByteArray, forwardedFor);
        QFETCH(QString, expected);
        ServerOptions options;
        if (!trusted.isEmpty())
            options.engine.trustedProxies.append(QHostAddress::parseSubnet(trusted));
        Server server(options);
        QString address;
        server.onConnection([&address](Socket *socket) { address = socket->handshake().address.toString(); });
        const auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        Manager manager(clientOptions(*port, {{"x-forwarded-for", forwardedFor}}));
        manager.socket()->open();
        QTRY_COMPARE_WITH_TIMEOUT(address, expected, Timeout);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
