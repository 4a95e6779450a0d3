#include "Database.h"

#include "SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace gatehouse {

namespace {

// This file's strings, in the translation context "Database" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("gatehouse.store.%1").arg(++counter);
}

// The data folder holds password hashes and token hashes: only its owner may enter it.
Expected<void, QString> makeDataDir(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isDir())
            return unexpected(Tr::tr("%1 exists but is not a folder.").arg(path));
        return {};
    }
    const QString absolute = info.absoluteFilePath();
    const QString parent = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(parent)
        || !QDir().mkdir(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return unexpected(Tr::tr("Cannot create the data folder %1.").arg(absolute));
    return {};
}

// A new database file starts as an empty file only its owner can read; SQLite gives the -wal and
// -shm files the same permissions.
void createPrivateFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return;
    QFile file(path);
    [[maybe_unused]] const bool created
        = file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

QString Database::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Database::Database(QString connectionName, QString filePath, SqlDialect dialect)
    : m_connectionName(std::move(connectionName)), m_filePath(std::move(filePath)), m_dialect(dialect)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<Database>, QString> Database::open(const QString &dataDir, Options options)
{
    if (dataDir.isEmpty())
        return unexpected(Tr::tr("No data folder given."));
    if (auto made = makeDataDir(dataDir); !made)
        return unexpected(made.error());
    const QString filePath = QDir(dataDir).absoluteFilePath(FileName);
    createPrivateFile(filePath);

    const QString name = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(name, filePath, SqlDialect::Sqlite));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return unexpected(Tr::tr("The Qt SQLite driver is missing: install libqt6sql6-sqlite (Debian/Ubuntu) "
                                 "or the Qt SQL SQLite plugin."));
    db.setDatabaseName(filePath);
    // Set before the first statement, which may already have to wait for another process.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, options.busyTimeoutMs)));
    if (!db.open())
        return unexpected(Tr::tr("Cannot open %1: %2").arg(filePath, db.lastError().text()));
    if (auto configured = database->configure(); !configured)
        return unexpected(Tr::tr("Cannot use %1: %2").arg(filePath, configured.error()));
    const QList<Migration> migrations
        = options.migrations.value_or(SchemaMigrations::all(database->dialect()));
    if (auto migrated = database->migrate(migrations); !migrated)
        return unexpected(migrated.error());
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Expected<void, QString> Database::execute(const QString &statement)
{
    QSqlQuery query(connection());
    if (!query.exec(statement))
        return unexpected(query.lastError().text());
    return {};
}

Expected<void, QString> Database::configure()
{
    QSqlQuery query(connection());
    // The first statement reads the file: a file that is not SQLite fails here.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return unexpected(
            Tr::tr("it is not a Gatehouse database, or it is damaged (%1).").arg(query.lastError().text()));
    // WAL needs shared memory, which some network file systems lack; SQLite then silently keeps
    // its old journal, and the concurrency and durability promised above would not hold.
    if (query.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0)
        return unexpected(Tr::tr("the file system does not support write-ahead logging (journal mode "
                                 "stayed \"%1\"). Put the data folder on a local disk.")
                              .arg(query.value(0).toString()));
    query.finish();
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (auto done = execute(pragma); !done)
            return unexpected(done.error());
    }
    // SQLite ignores the pragma when built without foreign keys; cascades would then silently
    // leave orphans behind.
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next() || query.value(0).toInt() != 1)
        return unexpected(Tr::tr("this SQLite library does not enforce foreign keys."));
    return {};
}

Expected<int, QString> Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (auto done = sql::exec(query, QStringLiteral("SELECT MAX(version) FROM schema_version")); !done)
        return unexpected(done.error());
    return query.next() ? query.value(0).toInt() : 0; // NULL (no rows) reads as 0
}

Expected<void, QString> Database::transaction(const std::function<Expected<void, QString>()> &work)
{
    const QString begin
        = m_dialect == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (auto begun = execute(begin); !begun)
        return unexpected(Tr::tr("database error: %1").arg(begun.error()));
    Expected<void, QString> result = work();
    if (result) {
        if (auto committed = execute(QStringLiteral("COMMIT")); committed)
            return {};
        else
            result = unexpected(Tr::tr("database error: %1").arg(committed.error()));
    }
    [[maybe_unused]] const auto rolledBack = execute(QStringLiteral("ROLLBACK"));
    return result;
}

Expected<void, QString> Database::migrate(const QList<Migration> &migrations)
{
    if (auto created = execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                              "version INTEGER PRIMARY KEY, "
                                              "description TEXT NOT NULL, "
                                              "applied_at BIGINT NOT NULL)"));
        !created)
        return unexpected(Tr::tr("Cannot prepare %1: %2").arg(m_filePath, created.error()));

    const int known = migrations.isEmpty() ? 0 : migrations.constLast().version;
    auto fromTheFuture = [&](int version) {
        return Tr::tr("%1 has schema version %2, but this Gatehouse only knows versions up to %3: it was "
                      "written by a newer Gatehouse. Run that version, or use a backup made for this one.")
            .arg(m_filePath)
            .arg(version)
            .arg(known);
    };
    auto current = schemaVersion();
    if (!current)
        return unexpected(current.error());
    if (*current > known)
        return unexpected(fromTheFuture(*current));

    for (const Migration &migration : migrations) {
        if (migration.version <= *current)
            continue; // an up-to-date database is only read, never locked for writing
        // The version is read again inside the transaction: another process may have migrated
        // between our check and our lock, and its work must not be applied twice.
        bool future = false;
        auto applied = transaction([&]() -> Expected<void, QString> {
            auto now = schemaVersion();
            if (!now)
                return unexpected(now.error());
            if (*now > known) {
                future = true;
                return unexpected(fromTheFuture(*now));
            }
            if (*now >= migration.version)
                return {};
            for (const QString &statement : migration.statements) {
                if (auto done = execute(statement); !done)
                    return unexpected(done.error());
            }
            QSqlQuery record(connection());
            return sql::exec(record,
                             QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                            "VALUES (:version, :description, :at)"),
                             {{QStringLiteral("version"), migration.version},
                              {QStringLiteral("description"), migration.description},
                              {QStringLiteral("at"), QDateTime::currentMSecsSinceEpoch()}});
        });
        if (!applied)
            return unexpected(future ? applied.error()
                                     : Tr::tr("Cannot update the schema of %1 to version %2 (%3): %4")
                                           .arg(m_filePath)
                                           .arg(migration.version)
                                           .arg(migration.description, applied.error()));
    }
    return {};
}

} // namespace gatehouse
