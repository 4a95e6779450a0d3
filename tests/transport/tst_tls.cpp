// HTTPS and WSS on the server's one port: certificates and keys made by the openssl command line
// (a private CA and a server certificate it signed), loaded by TlsCredentials and served by the
// real server to the real C++ client, which trusts that CA and nothing else.
#include "core/client/ClientSocket.h"
#include "core/client/Manager.h"
#include "core/server/Server.h"
#include "core/server/Socket.h"
#include "core/transport/TlsCredentials.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

class TestTls : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_openssl;
    std::unique_ptr<QObject> m_scope;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(m_openssl, arguments);
        if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
            qWarning() << "openssl" << arguments << "failed:" << process.readAllStandardError();
            return false;
        }
        return true;
    }

    // A key of `type` ("rsa:2048", "ec") and a certificate for 127.0.0.1/localhost signed by the CA.
    bool makeServerCertificate(const QString &name, const QString &keySpec)
    {
        QStringList request {
            QStringLiteral("req"),         QStringLiteral("-new"),          QStringLiteral("-nodes"),
            QStringLiteral("-subj"),       QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
            name + QStringLiteral(".key"), QStringLiteral("-out"),          name + QStringLiteral(".csr")};
        if (keySpec == QLatin1StringView("ec"))
            request << QStringLiteral("-newkey") << QStringLiteral("ec") << QStringLiteral("-pkeyopt")
                    << QStringLiteral("ec_paramgen_curve:prime256v1");
        else
            request << QStringLiteral("-newkey") << keySpec;
        QFile extensions(path(QStringLiteral("san.ext")));
        if (!extensions.open(QIODevice::WriteOnly)
            || extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n") < 0)
            return false;
        extensions.close();
        return openssl(request)
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                        QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                        QStringLiteral("san.ext"), QStringLiteral("-out"), name + QStringLiteral(".crt")})
            && QFile::setPermissions(path(name + QStringLiteral(".key")),
                                     QFile::ReadOwner | QFile::WriteOwner);
    }

    QSslConfiguration trustingCa() const
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromPath(path(QStringLiteral("ca.crt"))));
        return configuration;
    }

    std::unique_ptr<Server> startServer(quint16 &port)
    {
        auto credentials
            = TlsCredentials::load(path(QStringLiteral("rsa.crt")), path(QStringLiteral("rsa.key")));
        if (!credentials) {
            qWarning() << credentials.error();
            return nullptr;
        }
        ServerOptions options;
        options.engine.tls = credentials->configuration();
        auto server = std::make_unique<Server>(options);
        server->onConnection([](Socket *socket) {
            socket->on(QStringLiteral("echo"), [](const Arguments &args, const Ack &ack) { ack(args); });
        });
        const auto listening = server->listen(QHostAddress::LocalHost, 0);
        if (!listening)
            return nullptr;
        port = *listening;
        return server;
    }

    ClientSocket *connectClient(quint16 port, bool polling, bool websocket,
                                std::optional<QSslConfiguration> tls)
    {
        Manager::Options options;
        options.engine.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        options.engine.polling = polling;
        options.engine.websocket = websocket;
        options.engine.tls = std::move(tls);
        options.reconnection = false;
        auto *manager = new Manager(options, m_scope.get());
        ClientSocket *socket = manager->socket();
        socket->open();
        return socket;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty())
            QSKIP("the openssl command is not installed (Debian: apt install openssl)");
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=Gatehouse Test CA"), QStringLiteral("-days"),
                         QStringLiteral("2"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                         QStringLiteral("-out"), QStringLiteral("ca.crt")}));
        QVERIFY(makeServerCertificate(QStringLiteral("rsa"), QStringLiteral("rsa:2048")));
        QVERIFY(makeServerCertificate(QStringLiteral("ec"), QStringLiteral("ec")));
        // The same RSA key, PKCS#8 and encrypted with a passphrase.
        QVERIFY(openssl({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"),
                         QStringLiteral("rsa.key"), QStringLiteral("-passout"), QStringLiteral("pass:sesame"),
                         QStringLiteral("-out"), QStringLiteral("rsa-encrypted.key")}));
        QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519"),
                         QStringLiteral("-out"), QStringLiteral("ed25519.key")}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"),
                         QStringLiteral("ed25519.key"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=localhost"), QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-out"), QStringLiteral("ed25519.crt")}));
        QFile garbage(path(QStringLiteral("garbage.crt")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not a certificate\n");
        garbage.close();
        for (const char *key : {"rsa-encrypted.key", "ed25519.key"})
            QVERIFY(
                QFile::setPermissions(path(QLatin1StringView(key)), QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(QFile::copy(path(QStringLiteral("rsa.key")), path(QStringLiteral("rsa-group.key"))));
        QVERIFY(QFile::setPermissions(path(QStringLiteral("rsa-group.key")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        QVERIFY(QFile::copy(path(QStringLiteral("rsa.key")), path(QStringLiteral("rsa-world.key"))));
        QVERIFY(QFile::setPermissions(path(QStringLiteral("rsa-world.key")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    }

    void init() { m_scope = std::make_unique<QObject>(); }
    void cleanup() { m_scope.reset(); }

    void loadCredentials_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QString>("error"); // empty: loads

        QTest::newRow("rsa") << "rsa.crt"
                             << "rsa.key" << QByteArray() << QString();
        QTest::newRow("ecdsa p-256") << "ec.crt"
                                     << "ec.key" << QByteArray() << QString();
        QTest::newRow("encrypted pkcs#8") << "rsa.crt"
                                          << "rsa-encrypted.key" << QByteArray("sesame") << QString();
        QTest::newRow("group may read (0640)") << "rsa.crt"
                                               << "rsa-group.key" << QByteArray() << QString();
        QTest::newRow("wrong passphrase")
            << "rsa.crt"
            << "rsa-encrypted.key" << QByteArray("wrong") << "GATEHOUSE_TLS_KEY_PASSPHRASE";
        QTest::newRow("no passphrase")
            << "rsa.crt"
            << "rsa-encrypted.key" << QByteArray() << "GATEHOUSE_TLS_KEY_PASSPHRASE";
        QTest::newRow("key of another certificate")
            << "rsa.crt"
            << "ec.key" << QByteArray() << "does not belong to the certificate";
        QTest::newRow("others may read the key") << "rsa.crt"
                                                 << "rsa-world.key" << QByteArray() << "chmod 640";
        QTest::newRow("missing key") << "rsa.crt"
                                     << "nothing.key" << QByteArray() << "does not exist";
        QTest::newRow("missing certificate")
            << "nothing.crt"
            << "rsa.key" << QByteArray() << "cannot read the TLS certificate";
        QTest::newRow("not a certificate") << "garbage.crt"
                                           << "rsa.key" << QByteArray() << "BEGIN CERTIFICATE";
        QTest::newRow("ed25519") << "ed25519.crt"
                                 << "ed25519.key" << QByteArray() << "neither RSA nor ECDSA";
    }

    void loadCredentials()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QByteArray, passphrase);
        QFETCH(QString, error);
        const auto loaded = TlsCredentials::load(path(certificate), path(key), passphrase);
        if (error.isEmpty()) {
            QVERIFY2(loaded.hasValue(), qPrintable(loaded ? QString() : loaded.error()));
            QCOMPARE(loaded->subject(), QStringLiteral("localhost"));
            QVERIFY(!loaded->isExpired(QDateTime::currentDateTimeUtc()));
            QVERIFY(!loaded->configuration().privateKey().isNull());
            QCOMPARE(loaded->configuration().localCertificateChain().size(), 1);
        } else {
            QVERIFY(!loaded.hasValue());
            QVERIFY2(loaded.error().contains(error), qPrintable(loaded.error()));
        }
    }

    void echoesOverTls_data()
    {
        QTest::addColumn<bool>("polling");
        QTest::addColumn<bool>("websocket");
        QTest::addColumn<QString>("finalTransport");
        QTest::newRow("https polling") << true << false << "polling";
        QTest::newRow("wss") << false << true << "websocket";
        QTest::newRow("https polling, upgraded to wss") << true << true << "websocket";
    }

    void echoesOverTls()
    {
        QFETCH(bool, polling);
        QFETCH(bool, websocket);
        QFETCH(QString, finalTransport);
        quint16 port = 0;
        const auto server = startServer(port);
        QVERIFY(server);
        ClientSocket *socket = connectClient(port, polling, websocket, trustingCa());
        QTRY_VERIFY_WITH_TIMEOUT(socket->isConnected(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(socket->manager()->engine()->transportName(), finalTransport, 10'000);

        const QByteArray big(100'000, 'x'); // several TLS records
        std::optional<Arguments> echoed;
        socket->emitWithAck(QStringLiteral("echo"), {QString::fromLatin1(big), Argument::fromBinary(big)},
                            m_scope.get(), [&](Expected<Arguments, QString> result) {
                                if (result)
                                    echoed = *result;
                            });
        QTRY_VERIFY_WITH_TIMEOUT(echoed.has_value(), 10'000);
        QCOMPARE(echoed->size(), 2);
        QCOMPARE(echoed->at(0).toString().size(), big.size());
        QVERIFY(echoed->at(1).isBinary());
    }

    void untrustedCertificateIsRefused_data()
    {
        QTest::addColumn<bool>("polling");
        QTest::newRow("https polling") << true;
        QTest::newRow("wss") << false;
    }

    void untrustedCertificateIsRefused()
    {
        QFETCH(bool, polling);
        quint16 port = 0;
        const auto server = startServer(port);
        QVERIFY(server);
        // The system's CAs do not know our test CA.
        ClientSocket *socket = connectClient(port, polling, !polling, std::nullopt);
        QSignalSpy closed(socket->manager(), &Manager::closed);
        QSignalSpy errors(socket, &ClientSocket::connectError);
        QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty(), 10'000);
        QVERIFY(!socket->isConnected());
        // The reason names the certificate problem, not just "transport error".
        const QString description = closed.first().at(1).toString();
        QVERIFY2(description.contains(QLatin1StringView("certificate"), Qt::CaseInsensitive)
                     || description.contains(QLatin1StringView("SSL"), Qt::CaseInsensitive),
                 qPrintable(description));
        QCOMPARE(server->clientCount(), 0);
    }

    // Plain HTTP on the HTTPS port gets nowhere and leaves the server serving TLS clients.
    void plainHttpOnTheTlsPort()
    {
        quint16 port = 0;
        const auto server = startServer(port);
        QVERIFY(server);
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(plain.waitForConnected(5'000));
        plain.write("GET /socket.io/?EIO=4&transport=polling HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(plain.state(), QAbstractSocket::UnconnectedState, 10'000);
        QVERIFY(!plain.readAll().startsWith("HTTP/1.1 200"));

        ClientSocket *socket = connectClient(port, true, true, trustingCa());
        QTRY_VERIFY_WITH_TIMEOUT(socket->isConnected(), 10'000);
    }

    // A peer that opens TCP and never starts the TLS handshake is dropped after the headers timeout.
    void stalledHandshakeIsDropped()
    {
        auto credentials
            = TlsCredentials::load(path(QStringLiteral("rsa.crt")), path(QStringLiteral("rsa.key")));
        QVERIFY(credentials);
        ServerOptions options;
        options.engine.tls = credentials->configuration();
        options.engine.http.headersTimeoutMs = 300;
        Server server(options);
        const auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, *port);
        QVERIFY(silent.waitForConnected(5'000));
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5'000);
    }
};

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
