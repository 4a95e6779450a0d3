// Conversions between the store's column conventions and Qt types, shared by the stores:
// timestamps are BIGINT milliseconds since the epoch (UTC), absent values are SQL NULL.
#pragma once

#include "core/Expected.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace gatehouse::sql {

// NULL for an invalid QDateTime.
QVariant fromTime(const QDateTime &time);
// An invalid QDateTime for NULL; UTC otherwise.
QDateTime toTime(const QVariant &value);
// NULL for an empty string, so that "not set" is NULL in every column.
QVariant fromText(const QString &text);

// Runs a prepared query; the error names what failed and the driver's reason.
Expected<void, QString> exec(QSqlQuery &query);
// Prepares and runs `statement` with `values` bound by name (":name" → value).
Expected<void, QString> exec(QSqlQuery &query, const QString &statement, const QVariantMap &values = {});

} // namespace gatehouse::sql
