// Our C++ client against a real server, in the three transport modes of socket.io-client:
// polling then upgrade, WebSocket only, polling only. The server command comes from
// GATEHOUSE_INTEROP_SERVER: the Node reference (npm socket.io 4.8.4, tests/interop) or our own
// gatehouse-interop-server; both follow the same spec.
#include "core/client/ClientSocket.h"
#include "core/client/Manager.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace gatehouse;

namespace {

constexpr int Timeout = 5000;

// A server process that prints "LISTENING <port>" when ready.
class ServerProcess {
public:
    ~ServerProcess() { stop(); }

    bool start(quint16 port = 0)
    {
        const QStringList command
            = qEnvironmentVariable("GATEHOUSE_INTEROP_SERVER").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (command.isEmpty())
            return false;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(command.first(),
                         command.mid(1) << QStringLiteral("--port") << QString::number(port));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10'000) {
            if (!m_process->waitForReadyRead(100) && m_process->state() == QProcess::NotRunning)
                return false;
            output += m_process->readAllStandardOutput();
            const qsizetype at = output.indexOf("LISTENING ");
            const qsizetype end = output.indexOf('\n', at);
            if (at >= 0 && end > at) {
                m_port = static_cast<quint16>(output.mid(at + 10, end - at - 10).trimmed().toUInt());
                return m_port != 0;
            }
        }
        return false;
    }
    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(3000))
            m_process->kill();
        m_process->waitForFinished(1000);
        m_process.reset();
    }
    quint16 port() const { return m_port; }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// A free port below Linux's ephemeral range, so a reconnecting client never connects to itself.
quint16 freeFixedPort()
{
    for (int i = 0; i < 50; ++i) {
        const auto port = static_cast<quint16>(QRandomGenerator::global()->bounded(20000, 32000));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

Manager::Options optionsFor(const QString &mode, quint16 port)
{
    Manager::Options options;
    options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    options.engine.polling = mode != QLatin1StringView("websocket");
    options.engine.websocket = mode != QLatin1StringView("polling");
    options.reconnection = false;
    return options;
}

} // namespace

class TestClientInterop : public QObject {
    Q_OBJECT

private:
    static void modes()
    {
        QTest::addColumn<QString>("mode");
        for (const char *mode : {"default", "websocket", "polling"})
            QTest::newRow(mode) << QString::fromLatin1(mode);
    }

    // Connects a socket and returns the server's welcome object.
    static QJsonObject connectAndWelcome(ClientSocket *socket)
    {
        QJsonObject welcome;
        socket->on(QStringLiteral("welcome"),
                   [&welcome](const Arguments &args, const Ack &) { welcome = args.value(0).toObject(); });
        socket->open();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!welcome.isEmpty(), Timeout); }();
        socket->off(QStringLiteral("welcome"));
        return welcome;
    }

    ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("GATEHOUSE_INTEROP_SERVER"))
            QSKIP("GATEHOUSE_INTEROP_SERVER is not set");
        QVERIFY2(m_server.start(), "the interop server did not start");
    }

    void connectsWithAuthQueryAndHeaders_data() { modes(); }
    void connectsWithAuthQueryAndHeaders()
    {
        QFETCH(QString, mode);
        Manager::Options options = optionsFor(mode, m_server.port());
        options.engine.query.addQueryItem(QStringLiteral("x"), QStringLiteral("42"));
        options.engine.extraHeaders = {{"x-clientid", "desk-7"}};
        Manager manager(options);
        ClientSocket *socket = manager.socket();
        int authCalls = 0;
        socket->setAuthProvider([&authCalls] {
            ++authCalls;
            return QJsonObject {{QStringLiteral("token"), QStringLiteral("good")},
                                {QStringLiteral("n"), authCalls}};
        });
        const QJsonObject welcome = connectAndWelcome(socket);
        QVERIFY(socket->isConnected());
        QCOMPARE(welcome.value(QStringLiteral("sid")).toString(), socket->id());
        QCOMPARE(welcome.value(QStringLiteral("nsp")).toString(), QStringLiteral("/"));
        QCOMPARE(welcome.value(QStringLiteral("auth")).toObject(),
                 (QJsonObject {{QStringLiteral("token"), QStringLiteral("good")}, {QStringLiteral("n"), 1}}));
        QCOMPARE(welcome.value(QStringLiteral("query")).toObject().value(QStringLiteral("x")).toString(),
                 QStringLiteral("42"));
        QCOMPARE(welcome.value(QStringLiteral("clientid")).toString(), QStringLiteral("desk-7"));
        const QString expected
            = mode == QLatin1StringView("polling") ? QStringLiteral("polling") : QStringLiteral("websocket");
        QTRY_COMPARE_WITH_TIMEOUT(manager.engine()->transportName(), expected, Timeout);
    }

    void acksBothWays_data() { modes(); }
    void acksBothWays()
    {
        QFETCH(QString, mode);
        Manager manager(optionsFor(mode, m_server.port()));
        ClientSocket *socket = manager.socket();
        connectAndWelcome(socket);

        std::optional<Expected<Arguments, QString>> echoed;
        const QJsonObject object {{QStringLiteral("z"), 1},
                                  {QStringLiteral("a"), QJsonArray {true, QStringLiteral("\u2028")}}};
        socket->emitWithAck(QStringLiteral("echo"), {1, QStringLiteral("two"), object}, this,
                            [&echoed](Expected<Arguments, QString> result) { echoed = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(echoed.has_value(), Timeout);
        QVERIFY2(echoed->hasValue(), qPrintable(echoed->hasValue() ? QString() : echoed->error()));
        QCOMPARE(echoed->value().size(), 3);
        QCOMPARE(echoed->value().at(0).toJson().toInt(), 1);
        QCOMPARE(echoed->value().at(1).toString(), QStringLiteral("two"));
        QCOMPARE(echoed->value().at(2).toObject(), object);

        // The server asks us; our ack travels back inside its ack.
        socket->on(QStringLiteral("question"), [](const Arguments &args, const Ack &ack) {
            ack({QString(QStringLiteral("yes to ") + args.value(0).toString())});
        });
        std::optional<Expected<Arguments, QString>> answer;
        socket->emitWithAck(QStringLiteral("ask"), {QStringLiteral("tea?")}, this,
                            [&answer](Expected<Arguments, QString> result) { answer = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), Timeout);
        QVERIFY(answer->hasValue());
        QCOMPARE(answer->value().value(0).toObject().value(QStringLiteral("answer")).toString(),
                 QStringLiteral("yes to tea?"));

        // An event without ack comes back as an event.
        QString echoedEvent;
        socket->on(QStringLiteral("echo"), [&echoedEvent](const Arguments &args, const Ack &) {
            echoedEvent = args.value(0).toString();
        });
        socket->emit(QStringLiteral("echo"), {QStringLiteral("ping")});
        QTRY_COMPARE_WITH_TIMEOUT(echoedEvent, QStringLiteral("ping"), Timeout);
    }

    void ackTimesOut()
    {
        Manager manager(optionsFor(QStringLiteral("websocket"), m_server.port()));
        ClientSocket *socket = manager.socket();
        connectAndWelcome(socket);
        std::optional<Expected<Arguments, QString>> result;
        // "join" without a room still acks; "unknown-event" never does.
        socket->emitWithAck(
            QStringLiteral("unknown-event"), {}, this,
            [&result](Expected<Arguments, QString> r) { result = std::move(r); }, 200);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), Timeout);
        QVERIFY(!result->hasValue());
        QCOMPARE(result->error(), QStringLiteral("operation has timed out"));
    }

    void binaryRoundTrip_data() { modes(); }
    void binaryRoundTrip()
    {
        QFETCH(QString, mode);
        Manager manager(optionsFor(mode, m_server.port()));
        ClientSocket *socket = manager.socket();
        connectAndWelcome(socket);
        QByteArray bytes;
        for (int i = 0; i < 256; ++i)
            bytes.append(static_cast<char>(i));
        const QByteArray large(150 * 1024, '\x7f');
        std::optional<Expected<Arguments, QString>> echoed;
        socket->emitWithAck(
            QStringLiteral("echo"),
            {Argument::fromBinary(bytes), QStringLiteral("between"), Argument::fromBinary(large)}, this,
            [&echoed](Expected<Arguments, QString> result) { echoed = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(echoed.has_value(), Timeout);
        QVERIFY(echoed->hasValue());
        QCOMPARE(echoed->value().size(), 3);
        QVERIFY(echoed->value().at(0).isBinary());
        QCOMPARE(echoed->value().at(0).binary(), bytes);
        QCOMPARE(echoed->value().at(1).toString(), QStringLiteral("between"));
        QCOMPARE(echoed->value().at(2).binary(), large);
    }

    void multiplexesNamespaces_data() { modes(); }
    void multiplexesNamespaces()
    {
        QFETCH(QString, mode);
        Manager manager(optionsFor(mode, m_server.port()));
        ClientSocket *main = manager.socket(QStringLiteral("/"));
        ClientSocket *custom = manager.socket(QStringLiteral("/custom"));
        QCOMPARE(connectAndWelcome(main).value(QStringLiteral("nsp")).toString(), QStringLiteral("/"));
        QCOMPARE(connectAndWelcome(custom).value(QStringLiteral("nsp")).toString(),
                 QStringLiteral("/custom"));
        QVERIFY(main->id() != custom->id());

        int mainBroadcasts = 0;
        QString customBroadcast;
        main->on(QStringLiteral("broadcast"),
                 [&mainBroadcasts](const Arguments &, const Ack &) { ++mainBroadcasts; });
        custom->on(QStringLiteral("broadcast"), [&customBroadcast](const Arguments &args, const Ack &) {
            customBroadcast = args.value(0).toString();
        });
        custom->emit(QStringLiteral("everyone"), {QStringLiteral("only /custom")});
        QTRY_COMPARE_WITH_TIMEOUT(customBroadcast, QStringLiteral("only /custom"), Timeout);
        QTest::qWait(200);
        QCOMPARE(mainBroadcasts, 0);

        // Leaving one namespace keeps the shared connection for the other.
        custom->close();
        QVERIFY(!custom->isConnected());
        QTest::qWait(100);
        QVERIFY(main->isConnected());
        QVERIFY(manager.isOpen());
    }

    void connectErrors_data()
    {
        QTest::addColumn<QString>("nsp");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QJsonValue>("data");
        QTest::newRow("server-wide middleware")
            << QStringLiteral("/") << QStringLiteral("bad") << QStringLiteral("invalid token")
            << QJsonValue(QJsonObject {{QStringLiteral("reason"), QStringLiteral("bad-token")},
                                       {QStringLiteral("retry"), false}});
        QTest::newRow("namespace middleware")
            << QStringLiteral("/private") << QStringLiteral("good") << QStringLiteral("private namespace")
            << QJsonValue(QJsonObject {{QStringLiteral("code"), 403}});
        QTest::newRow("unknown namespace")
            << QStringLiteral("/nope") << QStringLiteral("good") << QStringLiteral("Invalid namespace")
            << QJsonValue(QJsonValue::Undefined);
    }
    void connectErrors()
    {
        QFETCH(QString, nsp);
        QFETCH(QString, token);
        QFETCH(QString, message);
        QFETCH(QJsonValue, data);
        Manager manager(optionsFor(QStringLiteral("default"), m_server.port()));
        ClientSocket *socket = manager.socket(nsp);
        socket->setAuth({{QStringLiteral("token"), token}});
        QSignalSpy errors(socket, &ClientSocket::connectError);
        socket->open();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, Timeout);
        const auto error = errors.first().first().value<ConnectError>();
        QCOMPARE(error.message, message);
        QCOMPARE(error.data, data);
        QVERIFY(!socket->isConnected());
        QVERIFY(!socket->isActive());
    }

    void serverDisconnectIsFinal_data() { modes(); }
    void serverDisconnectIsFinal()
    {
        QFETCH(QString, mode);
        Manager::Options options = optionsFor(mode, m_server.port());
        options.reconnection = true;
        options.reconnectionDelayMs = 50;
        Manager manager(options);
        ClientSocket *socket = manager.socket();
        connectAndWelcome(socket);
        QSignalSpy disconnected(socket, &ClientSocket::disconnected);
        QSignalSpy connected(socket, &ClientSocket::connected);
        socket->emit(QStringLiteral("disconnect-me"));
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, Timeout);
        QCOMPARE(disconnected.first().first().toString(), QStringLiteral("io server disconnect"));
        QTest::qWait(600);
        QCOMPARE(connected.size(), 0);
        QVERIFY(!socket->isActive());
    }

    void reconnectsAfterServerRestart_data() { modes(); }
    void reconnectsAfterServerRestart()
    {
        QFETCH(QString, mode);
        const quint16 port = freeFixedPort();
        QVERIFY(port);
        ServerProcess server;
        QVERIFY(server.start(port));
        Manager::Options options = optionsFor(mode, port);
        options.reconnection = true;
        options.reconnectionDelayMs = 100;
        options.reconnectionDelayMaxMs = 500;
        Manager manager(options);
        ClientSocket *socket = manager.socket();
        int authCalls = 0;
        socket->setAuthProvider([&authCalls] {
            return QJsonObject {{QStringLiteral("token"), QStringLiteral("fresh-%1").arg(++authCalls)}};
        });
        QJsonObject welcome;
        socket->on(QStringLiteral("welcome"),
                   [&welcome](const Arguments &args, const Ack &) { welcome = args.value(0).toObject(); });
        QSignalSpy connected(socket, &ClientSocket::connected);
        QSignalSpy disconnected(socket, &ClientSocket::disconnected);
        socket->open();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Timeout);
        if (mode == QLatin1StringView("default"))
            QTRY_COMPARE_WITH_TIMEOUT(manager.engine()->transportName(), QStringLiteral("websocket"),
                                      Timeout);

        server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, Timeout);
        QVERIFY(socket->isActive());
        QVERIFY(server.start(port));
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 10'000);
        // The auth payload was computed again for the new connection.
        QTRY_COMPARE_WITH_TIMEOUT(
            welcome.value(QStringLiteral("auth")).toObject().value(QStringLiteral("token")).toString(),
            QStringLiteral("fresh-%1").arg(authCalls), Timeout);
        QVERIFY(authCalls >= 2);
    }

    void backoffGrowsWithJitterAndCap()
    {
        Manager::Options options;
        options.reconnectionDelayMs = 1000;
        options.reconnectionDelayMaxMs = 5000;
        options.randomizationFactor = 0.5;
        QCOMPARE(Manager::backoffDelay(options, 0, 0.0), 1000); // no deviation
        QCOMPARE(Manager::backoffDelay(options, 1, 0.0), 2000);
        QCOMPARE(Manager::backoffDelay(options, 0, 0.15), 1075); // odd digit: +7.5 %
        QCOMPARE(Manager::backoffDelay(options, 0, 0.25), 875); // even digit: -12.5 %
        QCOMPARE(Manager::backoffDelay(options, 10, 0.0), 5000); // capped
    }
};

QTEST_GUILESS_MAIN(TestClientInterop)
#include "tst_clientinterop.moc"
