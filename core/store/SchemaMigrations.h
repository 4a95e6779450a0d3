// The store's schema as an ordered list of migrations. Database applies the ones a database has
// not seen yet, each in its own transaction, and records them in `schema_version`.
//
// Rules for adding one: append a migration with the next version number, never edit a released
// one, and keep the SQL portable (TEXT, INTEGER, BIGINT; timestamps as BIGINT ms since the epoch
// UTC). What cannot be portable goes through the dialect argument, as the audit log's key does.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

enum class SqlDialect { Sqlite, Postgres };

struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
};

class SchemaMigrations {
public:
    // Every migration, in order, versions 1, 2, 3… without gaps.
    static QList<Migration> all(SqlDialect dialect);
    // The version a database has once every migration ran.
    static int latestVersion();
};

} // namespace gatehouse
