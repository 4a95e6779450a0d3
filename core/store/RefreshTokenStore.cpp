#include "RefreshTokenStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/RandomId.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

namespace gatehouse {

namespace {

RefreshToken tokenFromRow(const QSqlQuery &query)
{
    RefreshToken token;
    token.id = query.value(0).toString();
    token.userId = query.value(1).toString();
    token.familyId = query.value(2).toString();
    token.tokenHash = query.value(3).toString();
    token.deviceId = query.value(4).toString();
    token.deviceName = query.value(5).toString();
    token.createdAt = sql::toTime(query.value(6));
    token.expiresAt = sql::toTime(query.value(7));
    token.usedAt = sql::toTime(query.value(8));
    token.revokedAt = sql::toTime(query.value(9));
    return token;
}

// Timestamps round-trip through the database in whole milliseconds.
QDateTime toMilliseconds(const QDateTime &time)
{
    return sql::toTime(sql::fromTime(time));
}

} // namespace

RefreshTokenStore::RefreshTokenStore(Database &database, const Clock *clock)
    : m_database(database), m_clock(clock)
{
}

QString RefreshTokenStore::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Expected<RefreshToken, QString> RefreshTokenStore::insert(const RefreshToken &token)
{
    RefreshToken stored = token;
    if (stored.id.isEmpty())
        stored.id = RandomId::generate();
    stored.createdAt = toMilliseconds(stored.createdAt.isValid() ? stored.createdAt : m_clock->now());
    stored.expiresAt = toMilliseconds(stored.expiresAt);
    stored.usedAt = toMilliseconds(stored.usedAt);
    stored.revokedAt = toMilliseconds(stored.revokedAt);
    if (stored.userId.isEmpty() || stored.familyId.isEmpty() || stored.tokenHash.isEmpty()
        || !stored.expiresAt.isValid())
        return unexpected(QCoreApplication::translate(
            "RefreshTokenStore", "A refresh token needs a user, a family, a hash and an expiry time."));
    QSqlQuery query(m_database.connection());
    auto done = sql::exec(
        query,
        QStringLiteral(
            "INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, device_id, device_name, "
            "created_at, expires_at, used_at, revoked_at) "
            "VALUES (:id, :userId, :familyId, :hash, :deviceId, :deviceName, :createdAt, "
            ":expiresAt, :usedAt, :revokedAt)"),
        {{QStringLiteral("id"), stored.id},
         {QStringLiteral("userId"), stored.userId},
         {QStringLiteral("familyId"), stored.familyId},
         {QStringLiteral("hash"), stored.tokenHash},
         {QStringLiteral("deviceId"), sql::fromText(stored.deviceId)},
         {QStringLiteral("deviceName"), sql::fromText(stored.deviceName)},
         {QStringLiteral("createdAt"), sql::fromTime(stored.createdAt)},
         {QStringLiteral("expiresAt"), sql::fromTime(stored.expiresAt)},
         {QStringLiteral("usedAt"), sql::fromTime(stored.usedAt)},
         {QStringLiteral("revokedAt"), sql::fromTime(stored.revokedAt)}});
    if (!done)
        return unexpected(done.error());
    return stored;
}

Expected<std::optional<RefreshToken>, QString> RefreshTokenStore::findByHash(const QString &tokenHash) const
{
    QSqlQuery query(m_database.connection());
    auto done = sql::exec(query,
                          QStringLiteral("SELECT id, user_id, family_id, token_hash, device_id, device_name, "
                                         "created_at, expires_at, used_at, revoked_at "
                                         "FROM refresh_tokens WHERE token_hash = :hash"),
                          {{QStringLiteral("hash"), tokenHash}});
    if (!done)
        return unexpected(done.error());
    if (!query.next())
        return std::optional<RefreshToken>();
    return std::optional<RefreshToken>(tokenFromRow(query));
}

Expected<int, QString> RefreshTokenStore::changeCount(const QString &statement, const QVariantMap &values)
{
    QSqlQuery query(m_database.connection());
    if (auto done = sql::exec(query, statement, values); !done)
        return unexpected(done.error());
    return query.numRowsAffected();
}

Expected<bool, QString> RefreshTokenStore::markUsed(const QString &id)
{
    // The WHERE clause is the whole point: the database evaluates it under its write lock (SQLite)
    // or row lock (PostgreSQL re-checks it after a concurrent update commits), so only one
    // UPDATE can match.
    auto changed = changeCount(QStringLiteral("UPDATE refresh_tokens SET used_at = :now "
                                              "WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL"),
                               {{QStringLiteral("id"), id}, {QStringLiteral("now"), m_clock->nowMs()}});
    if (!changed)
        return unexpected(changed.error());
    return *changed == 1;
}

Expected<int, QString> RefreshTokenStore::revokeFamily(const QString &familyId)
{
    return changeCount(QStringLiteral("UPDATE refresh_tokens SET revoked_at = :now "
                                      "WHERE family_id = :family AND revoked_at IS NULL"),
                       {{QStringLiteral("family"), familyId}, {QStringLiteral("now"), m_clock->nowMs()}});
}

Expected<int, QString> RefreshTokenStore::revokeAllForUser(const QString &userId)
{
    return changeCount(QStringLiteral("UPDATE refresh_tokens SET revoked_at = :now "
                                      "WHERE user_id = :user AND revoked_at IS NULL"),
                       {{QStringLiteral("user"), userId}, {QStringLiteral("now"), m_clock->nowMs()}});
}

Expected<int, QString> RefreshTokenStore::deleteExpired()
{
    return changeCount(QStringLiteral("DELETE FROM refresh_tokens WHERE expires_at < :now"),
                       {{QStringLiteral("now"), m_clock->nowMs()}});
}

} // namespace gatehouse
