#include "ChatUser.h"

#include "core/server/Socket.h"

namespace gatehouse {

QJsonObject ChatUser::toJson() const
{
    return {
        {QStringLiteral("id"), id}, {QStringLiteral("username"), username}, {QStringLiteral("name"), name}};
}

ChatUser ChatUser::of(const Socket *socket)
{
    const QVariantMap user = socket->data().value(QStringLiteral("user")).toMap();
    ChatUser result;
    result.id = user.value(QStringLiteral("id")).toString();
    result.username = user.value(QStringLiteral("username")).toString();
    result.name = user.value(QStringLiteral("name")).toString();
    result.role = user.value(QStringLiteral("role")).toString();
    // Tokens from another issuer may carry only a name: it stands in for what is missing.
    if (result.username.isEmpty())
        result.username = result.name.isEmpty() ? result.id : result.name;
    if (result.name.isEmpty())
        result.name = result.username;
    return result;
}

} // namespace gatehouse
