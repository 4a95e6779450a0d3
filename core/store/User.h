// A user account as stored in the `users` table.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace gatehouse {

enum class Role { User, Moderator, Admin };

// "user", "moderator", "admin": the spelling in the database, the config file and tokens.
QString roleToString(Role role);
std::optional<Role> roleFromString(const QString &text); // exact, lower case

enum class UserStatus { Active, Suspended };

QString statusToString(UserStatus status);
std::optional<UserStatus> statusFromString(const QString &text);

struct User {
    QString id; // random, 20 characters; never changes, unlike the username
    QString username; // as the user spelled it; unique ignoring case
    QString displayName;
    Role role = Role::User;
    QString passwordHash; // Argon2id string; empty: no password login (e.g. external identity)
    UserStatus status = UserStatus::Active;
    QString suspendedReason;
    QDateTime suspendedUntil; // invalid: suspended until lifted by hand
    QDateTime createdAt;
    QDateTime lastLoginAt; // invalid: never logged in

    // Whether the suspension holds at `now` (a timed one ends by itself).
    bool isSuspendedAt(const QDateTime &now) const
    {
        return status == UserStatus::Suspended && (!suspendedUntil.isValid() || suspendedUntil > now);
    }

    // The account as /admin and `gatehouse … --json` show it: everything but the password hash.
    // Times are ISO 8601 UTC, or null.
    QJsonObject toJson() const;
};

} // namespace gatehouse
