// The store's database: opens (and creates) <dataDir>/gatehouse.db with SQLite, makes every commit
// durable, and brings the schema up to date with SchemaMigrations.
//
// Durability: WAL journal with synchronous=FULL, so a transaction that has returned is on disk;
// a suspension, a revoked token or an audit record reported as done survives a crash or power
// loss. foreign_keys=ON (SQLite's default is off) makes ON DELETE CASCADE work. Writers from
// several connections or processes (the server and `gatehouse user …`) wait up to the busy
// timeout for each other instead of failing.
//
// Threads: a Qt SQL connection belongs to the thread that opened it. Each Database has its own
// uniquely named connection and must be opened, used and destroyed on one thread; another
// thread opens its own Database on the same folder.
#pragma once

#include "SchemaMigrations.h"
#include "core/Expected.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace gatehouse {

class Database {
public:
    struct Options {
        int busyTimeoutMs = 5000;
        // Tests only: migrations to apply instead of SchemaMigrations::all().
        std::optional<QList<Migration>> migrations;
    };

    static inline const QString FileName = QStringLiteral("gatehouse.db");

    // The platform's app-data folder for this application, e.g. ~/.local/share/Gatehouse/gatehouse
    // for the gatehouse binary on Linux. `gatehouse --data-dir DIR` overrides it.
    static QString defaultDataDir();

    // Opens <dataDir>/gatehouse.db, creating the folder (0700) and the file (0600) if needed, and
    // migrates it. Errors say what went wrong in words an operator can act on.
    static Expected<std::unique_ptr<Database>, QString> open(const QString &dataDir, Options options);
    static Expected<std::unique_ptr<Database>, QString> open(const QString &dataDir)
    {
        return open(dataDir, Options {});
    }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The Qt SQL connection, for the stores' queries (only valid on the opening thread).
    QSqlDatabase connection() const;
    SqlDialect dialect() const { return m_dialect; }
    QString filePath() const { return m_filePath; }
    Expected<int, QString> schemaVersion() const;

    // Runs `work` in one write transaction: commits when it succeeds, rolls back when it returns
    // an error (which is passed on). Not reentrant. On SQLite the write lock is taken up front
    // (BEGIN IMMEDIATE), so a read-then-write inside `work` cannot fail halfway on contention.
    Expected<void, QString> transaction(const std::function<Expected<void, QString>()> &work);

private:
    Database(QString connectionName, QString filePath, SqlDialect dialect);
    Expected<void, QString> configure();
    Expected<void, QString> migrate(const QList<Migration> &migrations);
    Expected<void, QString> execute(const QString &statement);

    QString m_connectionName;
    QString m_filePath;
    SqlDialect m_dialect;
};

} // namespace gatehouse
