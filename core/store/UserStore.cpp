#include "UserStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/RandomId.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace gatehouse {

namespace {

// This file's strings, in the translation context "UserStore" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UserStore)
};

const QString Columns = QStringLiteral("id, username, display_name, role, password_hash, status, "
                                       "suspended_reason, suspended_until, created_at, last_login_at");

User userFromRow(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toString();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = roleFromString(query.value(3).toString()).value_or(Role::User);
    user.passwordHash = query.value(4).toString();
    // An unknown status can only come from a newer schema or a hand edit: treat it as the
    // safer of the two.
    user.status = statusFromString(query.value(5).toString()).value_or(UserStatus::Suspended);
    user.suspendedReason = query.value(6).toString();
    user.suspendedUntil = sql::toTime(query.value(7));
    user.createdAt = sql::toTime(query.value(8));
    user.lastLoginAt = sql::toTime(query.value(9));
    return user;
}

bool isUsernameCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
        || c == u'_' || c == u'-';
}

} // namespace

UserStore::UserStore(Database &database, const Clock *clock) : m_database(database), m_clock(clock)
{
}

Expected<void, QString> UserStore::checkUsername(const QString &username)
{
    if (username.isEmpty())
        return unexpected(Tr::tr("The username is empty."));
    if (username.size() > MaximumUsernameLength)
        return unexpected(Tr::tr("The username is longer than %1 characters.").arg(MaximumUsernameLength));
    for (QChar c : username) {
        if (!isUsernameCharacter(c))
            return unexpected(
                Tr::tr("The username \"%1\" may only contain letters a-z and A-Z, digits, \".\", "
                       "\"_\" and \"-\".")
                    .arg(username));
    }
    return {};
}

Expected<void, QString> UserStore::checkDisplayName(const QString &displayName)
{
    if (displayName.toUcs4().size() > MaximumDisplayNameLength)
        return unexpected(
            Tr::tr("The display name is longer than %1 characters.").arg(MaximumDisplayNameLength));
    for (QChar c : displayName) {
        if (c.category() == QChar::Other_Control)
            return unexpected(Tr::tr("The display name contains control characters."));
    }
    return {};
}

QString UserStore::usernameKey(const QString &username)
{
    return username.toCaseFolded();
}

Expected<User, QString> UserStore::add(const NewUser &newUser)
{
    if (auto valid = checkUsername(newUser.username); !valid)
        return unexpected(valid.error());
    const QString displayName = newUser.displayName.trimmed();
    if (auto valid = checkDisplayName(displayName); !valid)
        return unexpected(valid.error());
    auto taken = [&] { return Tr::tr("The username \"%1\" is already taken.").arg(newUser.username); };
    auto existing = findByUsername(newUser.username);
    if (!existing)
        return unexpected(existing.error());
    if (existing->has_value())
        return unexpected(taken());

    User user;
    user.id = RandomId::generate();
    user.username = newUser.username;
    user.displayName = displayName.isEmpty() ? newUser.username : displayName;
    user.role = newUser.role;
    user.passwordHash = newUser.passwordHash;
    // Stored with millisecond precision: keep the returned value equal to what findById reads.
    user.createdAt = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), QTimeZone::utc());

    QSqlQuery query(m_database.connection());
    auto inserted = sql::exec(
        query,
        QStringLiteral("INSERT INTO users (id, username, username_key, display_name, role, password_hash, "
                       "status, created_at) "
                       "VALUES (:id, :username, :key, :displayName, :role, :hash, :status, :createdAt)"),
        {{QStringLiteral("id"), user.id},
         {QStringLiteral("username"), user.username},
         {QStringLiteral("key"), usernameKey(user.username)},
         {QStringLiteral("displayName"), user.displayName},
         {QStringLiteral("role"), roleToString(user.role)},
         {QStringLiteral("hash"), sql::fromText(user.passwordHash)},
         {QStringLiteral("status"), statusToString(user.status)},
         {QStringLiteral("createdAt"), sql::fromTime(user.createdAt)}});
    if (!inserted) {
        // Another connection may have taken the name since the check above; the UNIQUE
        // constraint is the real arbiter, and the message should still say what happened.
        auto now = findByUsername(newUser.username);
        if (now && now->has_value())
            return unexpected(taken());
        return unexpected(inserted.error());
    }
    return user;
}

Expected<std::optional<User>, QString> UserStore::findOne(const QString &column, const QString &value) const
{
    QSqlQuery query(m_database.connection());
    auto done
        = sql::exec(query, QStringLiteral("SELECT %1 FROM users WHERE %2 = :value").arg(Columns, column),
                    {{QStringLiteral("value"), value}});
    if (!done)
        return unexpected(done.error());
    if (!query.next())
        return std::optional<User>();
    return std::optional<User>(userFromRow(query));
}

Expected<std::optional<User>, QString> UserStore::findByUsername(const QString &username) const
{
    return findOne(QStringLiteral("username_key"), usernameKey(username));
}

Expected<std::optional<User>, QString> UserStore::findById(const QString &id) const
{
    return findOne(QStringLiteral("id"), id);
}

Expected<QList<User>, QString> UserStore::list() const
{
    QSqlQuery query(m_database.connection());
    if (auto done
        = sql::exec(query, QStringLiteral("SELECT %1 FROM users ORDER BY username_key").arg(Columns));
        !done)
        return unexpected(done.error());
    QList<User> users;
    while (query.next())
        users.append(userFromRow(query));
    return users;
}

Expected<qint64, QString> UserStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (auto done = sql::exec(query, QStringLiteral("SELECT COUNT(*) FROM users")); !done)
        return unexpected(done.error());
    return query.next() ? query.value(0).toLongLong() : 0;
}

Expected<qint64, QString> UserStore::countWithRole(Role role) const
{
    QSqlQuery query(m_database.connection());
    if (auto done = sql::exec(query, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = :role"),
                              {{QStringLiteral("role"), roleToString(role)}});
        !done)
        return unexpected(done.error());
    return query.next() ? query.value(0).toLongLong() : 0;
}

Expected<void, QString> UserStore::update(const QString &id, const QString &assignments,
                                          const QVariantMap &values)
{
    QSqlQuery query(m_database.connection());
    QVariantMap bound = values;
    bound.insert(QStringLiteral("id"), id);
    if (auto done
        = sql::exec(query, QStringLiteral("UPDATE users SET %1 WHERE id = :id").arg(assignments), bound);
        !done)
        return unexpected(done.error());
    if (query.numRowsAffected() < 1)
        return unexpected(Tr::tr("There is no user with id %1.").arg(id));
    return {};
}

Expected<void, QString> UserStore::setPassword(const QString &id, const QString &passwordHash)
{
    return update(id, QStringLiteral("password_hash = :hash"),
                  {{QStringLiteral("hash"), sql::fromText(passwordHash)}});
}

Expected<void, QString> UserStore::setRole(const QString &id, Role role)
{
    return update(id, QStringLiteral("role = :role"), {{QStringLiteral("role"), roleToString(role)}});
}

Expected<void, QString> UserStore::setDisplayName(const QString &id, const QString &displayName)
{
    const QString trimmed = displayName.trimmed();
    if (auto valid = checkDisplayName(trimmed); !valid)
        return unexpected(valid.error());
    if (trimmed.isEmpty()) // back to the username, as add() does
        return update(id, QStringLiteral("display_name = username"), {});
    return update(id, QStringLiteral("display_name = :name"), {{QStringLiteral("name"), trimmed}});
}

Expected<void, QString> UserStore::recordLogin(const QString &id, const QDateTime &at)
{
    return update(id, QStringLiteral("last_login_at = :at"),
                  {{QStringLiteral("at"), sql::fromTime(at.isValid() ? at : m_clock->now())}});
}

Expected<void, QString> UserStore::suspend(const QString &id, const QString &reason, const QDateTime &until)
{
    return update(id,
                  QStringLiteral("status = :status, suspended_reason = :reason, suspended_until = :until"),
                  {{QStringLiteral("status"), statusToString(UserStatus::Suspended)},
                   {QStringLiteral("reason"), sql::fromText(reason)},
                   {QStringLiteral("until"), sql::fromTime(until)}});
}

Expected<void, QString> UserStore::unsuspend(const QString &id)
{
    return update(id, QStringLiteral("status = :status, suspended_reason = NULL, suspended_until = NULL"),
                  {{QStringLiteral("status"), statusToString(UserStatus::Active)}});
}

Expected<void, QString> UserStore::remove(const QString &id)
{
    QSqlQuery query(m_database.connection());
    if (auto done
        = sql::exec(query, QStringLiteral("DELETE FROM users WHERE id = :id"), {{QStringLiteral("id"), id}});
        !done)
        return unexpected(done.error());
    if (query.numRowsAffected() < 1)
        return unexpected(Tr::tr("There is no user with id %1.").arg(id));
    return {};
}

} // namespace gatehouse
