#include "ChatMessage.h"

namespace gatehouse {

QJsonObject ChatMessage::toJson() const
{
    QJsonObject json {{QStringLiteral("id"), double(id)},
                      {QStringLiteral("room"), isDirect() ? QJsonValue() : QJsonValue(room)},
                      {QStringLiteral("from"), from.toJson()},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("at"), double(at.toMSecsSinceEpoch())},
                      {QStringLiteral("clientId"), clientId.isEmpty() ? QJsonValue() : QJsonValue(clientId)}};
    if (isDirect())
        json.insert(QStringLiteral("to"), to.toJson());
    return json;
}

} // namespace gatehouse
