#include "User.h"

namespace gatehouse {

namespace {

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QString roleToString(Role role)
{
    switch (role) {
    case Role::Moderator:
        return QStringLiteral("moderator");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::User:
        break;
    }
    return QStringLiteral("user");
}

std::optional<Role> roleFromString(const QString &text)
{
    for (Role role : {Role::User, Role::Moderator, Role::Admin}) {
        if (text == roleToString(role))
            return role;
    }
    return std::nullopt;
}

QString statusToString(UserStatus status)
{
    return status == UserStatus::Suspended ? QStringLiteral("suspended") : QStringLiteral("active");
}

std::optional<UserStatus> statusFromString(const QString &text)
{
    for (UserStatus status : {UserStatus::Active, UserStatus::Suspended}) {
        if (text == statusToString(status))
            return status;
    }
    return std::nullopt;
}

QJsonObject User::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("role"), roleToString(role)},
            {QStringLiteral("status"), statusToString(status)},
            {QStringLiteral("suspendedReason"),
             status == UserStatus::Suspended ? QJsonValue(suspendedReason) : QJsonValue()},
            {QStringLiteral("suspendedUntil"), timeOrNull(suspendedUntil)},
            {QStringLiteral("createdAt"), timeOrNull(createdAt)},
            {QStringLiteral("lastLoginAt"), timeOrNull(lastLoginAt)}};
}

} // namespace gatehouse
