#include "SchemaMigrations.h"

namespace gatehouse {

namespace {

// An ever-increasing integer key that is never reused, even after old rows are pruned.
QString autoIncrementKey(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::Postgres:
        return QStringLiteral("BIGSERIAL PRIMARY KEY");
    case SqlDialect::Sqlite:
        break;
    }
    return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

Migration version1(SqlDialect dialect)
{
    return {1,
            QStringLiteral("users, refresh tokens and the audit log"),
            {
                // username keeps the spelling the user chose; username_key (case-folded) is what
                // uniqueness and lookups use, so "Alice" and "alice" are one account.
                QStringLiteral("CREATE TABLE users ("
                               "id TEXT PRIMARY KEY, "
                               "username TEXT NOT NULL, "
                               "username_key TEXT NOT NULL UNIQUE, "
                               "display_name TEXT NOT NULL, "
                               "role TEXT NOT NULL CHECK (role IN ('user', 'moderator', 'admin')), "
                               "password_hash TEXT, "
                               "status TEXT NOT NULL CHECK (status IN ('active', 'suspended')), "
                               "suspended_reason TEXT, "
                               "suspended_until BIGINT, "
                               "created_at BIGINT NOT NULL, "
                               "last_login_at BIGINT)"),
                // Only hashes of refresh tokens are stored; a family is one chain of rotations.
                QStringLiteral("CREATE TABLE refresh_tokens ("
                               "id TEXT PRIMARY KEY, "
                               "user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE, "
                               "family_id TEXT NOT NULL, "
                               "token_hash TEXT NOT NULL UNIQUE, "
                               "device_id TEXT, "
                               "device_name TEXT, "
                               "created_at BIGINT NOT NULL, "
                               "expires_at BIGINT NOT NULL, "
                               "used_at BIGINT, "
                               "revoked_at BIGINT)"),
                QStringLiteral("CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id)"),
                QStringLiteral("CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)"),
                QStringLiteral("CREATE INDEX refresh_tokens_expires ON refresh_tokens (expires_at)"),
                // No foreign keys here on purpose: the record of what happened to a user must
                // outlive the user.
                QStringLiteral("CREATE TABLE audit_log ("
                               "id %1, "
                               "at BIGINT NOT NULL, "
                               "type TEXT NOT NULL, "
                               "actor_id TEXT, "
                               "user_id TEXT, "
                               "address TEXT, "
                               "details TEXT NOT NULL)")
                    .arg(autoIncrementKey(dialect)),
                QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
                QStringLiteral("CREATE INDEX audit_log_user ON audit_log (user_id, at)"),
                QStringLiteral("CREATE INDEX audit_log_actor ON audit_log (actor_id, at)"),
                QStringLiteral("CREATE INDEX audit_log_type ON audit_log (type, at)"),
            }};
}

Migration version2(SqlDialect dialect)
{
    return {2,
            QStringLiteral("chat rooms, room members and messages"),
            {
                // A room's name is its identity for clients ("general" for #general) and never
                // changes; archived rooms keep theirs, so a name is never reused for other history.
                QStringLiteral("CREATE TABLE chat_rooms ("
                               "id %1, "
                               "name TEXT NOT NULL UNIQUE, "
                               "topic TEXT NOT NULL, "
                               "created_by TEXT, "
                               "created_at BIGINT NOT NULL, "
                               "archived_at BIGINT)")
                    .arg(autoIncrementKey(dialect)),
                // No foreign keys to users: users signed in by another issuer's token are not in
                // `users`, and what someone said must outlive their account, like the audit log.
                QStringLiteral("CREATE TABLE chat_members ("
                               "room_id BIGINT NOT NULL REFERENCES chat_rooms (id) ON DELETE CASCADE, "
                               "user_id TEXT NOT NULL, "
                               "joined_at BIGINT NOT NULL, "
                               "PRIMARY KEY (room_id, user_id))"),
                QStringLiteral("CREATE INDEX chat_members_user ON chat_members (user_id)"),
                // A message belongs to a room or to a direct conversation ("<id>|<id>", the two
                // user ids in order), never both. Sender and recipient names are kept as they were
                // when it was sent. The id orders messages and pages history.
                QStringLiteral("CREATE TABLE chat_messages ("
                               "id %1, "
                               "room_id BIGINT REFERENCES chat_rooms (id), "
                               "conversation TEXT, "
                               "sender_id TEXT NOT NULL, "
                               "sender_username TEXT NOT NULL, "
                               "sender_name TEXT NOT NULL, "
                               "recipient_id TEXT, "
                               "recipient_username TEXT, "
                               "recipient_name TEXT, "
                               "text TEXT NOT NULL, "
                               "sent_at BIGINT NOT NULL, "
                               "client_id TEXT, "
                               "CHECK ((room_id IS NULL) <> (conversation IS NULL)))")
                    .arg(autoIncrementKey(dialect)),
                // A retried send with the same client id finds the stored message instead of
                // adding a copy; NULLs (no client id) never collide.
                QStringLiteral(
                    "CREATE UNIQUE INDEX chat_messages_client ON chat_messages (sender_id, client_id)"),
                QStringLiteral("CREATE INDEX chat_messages_room ON chat_messages (room_id, id)"),
                QStringLiteral("CREATE INDEX chat_messages_conversation ON chat_messages (conversation, id)"),
                QStringLiteral("CREATE INDEX chat_messages_recipient ON chat_messages (recipient_id, id)"),
            }};
}

} // namespace

QList<Migration> SchemaMigrations::all(SqlDialect dialect)
{
    return {version1(dialect), version2(dialect)};
}

int SchemaMigrations::latestVersion()
{
    return static_cast<int>(all(SqlDialect::Sqlite).size());
}

} // namespace gatehouse
