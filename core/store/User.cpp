#include "User.h"

namespace gatehouse {

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

} // namespace gatehouse
