#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace gatehouse::sql {

namespace {

QString failure(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    return QCoreApplication::translate("Database", "database error: %1")
        .arg(error.text().isEmpty() ? QStringLiteral("unknown") : error.text());
}

} // namespace

QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant fromText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Expected<void, QString> exec(QSqlQuery &query)
{
    if (!query.exec())
        return unexpected(failure(query));
    return {};
}

Expected<void, QString> exec(QSqlQuery &query, const QString &statement, const QVariantMap &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return unexpected(failure(query));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(QLatin1Char(':') + it.key(), it.value());
    return exec(query);
}

} // namespace gatehouse::sql
