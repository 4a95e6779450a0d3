// The desktop app's embedded server: the whole stack on its own thread, started and stopped
// from the test's (the GUI's) thread, reached over loopback like any other client.
#include "core/client/ClientSocket.h"
#include "core/client/LocalConsoleConnection.h"
#include "core/client/Manager.h"
#include "core/server/EmbeddedServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace Qt::StringLiterals;

class TestEmbeddedServer : public QObject {
    Q_OBJECT

    static EmbeddedServer::Settings settingsFor(const QString &dataDir, quint16 port = 0)
    {
        EmbeddedServer::Settings settings;
        settings.config = ServerConfig::defaults();
        settings.config.port = port;
        settings.dataDir = dataDir;
        settings.secret = QByteArray(32, 's');
        settings.secretLocation = u"the test"_s;
        return settings;
    }

    static std::optional<Expected<QString, QString>> tokenFor(EmbeddedServer &server, const QString &username,
                                                              QObject *context)
    {
        std::optional<Expected<QString, QString>> answer;
        server.requestAccessToken(username, context,
                                  [&answer](Expected<QString, QString> token) { answer = std::move(token); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5'000))
            return std::nullopt;
        return answer;
    }

private Q_SLOTS:
    void startsCreatesTheAdminAndLetsTheLocalConsoleIn()
    {
        QTemporaryDir dir;
        EmbeddedServer server;
        QSignalSpy started(&server, &EmbeddedServer::started);
        QSignalSpy states(&server, &EmbeddedServer::stateChanged);
        server.start(settingsFor(dir.path()));
        QCOMPARE(server.state(), EmbeddedServer::State::Starting); // at once, without blocking
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10'000);
        QCOMPARE(server.state(), EmbeddedServer::State::Running);
        const EmbeddedServer::StartInfo info = server.info();
        QVERIFY(info.port != 0);
        QCOMPARE(info.url, u"http://127.0.0.1:%1"_s.arg(info.port));
        QVERIFY(info.adminCreated);
        QCOMPARE(info.generatedAdminPassword.size(), 20);
        QVERIFY2(info.secretOrigin.contains(u"the test"_s), qPrintable(info.secretOrigin));
        QVERIFY(server.startedAt().isValid());

        // The local console: a minted token for admin, then /admin over loopback.
        auto token = tokenFor(server, u"admin"_s, this);
        QVERIFY(token && token->hasValue());
        Manager::Options options;
        options.engine.url = QUrl(info.url);
        options.engine.polling = false;
        Manager manager(options);
        ClientSocket *admin = manager.socket(u"/admin"_s);
        admin->setAuth({{u"token"_s, **token}});
        QSignalSpy connected(admin, &ClientSocket::connected);
        admin->open();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 5'000);

        // The stats follow: one user, one device, one socket.
        QSignalSpy stats(&server, &EmbeddedServer::statsUpdated);
        QTRY_VERIFY_WITH_TIMEOUT(
            !stats.isEmpty() && stats.last().first().value<ServerStack::Stats>().sockets == 1, 5'000);
        const auto last = stats.last().first().value<ServerStack::Stats>();
        QCOMPARE(last.users, 1);
        QCOMPARE(last.devices, 1);
        QVERIFY(last.traffic.packetsIn > 0);

        // Stopping disconnects the console and ends the thread.
        QSignalSpy stopped(&server, &EmbeddedServer::stopped);
        QSignalSpy disconnected(admin, &ClientSocket::disconnected);
        server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10'000);
        QCOMPARE(server.state(), EmbeddedServer::State::Stopped);
        QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5'000);
        QVERIFY(!server.startedAt().isValid());
        QCOMPARE(states.size(), 4); // starting, running, stopping, stopped

        // A second start on the same data keeps the accounts.
        server.start(settingsFor(dir.path()));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 10'000);
        QVERIFY(!server.info().adminCreated);
        QVERIFY(server.info().generatedAdminPassword.isEmpty());
    }

    void theLocalConsoleFollowsStartsAndStops()
    {
        QTemporaryDir dir;
        EmbeddedServer server;
        LocalConsoleConnection console(&server, u"admin"_s);
        QSignalSpy changed(&console, &LocalConsoleConnection::socketChanged);
        QCOMPARE(console.socket(), nullptr);
        for (int round = 1; round <= 2; ++round) { // a restart gets a new connection
            server.start(settingsFor(dir.path()));
            QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2 * round - 1, 10'000);
            ClientSocket *socket = changed.last().first().value<ClientSocket *>();
            QVERIFY(socket);
            QCOMPARE(console.socket(), socket);
            QTRY_VERIFY_WITH_TIMEOUT(socket->isConnected(), 5'000);
            server.stop();
            QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2 * round, 10'000);
            QCOMPARE(changed.last().first().value<ClientSocket *>(), nullptr);
            QCOMPARE(console.socket(), nullptr);
            QTRY_COMPARE_WITH_TIMEOUT(server.state(), EmbeddedServer::State::Stopped, 10'000);
        }
    }

    void theLocalConsoleSaysWhyItCannotSignIn()
    {
        QTemporaryDir dir;
        EmbeddedServer server;
        LocalConsoleConnection console(&server, u"nobody"_s);
        QSignalSpy failed(&console, &LocalConsoleConnection::failed);
        server.start(settingsFor(dir.path()));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
        QVERIFY2(failed.first().first().toString().contains(u"nobody"_s),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(console.socket(), nullptr);
    }

    void tokensOnlyForActiveAccountsOfARunningServer()
    {
        QTemporaryDir dir;
        EmbeddedServer server;
        auto stopped = tokenFor(server, u"admin"_s, this);
        QVERIFY(stopped && !stopped->hasValue());
        QVERIFY2(stopped->error().contains(u"not running"_s), qPrintable(stopped->error()));

        QSignalSpy started(&server, &EmbeddedServer::started);
        server.start(settingsFor(dir.path()));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10'000);
        auto unknown = tokenFor(server, u"nobody"_s, this);
        QVERIFY(unknown && !unknown->hasValue());
        QVERIFY2(unknown->error().contains(u"nobody"_s), qPrintable(unknown->error()));

        // No answer once the context is gone.
        bool called = false;
        {
            QObject context;
            server.requestAccessToken(u"admin"_s, &context, [&called](auto) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
    }

    void aTakenPortFailsWithWhatToDo()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        EmbeddedServer server;
        QSignalSpy failed(&server, &EmbeddedServer::failed);
        QSignalSpy stopped(&server, &EmbeddedServer::stopped);
        server.start(settingsFor(dir.path(), blocker.serverPort()));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5'000);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QString::number(blocker.serverPort())), qPrintable(message));
        QVERIFY2(message.contains(u"another port"_s), qPrintable(message));
        QCOMPARE(server.state(), EmbeddedServer::State::Stopped);
    }

    void destroyingARunningServerStopsIt()
    {
        QTemporaryDir dir;
        quint16 port = 0;
        {
            EmbeddedServer server;
            QSignalSpy started(&server, &EmbeddedServer::started);
            server.start(settingsFor(dir.path()));
            QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10'000);
            port = server.info().port;
        }
        QTcpServer again; // the port is free again
        QVERIFY(again.listen(QHostAddress::LocalHost, port));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedServer)
#include "tst_embeddedserver.moc"
