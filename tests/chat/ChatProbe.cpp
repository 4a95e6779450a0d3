#include "ChatProbe.h"

#include "ModerationFixture.h"

namespace gatehouse::test {

ChatProbe::ChatProbe(ClientSocket *socket) : m_socket(socket)
{
    socket->onAny([this](const QString &event, const Arguments &args, const Ack &) {
        m_events.append({event, args.value(0).toObject()});
    });
}

QJsonObject ChatProbe::call(const QString &command, const QJsonObject &request) const
{
    return ModerationFixture::call(m_socket, m_socket, command, request);
}

QList<QJsonObject> ChatProbe::received(const QString &event) const
{
    QList<QJsonObject> found;
    for (const auto &[name, payload] : m_events) {
        if (name == event)
            found.append(payload);
    }
    return found;
}

QStringList ChatProbe::texts() const
{
    QStringList texts;
    const QList<QJsonObject> messages = received(QStringLiteral("chat:message"));
    for (const QJsonObject &message : messages)
        texts.append(message.value(QStringLiteral("text")).toString());
    return texts;
}

QStringList ChatProbe::presenceOf(const QString &userId) const
{
    QStringList states;
    const QList<QJsonObject> events = received(QStringLiteral("presence"));
    for (const QJsonObject &event : events) {
        if (event.value(QStringLiteral("userId")).toString() == userId)
            states.append(QStringLiteral("%1/%2")
                              .arg(event.value(QStringLiteral("online")).toBool() ? QStringLiteral("true")
                                                                                  : QStringLiteral("false"))
                              .arg(event.value(QStringLiteral("devices")).toInt()));
    }
    return states;
}

} // namespace gatehouse::test
