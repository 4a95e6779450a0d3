#include "ChatRoom.h"

namespace gatehouse {

QJsonObject ChatRoom::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("topic"), topic},
            {QStringLiteral("createdBy"), createdBy.isEmpty() ? QJsonValue() : QJsonValue(createdBy)},
            {QStringLiteral("createdAt"), double(createdAt.toMSecsSinceEpoch())},
            {QStringLiteral("archived"), isArchived()}};
}

} // namespace gatehouse
