// User accounts in the `users` table: add, find, list, change, remove.
//
// Usernames are unique ignoring case ("Alice" and "alice" are one account): lookups and the
// UNIQUE constraint use the case-folded `username_key`, while `username` keeps the spelling the
// user chose. Every write is a single statement, committed (durably, see Database) before the
// call returns. The store does not hash passwords (PasswordHasher does) and writes no audit
// records (callers do, with the actor they know about).
#pragma once

#include "User.h"
#include "core/Clock.h"
#include "core/Expected.h"

#include <QList>

namespace gatehouse {

class Database;

class UserStore {
public:
    struct NewUser {
        QString username;
        QString displayName; // empty: the username
        Role role = Role::User;
        QString passwordHash; // empty: no password login
    };

    static constexpr int MaximumUsernameLength = 64;
    static constexpr int MaximumDisplayNameLength = 100;

    explicit UserStore(Database &database, const Clock *clock = Clock::system());

    // 1 to 64 ASCII letters, digits, '.', '_' or '-'. ASCII on purpose: a username is typed at
    // login and read by moderators, and look-alikes from other scripts (Cyrillic "а" for Latin
    // "a") would let one user pass for another. Display names may use any script.
    static Expected<void, QString> checkUsername(const QString &username);
    // Up to 100 characters, no control characters.
    static Expected<void, QString> checkDisplayName(const QString &displayName);
    // What uniqueness and lookups compare: the case-folded username.
    static QString usernameKey(const QString &username);

    // Fails with a message naming the problem for an invalid or already taken username.
    Expected<User, QString> add(const NewUser &user);

    // std::nullopt when there is no such user; errors are database failures only.
    Expected<std::optional<User>, QString> findByUsername(const QString &username) const;
    Expected<std::optional<User>, QString> findById(const QString &id) const;
    Expected<QList<User>, QString> list() const; // ordered by username, ignoring case
    Expected<qint64, QString> count() const;
    Expected<qint64, QString> countWithRole(Role role) const;

    // Each fails when no user has `id`.
    Expected<void, QString> setPassword(const QString &id, const QString &passwordHash);
    Expected<void, QString> setRole(const QString &id, Role role);
    Expected<void, QString> setDisplayName(const QString &id, const QString &displayName);
    // `at` invalid: now.
    Expected<void, QString> recordLogin(const QString &id, const QDateTime &at = {});
    // `until` invalid: until unsuspend(). Suspending does not revoke tokens or kick sockets: the
    // moderation code does that around this call.
    Expected<void, QString> suspend(const QString &id, const QString &reason, const QDateTime &until = {});
    Expected<void, QString> unsuspend(const QString &id);
    // Also deletes the user's refresh tokens (ON DELETE CASCADE); audit records stay.
    Expected<void, QString> remove(const QString &id);

private:
    Expected<std::optional<User>, QString> findOne(const QString &column, const QString &value) const;
    Expected<void, QString> update(const QString &id, const QString &assignments, const QVariantMap &values);

    Database &m_database;
    const Clock *m_clock;
};

} // namespace gatehouse
