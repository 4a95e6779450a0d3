#include "AckReply.h"

namespace gatehouse {

QJsonObject AckReply::ok(QJsonObject body)
{
    body.insert(QStringLiteral("ok"), true);
    return body;
}

QJsonObject AckReply::failure(const QString &code, const QString &message)
{
    return {{QStringLiteral("ok"), false},
            {QStringLiteral("error"),
             QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

} // namespace gatehouse
