#include "AuditLog.h"

#include "Database.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace gatehouse {

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("id"), double(id)},
            {QStringLiteral("at"),
             at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
            {QStringLiteral("type"), type},
            {QStringLiteral("actorId"), actorId.isEmpty() ? QJsonValue() : QJsonValue(actorId)},
            {QStringLiteral("userId"), userId.isEmpty() ? QJsonValue() : QJsonValue(userId)},
            {QStringLiteral("address"), address},
            {QStringLiteral("details"), details}};
}

AuditLog::AuditLog(Database &database, const Clock *clock) : m_database(database), m_clock(clock)
{
}

Expected<AuditEntry, QString> AuditLog::append(const AuditEntry &entry)
{
    AuditEntry stored = entry;
    stored.at = sql::toTime(sql::fromTime(entry.at.isValid() ? entry.at : m_clock->now()));
    QSqlQuery query(m_database.connection());
    auto done
        = sql::exec(query,
                    QStringLiteral("INSERT INTO audit_log (at, type, actor_id, user_id, address, details) "
                                   "VALUES (:at, :type, :actor, :user, :address, :details)"),
                    {{QStringLiteral("at"), sql::fromTime(stored.at)},
                     {QStringLiteral("type"), stored.type},
                     {QStringLiteral("actor"), sql::fromText(stored.actorId)},
                     {QStringLiteral("user"), sql::fromText(stored.userId)},
                     {QStringLiteral("address"), sql::fromText(stored.address)},
                     {QStringLiteral("details"),
                      QString::fromUtf8(QJsonDocument(stored.details).toJson(QJsonDocument::Compact))}});
    if (!done)
        return unexpected(done.error());
    stored.id = query.lastInsertId().toLongLong();
    return stored;
}

Expected<AuditEntry, QString> AuditLog::append(const QString &type, const QString &actorId,
                                               const QString &userId, const QString &address,
                                               const QJsonObject &details)
{
    return append(AuditEntry {0, {}, type, actorId, userId, address, details});
}

Expected<QList<AuditEntry>, QString> AuditLog::query(const AuditQuery &filter) const
{
    QStringList conditions;
    QVariantMap values;
    auto add = [&](bool active, const char *condition, const QString &name, const QVariant &value) {
        if (!active)
            return;
        conditions.append(QLatin1StringView(condition));
        values.insert(name, value);
    };
    add(!filter.userId.isEmpty(), "user_id = :user", QStringLiteral("user"), filter.userId);
    add(!filter.actorId.isEmpty(), "actor_id = :actor", QStringLiteral("actor"), filter.actorId);
    add(!filter.type.isEmpty(), "type = :type", QStringLiteral("type"), filter.type);
    add(filter.from.isValid(), "at >= :from", QStringLiteral("from"), sql::fromTime(filter.from));
    add(filter.to.isValid(), "at < :to", QStringLiteral("to"), sql::fromTime(filter.to));
    add(filter.beforeId > 0, "id < :before", QStringLiteral("before"), filter.beforeId);
    const int limit = filter.limit > 0 ? qMin(filter.limit, MaximumLimit) : 100;

    const QString where = conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery query(m_database.connection());
    // The limit is an integer we computed, not user text: safe to put in the statement, and
    // "LIMIT n" reads the same on SQLite and PostgreSQL.
    auto done
        = sql::exec(query,
                    QStringLiteral("SELECT id, at, type, actor_id, user_id, address, details FROM audit_log"
                                   "%1 ORDER BY id DESC LIMIT %2")
                        .arg(where)
                        .arg(limit),
                    values);
    if (!done)
        return unexpected(done.error());
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = sql::toTime(query.value(1));
        entry.type = query.value(2).toString();
        entry.actorId = query.value(3).toString();
        entry.userId = query.value(4).toString();
        entry.address = query.value(5).toString();
        entry.details = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        entries.append(entry);
    }
    return entries;
}

} // namespace gatehouse
