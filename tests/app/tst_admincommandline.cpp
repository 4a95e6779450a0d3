// The moderation commands' command line and connection: help texts, refused command lines,
// sign-in and reach failures with their exit statuses, finding the server through the config
// file, TLS with a private certificate and --ca, and --offline on the store. Against a real
// `gatehouse serve` process (CommandHarness).
#include "CommandHarness.h"

#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace gatehouse;
using Run = CommandHarness::Run;

namespace {

const QString AdminPassword = CommandHarness::AdminPassword;
const QString UserPassword = CommandHarness::UserPassword;

} // namespace

class TestAdminCommandLine : public QObject {
    Q_OBJECT

private:
    CommandHarness m_cli;

private Q_SLOTS:
    void initTestCase()
    {
        if (CommandHarness::binary().isEmpty())
            QSKIP("GATEHOUSE_BINARY is not set");
        QVERIFY(m_cli.start());
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gatehouse --help")
            << QStringList {QStringLiteral("--help")} << QStringLiteral("kick NAME");
        QTest::newRow("sessions --help") << QStringList {QStringLiteral("sessions"), QStringLiteral("--help")}
                                         << QStringLiteral("--sockets");
        QTest::newRow("kick --help") << QStringList {QStringLiteral("kick"), QStringLiteral("--help")}
                                     << QStringLiteral("3 cannot reach the server");
        QTest::newRow("audit --help")
            << QStringList {QStringLiteral("audit"), QStringLiteral("--help")} << QStringLiteral("--offline");
        QTest::newRow("user role --help")
            << QStringList {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("--help")}
            << QStringLiteral("last active admin");
        QTest::newRow("user --help") << QStringList {QStringLiteral("user"), QStringLiteral("--help")}
                                     << QStringLiteral("suspend NAME --reason R");
    }

    void help()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = m_cli.gatehouse(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    }

    void refusedCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString user = QStringLiteral("user");
        QTest::newRow("suspend without a reason")
            << QStringList {user, QStringLiteral("suspend"), QStringLiteral("bob")}
            << QStringLiteral("--reason");
        QTest::newRow("suspend for ever-ish") << QStringList {user,
                                                              QStringLiteral("suspend"),
                                                              QStringLiteral("bob"),
                                                              QStringLiteral("--reason"),
                                                              QStringLiteral("x"),
                                                              QStringLiteral("--for"),
                                                              QStringLiteral("5 fortnights")}
                                              << QStringLiteral("--for wants a duration");
        QTest::newRow("unknown role")
            << QStringList {user, QStringLiteral("role"), QStringLiteral("bob"), QStringLiteral("king")}
            << QStringLiteral("unknown role");
        QTest::newRow("device and socket")
            << QStringList {QStringLiteral("kick"), QStringLiteral("bob"),      QStringLiteral("--device"),
                            QStringLiteral("a"),    QStringLiteral("--socket"), QStringLiteral("b")}
            << QStringLiteral("not both");
        QTest::newRow("bad --since") << QStringList {QStringLiteral("audit"), QStringLiteral("--since"),
                                                     QStringLiteral("yesterday-ish")}
                                     << QStringLiteral("--since wants");
        QTest::newRow("bad --server") << QStringList {QStringLiteral("sessions"), QStringLiteral("--server"),
                                                      QStringLiteral("ftp://127.0.0.1")}
                                      << QStringLiteral("--server wants an address");
    }

    void refusedCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = m_cli.gatehouse(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void signInAndReachFailures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTcpServer closed; // a port where nobody listens
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString nowhere = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const QString sessions = QStringLiteral("sessions");
        QTest::newRow("wrong password")
            << QStringList {sessions, QStringLiteral("--admin"), QStringLiteral("carol")}
            << QStringLiteral("not carol's password") << QByteArray() << 4
            << QStringLiteral("wrong username or password");
        QTest::newRow("not a moderator")
            << QStringList {sessions, QStringLiteral("--admin"), QStringLiteral("carol")} << UserPassword
            << QByteArray() << 4 << QStringLiteral("neither a moderator nor an admin");
        QTest::newRow("no password") << QStringList {sessions} << QString() << QByteArray() << 2
                                     << QStringLiteral("GATEHOUSE_ADMIN_PASSWORD");
        QTest::newRow("empty password on stdin")
            << QStringList {sessions, QStringLiteral("--password-stdin")} << QString() << QByteArray("\n")
            << 2 << QStringLiteral("no password given");
        QTest::newRow("no server") << QStringList {sessions, QStringLiteral("--server"), nowhere}
                                   << AdminPassword << QByteArray() << 3
                                   << QStringLiteral("Is `gatehouse serve` running?");
        QTest::newRow("no server, offline-capable")
            << QStringList {QStringLiteral("user"), QStringLiteral("unsuspend"), QStringLiteral("bob"),
                            QStringLiteral("--server"), nowhere}
            << AdminPassword << QByteArray() << 3 << QStringLiteral("cannot reach the server");
    }

    void signInAndReachFailures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, password);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // The running server, unless the row names another.
        if (!arguments.contains(QStringLiteral("--server")))
            arguments << QStringLiteral("--server") << m_cli.url();
        const Run run = m_cli.gatehouse(arguments, password, input);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(password.isEmpty() || !(run.out.contains(password) || run.err.contains(password)),
                 "the password is never printed");
    }

    void theConfigFileSaysWhereTheServerIs()
    {
        const QString config = m_cli.path(QStringLiteral("client.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("[server]\nbind=127.0.0.1\nport=%1\n").arg(QUrl(m_cli.url()).port()).toUtf8());
        file.close();
        const Run run = m_cli.gatehouse({QStringLiteral("sessions"), QStringLiteral("--config"), config});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void tlsWithAPrivateCertificate()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed (Debian: apt install openssl)");
        const QString certificate = m_cli.path(QStringLiteral("tls.crt"));
        const QString key = m_cli.path(QStringLiteral("tls.key"));
        QProcess make;
        make.start(openssl,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-keyout"), key, QStringLiteral("-out"),
                    certificate});
        QVERIFY(make.waitForFinished(30'000) && make.exitCode() == 0);
        QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner));
        const QString serverConfig = m_cli.path(QStringLiteral("tls-server.conf"));
        QFile file(serverConfig);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[server]\nbind=127.0.0.1\n[tls]\ncertificate=%1\nkey=%2\n")
                       .arg(certificate, key)
                       .toUtf8());
        file.close();
        QProcess server;
        const QString url = m_cli.startServer(server, serverConfig, m_cli.path(QStringLiteral("tls-data")));
        QVERIFY(url.startsWith(QStringLiteral("https://")));

        // The certificate is its own CA here: refused until --ca names it.
        Run run = m_cli.gatehouse({QStringLiteral("sessions"), QStringLiteral("--server"), url});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("--ca FILE")), qPrintable(run.err));
        run = m_cli.gatehouse({QStringLiteral("sessions"), QStringLiteral("--server"), url,
                               QStringLiteral("--ca"), certificate});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // From a config file naming the certificate and a key this user could not read (the
        // server's account owns it): https, and the key is not touched.
        const QString clientConfig = m_cli.path(QStringLiteral("tls-client.conf"));
        QFile client(clientConfig);
        QVERIFY(client.open(QIODevice::WriteOnly));
        client.write(
            QStringLiteral(
                "[server]\nbind=127.0.0.1\nport=%1\n[tls]\ncertificate=%2\nkey=/nonexistent/tls.key\n")
                .arg(QUrl(url).port())
                .arg(certificate)
                .toUtf8());
        client.close();
        run = m_cli.gatehouse({QStringLiteral("sessions"), QStringLiteral("--config"), clientConfig,
                               QStringLiteral("--ca"), certificate});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        server.terminate();
        if (!server.waitForFinished(10'000))
            server.kill();
    }

    void offlineChangesWarn_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("output");
        const QString user = QStringLiteral("user");
        const QString carol = QStringLiteral("carol");
        QTest::newRow("role") << QStringList {user, QStringLiteral("role"), carol,
                                              QStringLiteral("moderator")}
                              << QStringLiteral("carol is now moderator (was user).");
        QTest::newRow("role back") << QStringList {user, QStringLiteral("role"), carol,
                                                   QStringLiteral("user")}
                                   << QStringLiteral("carol is now user (was moderator).");
        QTest::newRow("suspend") << QStringList {user,
                                                 QStringLiteral("suspend"),
                                                 carol,
                                                 QStringLiteral("--reason"),
                                                 QStringLiteral("offline test"),
                                                 QStringLiteral("--for"),
                                                 QStringLiteral("1w")}
                                 << QStringLiteral("Suspended carol until");
        QTest::newRow("unsuspend") << QStringList {user, QStringLiteral("unsuspend"), carol}
                                   << QStringLiteral("carol is not suspended now.");
    }

    void offlineChangesWarn()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, output);
        arguments << QStringLiteral("--offline") << QStringLiteral("--data-dir") << m_cli.dataDir();
        const Run run = m_cli.gatehouse(arguments, QString());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(output), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("not disconnected until their next handshake")),
                 qPrintable(run.err));
        // The running server reads the same store: a suspension done offline refuses the login.
        const bool suspended = arguments.contains(QStringLiteral("suspend"));
        QCOMPARE(m_cli.login(QStringLiteral("carol"), UserPassword).second,
                 suspended ? QStringLiteral("account_suspended") : QString());
    }

    void suspensionDurations_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("30m") << "30m" << qint64(30 * 60);
        QTest::newRow("2h") << "2h" << qint64(2 * 3600);
        QTest::newRow("7d") << "7d" << qint64(7 * 24 * 3600);
        QTest::newRow("1w") << "1w" << qint64(7 * 24 * 3600);
        QTest::newRow("1h30m") << "1h30m" << qint64(90 * 60);
    }

    void suspensionDurations()
    {
        QFETCH(QString, duration);
        QFETCH(qint64, seconds);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        Run run = m_cli.gatehouse({QStringLiteral("user"), QStringLiteral("suspend"), QStringLiteral("carol"),
                                   QStringLiteral("--reason"), QStringLiteral("timing"),
                                   QStringLiteral("--for"), duration, QStringLiteral("--offline"),
                                   QStringLiteral("--data-dir"), m_cli.dataDir()},
                                  QString());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto store = m_cli.openStore();
        const auto carol = store->users().findByUsername(QStringLiteral("carol"));
        QVERIFY(carol && *carol);
        const qint64 actual = before.secsTo((*carol)->suspendedUntil);
        QVERIFY2(actual >= seconds - 1 && actual <= seconds + 60, qPrintable(QString::number(actual)));
        run = m_cli.gatehouse({QStringLiteral("user"), QStringLiteral("unsuspend"), QStringLiteral("carol"),
                               QStringLiteral("--offline"), QStringLiteral("--data-dir"), m_cli.dataDir()},
                              QString());
        QCOMPARE(run.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestAdminCommandLine)
#include "tst_admincommandline.moc"
