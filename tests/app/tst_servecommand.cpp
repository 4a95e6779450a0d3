// `gatehouse serve` as users run it: a config file plus options, the printed URL, a client that
// connects on the configured path, a clean stop on SIGTERM, and clear errors.
#include "core/client/ClientSocket.h"
#include "core/client/Manager.h"

#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

namespace {

QString gatehouseBinary()
{
    return qEnvironmentVariable("GATEHOUSE_BINARY");
}

} // namespace

class TestServeCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (gatehouseBinary().isEmpty())
            QSKIP("GATEHOUSE_BINARY is not set");
    }

    void versionAndHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::newRow("--version") << QStringList {QStringLiteral("--version")} << 0
                                   << QStringLiteral("gatehouse 0.");
        QTest::newRow("--help") << QStringList {QStringLiteral("--help")} << 0 << QStringLiteral("serve");
        QTest::newRow("serve --help") << QStringList {QStringLiteral("serve"), QStringLiteral("--help")} << 0
                                      << QStringLiteral("--cors-origin");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("fly")} << 2 << QStringLiteral("unknown command");
        QTest::newRow("bad port") << QStringList {QStringLiteral("serve"), QStringLiteral("--port"),
                                                  QStringLiteral("70000")}
                                  << 2
                                  << QStringLiteral("server/port must be a whole number from 0 to 65535");
        QTest::newRow("missing config") << QStringList {QStringLiteral("serve"), QStringLiteral("--config"),
                                                        QStringLiteral("/nonexistent.conf")}
                                        << 2 << QStringLiteral("cannot read the config file");
    }
    void versionAndHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        QProcess process;
        process.start(gatehouseBinary(), arguments);
        QVERIFY(process.waitForFinished(10'000));
        const QString all
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QCOMPARE(process.exitCode(), exitCode);
        QVERIFY2(all.contains(output), qPrintable(all));
    }

    void withoutADisplayTheAppServesHeadless_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("serves");
        QTest::newRow("options only") << QStringList {QStringLiteral("--port"), QStringLiteral("0")} << true;
        QTest::newRow("gui") << QStringList {QStringLiteral("gui")} << false;
    }
    void withoutADisplayTheAppServesHeadless()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, serves);
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(variable));
        environment.insert(QStringLiteral("GATEHOUSE_ADMIN_PASSWORD"),
                           QStringLiteral("first admin password"));
        process.setProcessEnvironment(environment);
        // Options only (a free port), as scripts/start passes them.
        QStringList all = arguments;
        if (serves)
            all << QStringLiteral("--data-dir") << dir.path();
        process.start(gatehouseBinary(), all);
        if (!serves) {
            QVERIFY(process.waitForFinished(10'000));
            QCOMPARE(process.exitCode(), 2);
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(err.contains(QStringLiteral("gatehouse serve")), qPrintable(err));
            return;
        }
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput(), output.contains("listening on")),
                                 10'000);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("No display found"), err.constData());
        process.terminate();
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitCode(), 0);
    }

    void servesFromConfigAndStopsOnSigterm()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath(QStringLiteral("gatehouse.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[server]\nbind=127.0.0.1\nport=3999\npath=/rt\n[engine]\npingInterval=1000\n");
        file.close();

        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        // The command line wins over the file: port 0 picks a free port.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GATEHOUSE_ADMIN_PASSWORD"),
                           QStringLiteral("first admin password"));
        process.setProcessEnvironment(environment);
        process.start(gatehouseBinary(),
                      {QStringLiteral("serve"), QStringLiteral("--config"), config, QStringLiteral("--port"),
                       QStringLiteral("0"), QStringLiteral("--data-dir"),
                       dir.filePath(QStringLiteral("data"))});
        QByteArray output;
        const QRegularExpression listening(
            QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+) \\(Socket\\.IO path /rt/\\)"));
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput(),
                                  match = listening.match(QString::fromUtf8(output)), match.hasMatch()),
                                 10'000);
        const auto port = static_cast<quint16>(match.captured(1).toUInt());
        QVERIFY(output.contains(QByteArray("Settings from " + config.toUtf8())));

        Manager::Options options;
        options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        options.engine.path = "/rt/";
        options.reconnection = false;
        QVERIFY2(output.contains("Created the account \"admin\""), output.constData());
        Manager manager(options);
        // "/" needs a signed-in user; "/public" is open to anyone (the default policies).
        ClientSocket *main = manager.socket();
        QSignalSpy refused(main, &ClientSocket::connectError);
        main->open();
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10'000);
        QCOMPARE(refused.first()
                     .first()
                     .value<ConnectError>()
                     .data.toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("no_token"));
        ClientSocket *socket = manager.socket(QStringLiteral("/public"));
        QSignalSpy connected(socket, &ClientSocket::connected);
        QSignalSpy disconnected(socket, &ClientSocket::disconnected);
        socket->open();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10'000);

        process.terminate(); // SIGTERM
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
        // It may well have exited while we waited for the disconnect (waitForFinished would say no).
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 5000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardError().contains("received \"SIGTERM\""));
    }
};

QTEST_GUILESS_MAIN(TestServeCommand)
#include "tst_servecommand.moc"
