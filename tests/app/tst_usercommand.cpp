// `gatehouse user …` as an operator runs it: add, list, passwd and remove with --password-stdin,
// and every refusal with its exit status (1: the action failed, 2: bad command line or input).
// Also the other way accounts appear: `gatehouse serve`'s first start printing the admin password.
#include "core/auth/PasswordHasher.h"
#include "core/store/Store.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString gatehouseBinary()
{
    return qEnvironmentVariable("GATEHOUSE_BINARY");
}

} // namespace

class TestUserCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataDir;
    int m_dataDirs = 0;

    // Runs `gatehouse user <arguments> --data-dir <m_dataDir>` with `input` on standard input
    // (a pipe, never a terminal).
    Run user(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(QStringLiteral("user"));
        arguments << QStringLiteral("--data-dir") << m_dataDir;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("GATEHOUSE_ADMIN_PASSWORD"));
        process.setProcessEnvironment(environment);
        process.start(gatehouseBinary(), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000))
            qFatal("gatehouse %s did not finish", qPrintable(arguments.join(u' ')));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    std::unique_ptr<Store> openStore()
    {
        auto store = Store::open(m_dataDir);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return std::move(*store);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (gatehouseBinary().isEmpty())
            QSKIP("GATEHOUSE_BINARY is not set");
    }
    void init() { m_dataDir = m_dir.filePath(QString::number(++m_dataDirs)); }

    void addListPasswdRemove()
    {
        Run run = user({QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                       "first password\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Added user alice (role user).")), qPrintable(run.out));

        run = user({QStringLiteral("add"), QStringLiteral("Bob"), QStringLiteral("--role"),
                    QStringLiteral("moderator"), QStringLiteral("--display-name"),
                    QStringLiteral("Bob the Builder"), QStringLiteral("--password-stdin")},
                   "bob's password"); // no trailing newline: fine too
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        run = user({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("USERNAME")), qPrintable(run.out));
        for (const char *column : {"DISPLAY NAME", "ROLE", "STATUS", "CREATED", "LAST LOGIN"})
            QVERIFY2(lines.at(0).contains(QLatin1StringView(column)), column);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("alice")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("Bob ")));
        QVERIFY(lines.at(2).contains(QStringLiteral("Bob the Builder")));
        QVERIFY(lines.at(2).contains(QStringLiteral("moderator")));
        QVERIFY(lines.at(2).contains(QStringLiteral("active")));
        QVERIFY(lines.at(2).endsWith(QStringLiteral("never")));
        // Columns line up: the role column starts at the same place on every line.
        QCOMPARE(lines.at(2).indexOf(QStringLiteral("moderator")),
                 lines.at(0).indexOf(QStringLiteral("ROLE")));

        {
            // A refresh token that the password change must revoke.
            auto store = openStore();
            RefreshToken token;
            token.userId = (*store->users().findByUsername(QStringLiteral("alice")))->id;
            token.familyId = QStringLiteral("f");
            token.tokenHash = RefreshTokenStore::hashToken(QStringLiteral("t"));
            token.expiresAt = QDateTime::currentDateTimeUtc().addDays(1);
            QVERIFY(store->refreshTokens().insert(token));
        }
        run = user({QStringLiteral("passwd"), QStringLiteral("ALICE"), QStringLiteral("--password-stdin")},
                   "second password\r\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Changed the password of alice.")), qPrintable(run.out));
        {
            auto store = openStore();
            const User alice = **store->users().findByUsername(QStringLiteral("alice"));
            const PasswordHasher hasher;
            QVERIFY(hasher.verify(alice.passwordHash, QStringLiteral("second password")).matches);
            QVERIFY(!hasher.verify(alice.passwordHash, QStringLiteral("first password")).matches);
            QVERIFY((*store->refreshTokens().findByHash(RefreshTokenStore::hashToken(QStringLiteral("t"))))
                        ->revokedAt.isValid());
        }

        run = user({QStringLiteral("remove"), QStringLiteral("bob")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Removed user Bob.")), qPrintable(run.out));
        run = user({QStringLiteral("list")});
        QVERIFY(!run.out.contains(QStringLiteral("Bob")));

        // Every change left an audit record.
        auto store = openStore();
        QStringList types;
        const auto entries = store->audit().query({});
        QVERIFY(entries);
        for (const AuditEntry &entry : *entries)
            types.prepend(entry.type);
        QCOMPARE(types,
                 (QStringList {AuditLog::UserCreated, AuditLog::UserCreated, AuditLog::PasswordChanged,
                               AuditLog::UserRemoved}));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString add = QStringLiteral("add");
        const QString stdinFlag = QStringLiteral("--password-stdin");
        const QByteArray good = "good password\n";
        // The store already holds "alice" (user) and "root" (the only admin).
        QTest::newRow("duplicate, other case") << QStringList {add, QStringLiteral("ALICE"), stdinFlag}
                                               << good << 1 << QStringLiteral("already taken");
        QTest::newRow("bad role") << QStringList {add, QStringLiteral("x"), QStringLiteral("--role"),
                                                  QStringLiteral("root"), stdinFlag}
                                  << good << 2 << QStringLiteral("unknown role \"root\"");
        QTest::newRow("bad username") << QStringList {add, QStringLiteral("a b"), stdinFlag} << good << 2
                                      << QStringLiteral("may only contain");
        QTest::newRow("short password")
            << QStringList {add, QStringLiteral("x"), stdinFlag} << QByteArray("short\n") << 2
            << QStringLiteral("at least 8 characters");
        QTest::newRow("empty password") << QStringList {add, QStringLiteral("x"), stdinFlag} << QByteArray()
                                        << 2 << QStringLiteral("at least 8 characters");
        QTest::newRow("two lines") << QStringList {add, QStringLiteral("x"), stdinFlag}
                                   << QByteArray("password one\npassword two\n") << 2
                                   << QStringLiteral("single line");
        QTest::newRow("no terminal") << QStringList {add, QStringLiteral("x")} << good << 2
                                     << QStringLiteral("with --password-stdin");
        QTest::newRow("passwd missing user")
            << QStringList {QStringLiteral("passwd"), QStringLiteral("nobody"), stdinFlag} << good << 1
            << QStringLiteral("there is no user \"nobody\"");
        QTest::newRow("remove missing user")
            << QStringList {QStringLiteral("remove"), QStringLiteral("nobody")} << QByteArray() << 1
            << QStringLiteral("there is no user \"nobody\"");
        QTest::newRow("remove the only admin")
            << QStringList {QStringLiteral("remove"), QStringLiteral("root")} << QByteArray() << 1
            << QStringLiteral("only admin");
        QTest::newRow("missing NAME")
            << QStringList {add, stdinFlag} << good << 2 << QStringLiteral("exactly one NAME");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("list"), QStringLiteral("--bogus")}
                                        << QByteArray() << 2 << QStringLiteral("bogus");
        QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("fly")} << QByteArray() << 2
                                            << QStringLiteral("unknown command \"fly\"");
        QTest::newRow("help") << QStringList {QStringLiteral("--help")} << QByteArray() << 0
                              << QStringLiteral("passwd NAME");
        QTest::newRow("add --help") << QStringList {add, QStringLiteral("--help")} << QByteArray() << 0
                                    << QStringLiteral("--display-name");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        {
            auto store = openStore();
            QVERIFY(store->users().add({QStringLiteral("alice"), {}, Role::User, {}}));
            QVERIFY(store->users().add({QStringLiteral("root"), {}, Role::Admin, {}}));
        }
        const Run run = user(arguments, input);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        QVERIFY2(QString(run.out + run.err).contains(message), qPrintable(run.out + run.err));
        // Nothing changed.
        auto store = openStore();
        QCOMPARE(*store->users().count(), 2);
        QVERIFY((*store->users().findByUsername(QStringLiteral("alice")))->passwordHash.isEmpty());
    }

    void serveFirstStartShowsTheAdminPasswordOnce()
    {
        auto serve = [&] {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.remove(QStringLiteral("GATEHOUSE_ADMIN_PASSWORD"));
            process.setProcessEnvironment(environment);
            process.start(gatehouseBinary(),
                          {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--data-dir"), m_dataDir});
            QByteArray output;
            while (!output.contains("Press Ctrl+C") && process.waitForReadyRead(30'000))
                output += process.readAllStandardOutput();
            process.terminate();
            process.waitForFinished(10'000);
            return QString::fromUtf8(output + process.readAllStandardOutput());
        };
        const QString first = serve();
        const QRegularExpression line(
            QStringLiteral("Created the account \"admin\" \\(role admin\\) with the password: (\\S+)\n"));
        const auto match = line.match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first));
        const QString password = match.captured(1);
        QVERIFY(password.size() >= 16);
        {
            auto store = openStore();
            const User admin = **store->users().findByUsername(QStringLiteral("admin"));
            QCOMPARE(admin.role, Role::Admin);
            QVERIFY(PasswordHasher().verify(admin.passwordHash, password).matches);
        }
        const QString second = serve();
        QVERIFY2(second.contains(QStringLiteral("listening on")), qPrintable(second));
        QVERIFY2(!second.contains(QStringLiteral("Created the account")), qPrintable(second));
        QVERIFY(!second.contains(password));
    }

    void unusableDataDir()
    {
        QFile file(m_dataDir);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run run = user({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("cannot open the data folder")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--data-dir")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestUserCommand)
#include "tst_usercommand.moc"
