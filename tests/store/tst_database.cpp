// Database: creating the data folder and file, durability settings, and versioned migrations
// (fresh, re-run, a later version, a failing one, and a database from the future).
#include "core/store/Database.h"
#include "core/store/UserStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

namespace {

QVariant scalar(Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

Migration extraTable(int version, const QString &table)
{
    return {version, QStringLiteral("test table"), {QStringLiteral("CREATE TABLE %1 (id TEXT)").arg(table)}};
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseHasTheLatestSchema()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("nested/data"));
        auto database = Database::open(dataDir);
        QVERIFY2(database, qPrintable(database ? QString() : database.error()));
        QCOMPARE(*(*database)->schemaVersion(), SchemaMigrations::latestVersion());
        const QStringList tables = (*database)->connection().tables();
        for (const char *table : {"users", "refresh_tokens", "audit_log", "schema_version"})
            QVERIFY2(tables.contains(QLatin1StringView(table)), table);
        QCOMPARE((*database)->filePath(), QDir(dataDir).absoluteFilePath(QStringLiteral("gatehouse.db")));
#ifdef Q_OS_UNIX
        // Password and token hashes live here: only the owner may look.
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QVERIFY(
            QFile::permissions(dataDir).testFlags(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(!(QFile::permissions(dataDir) & others));
        QVERIFY(!(QFile::permissions((*database)->filePath()) & others));
#endif
    }

    void durabilitySettingsAreOn()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.path());
        QVERIFY2(database, qPrintable(database ? QString() : database.error()));
        QCOMPARE(scalar(**database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(**database, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(**database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(**database, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        // The journal mode is a property of the file: a second connection sees WAL too, and the
        // write-ahead log exists once something was written.
        UserStore users(**database);
        QVERIFY(users.add({QStringLiteral("someone"), {}, Role::User, {}}));
        QVERIFY(QFile::exists((*database)->filePath() + QStringLiteral("-wal")));
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        {
            auto first = Database::open(dir.path());
            QVERIFY2(first, qPrintable(first ? QString() : first.error()));
            // Two connections at once, as the server and `gatehouse user` have.
            auto second = Database::open(dir.path());
            QVERIFY2(second, qPrintable(second ? QString() : second.error()));
            QVERIFY((*first)->connection().connectionName() != (*second)->connection().connectionName());
        }
        auto again = Database::open(dir.path());
        QVERIFY2(again, qPrintable(again ? QString() : again.error()));
        QCOMPARE(scalar(**again, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
                 SchemaMigrations::latestVersion());
    }

    void laterMigrationsApplyInOrder()
    {
        QTemporaryDir dir;
        QVERIFY(Database::open(dir.path()));
        Database::Options options;
        QList<Migration> migrations = SchemaMigrations::all(SqlDialect::Sqlite);
        const int latest = SchemaMigrations::latestVersion();
        migrations.append(extraTable(latest + 1, QStringLiteral("second")));
        migrations.append(extraTable(latest + 2, QStringLiteral("third")));
        options.migrations = migrations;
        auto database = Database::open(dir.path(), options);
        QVERIFY2(database, qPrintable(database ? QString() : database.error()));
        QCOMPARE(*(*database)->schemaVersion(), latest + 2);
        QVERIFY((*database)->connection().tables().contains(QStringLiteral("third")));
    }

    void failingMigrationLeavesNothingBehind()
    {
        QTemporaryDir dir;
        Database::Options options;
        QList<Migration> migrations = SchemaMigrations::all(SqlDialect::Sqlite);
        const int latest = SchemaMigrations::latestVersion();
        migrations.append(
            {latest + 1,
             QStringLiteral("broken"),
             {QStringLiteral("CREATE TABLE half (id TEXT)"), QStringLiteral("NOT SQL AT ALL")}});
        options.migrations = migrations;
        auto failed = Database::open(dir.path(), options);
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(QStringLiteral("version %1 (broken)").arg(latest + 1)),
                 qPrintable(failed.error()));

        auto database = Database::open(dir.path());
        QVERIFY2(database, qPrintable(database ? QString() : database.error()));
        QCOMPARE(*(*database)->schemaVersion(), latest); // the earlier migrations stay applied
        QVERIFY(!(*database)->connection().tables().contains(QStringLiteral("half")));
    }

    void databaseFromTheFutureIsRefused()
    {
        QTemporaryDir dir;
        {
            auto database = Database::open(dir.path());
            QVERIFY(database);
            QSqlQuery query((*database)->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                              "VALUES (99, 'from the future', 0)")));
        }
        auto refused = Database::open(dir.path());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("schema version 99")), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("newer Gatehouse")), qPrintable(refused.error()));
    }

    void unusableLocationsAreExplained_data()
    {
        QTest::addColumn<QByteArray>("fileContent");
        QTest::addColumn<bool>("dataDirIsFile");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a database")
            << QByteArray(4096, 'x') << false << QStringLiteral("not a Gatehouse database");
        QTest::newRow("data dir is a file") << QByteArray("x") << true << QStringLiteral("is not a folder");
    }
    void unusableLocationsAreExplained()
    {
        QFETCH(QByteArray, fileContent);
        QFETCH(bool, dataDirIsFile);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString file = dataDirIsFile ? dir.filePath(QStringLiteral("data"))
                                           : dir.filePath(QStringLiteral("gatehouse.db"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(fileContent);
        out.close();
        auto failed = Database::open(dataDirIsFile ? file : dir.path());
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(message), qPrintable(failed.error()));
    }

    void transactionCommitsOrRollsBack()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.path());
        QVERIFY(database);
        UserStore users(**database);
        auto failed = (*database)->transaction([&]() -> Expected<void, QString> {
            if (!users.add({QStringLiteral("ghost"), {}, Role::User, {}}))
                return unexpected(QStringLiteral("add failed"));
            return unexpected(QStringLiteral("changed my mind"));
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error(), QStringLiteral("changed my mind"));
        QCOMPARE(*users.count(), 0);

        auto committed = (*database)->transaction([&]() -> Expected<void, QString> {
            if (auto added = users.add({QStringLiteral("kept"), {}, Role::User, {}}); !added)
                return unexpected(added.error());
            return {};
        });
        QVERIFY2(committed, qPrintable(committed ? QString() : committed.error()));
        QCOMPARE(*users.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
