#include "ChatEntry.h"

#include <QJsonArray>

#include <algorithm>

namespace gatehouse {

ChatEntry ChatEntry::fromJson(const QJsonObject &message)
{
    ChatEntry entry;
    // Ids are whole numbers well below 2^53, so the double of QJsonValue holds them exactly.
    entry.id = qint64(message.value(QLatin1StringView("id")).toDouble());
    entry.key = keyForId(entry.id);
    entry.room = message.value(QLatin1StringView("room")).toString();
    entry.from = ChatPeer::fromJson(message.value(QLatin1StringView("from")).toObject());
    entry.to = ChatPeer::fromJson(message.value(QLatin1StringView("to")).toObject());
    entry.text = message.value(QLatin1StringView("text")).toString();
    entry.at
        = QDateTime::fromMSecsSinceEpoch(qint64(message.value(QLatin1StringView("at")).toDouble()), Qt::UTC);
    entry.clientId = message.value(QLatin1StringView("clientId")).toString();
    return entry;
}

QList<ChatEntry> ChatEntry::listFromJson(const QJsonValue &messages)
{
    QList<ChatEntry> entries;
    const QJsonArray list = messages.toArray();
    entries.reserve(list.size());
    for (const QJsonValue &message : list)
        entries.append(fromJson(message.toObject()));
    std::sort(entries.begin(), entries.end(),
              [](const ChatEntry &a, const ChatEntry &b) { return a.id < b.id; });
    return entries;
}

} // namespace gatehouse
