// The config file as users write it (packaging/linux/gatehouse.conf is the documented template):
// every key it documents is read, overrides win over the file, bad values are refused with a
// message naming the key, and the shipped template itself loads.
#include "core/server/ServerConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

class TestServerConfig : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int m_files = 0;

    // A new file each time: QSettings caches a file it read by path, size and time.
    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("gatehouse-%1.conf").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text);
        return path;
    }

private Q_SLOTS:
    void shippedTemplateLoads()
    {
        const auto config
            = ServerConfig::load(QStringLiteral(GATEHOUSE_SOURCE_DIR "/packaging/linux/gatehouse.conf"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error()));
        QCOMPARE(config->port, quint16(3000));
        QVERIFY(!config->adminUi.readOnly);
        QVERIFY(config->adminUi.serverId.isEmpty());
        QCOMPARE(config->auth.rules.passwordSignIn, QSet<QString> {QStringLiteral("/admin")});
    }

    void defaultsWithoutFile()
    {
        const auto config = ServerConfig::load(QString());
        QVERIFY(config);
        QCOMPARE(config->auth.rules.passwordSignIn, QSet<QString> {QStringLiteral("/admin")});
        QCOMPARE(config->auth.rules.signInSessionLifetime, std::chrono::seconds(24 * 3600));
        QCOMPARE(config->adminUi.statsIntervalMs, 2000);
    }

    void adminUiAndSignIn()
    {
        const QString path = write("[adminUi]\nreadOnly=true\nserverId=eu-1\n"
                                   "[auth]\npasswordSignIn=/admin, /ops\nsignInSessionLifetime=3600\n");
        const auto config = ServerConfig::load(path);
        QVERIFY2(config, qPrintable(config ? QString() : config.error()));
        QVERIFY(config->adminUi.readOnly);
        QCOMPARE(config->adminUi.serverId, QStringLiteral("eu-1"));
        QCOMPARE(config->auth.rules.passwordSignIn,
                 (QSet<QString> {QStringLiteral("/admin"), QStringLiteral("/ops")}));
        QCOMPARE(config->auth.rules.signInSessionLifetime, std::chrono::seconds(3600));

        // Empty: tokens only, everywhere.
        const auto off = ServerConfig::load(write("[auth]\npasswordSignIn=\n"));
        QVERIFY(off);
        QVERIFY(off->auth.rules.passwordSignIn.isEmpty());

        // Command-line overrides win over the file.
        const auto overridden = ServerConfig::load(path, {{QStringLiteral("adminUi/readOnly"), false}});
        QVERIFY(overridden);
        QVERIFY(!overridden->adminUi.readOnly);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("port out of range")
            << QByteArray("[server]\nport=70000\n") << QStringLiteral("server/port");
        QTest::newRow("short sign-in session") << QByteArray("[auth]\nsignInSessionLifetime=5\n")
                                               << QStringLiteral("auth/signInSessionLifetime");
        QTest::newRow("unknown policy")
            << QByteArray("[auth]\npolicies=/:nobody\n") << QStringLiteral("auth/policies");
        QTest::newRow("not a boolean")
            << QByteArray("[adminUi]\nreadOnly=perhaps\n") << QStringLiteral("adminUi/readOnly");
        QTest::newRow("certificate without key")
            << QByteArray("[tls]\ncertificate=cert.pem\n") << QStringLiteral("tls/key");
    }
    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        const auto config = ServerConfig::load(write(text));
        QVERIFY(!config);
        QVERIFY2(config.error().contains(mentions), qPrintable(config.error()));
    }
};

QTEST_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
