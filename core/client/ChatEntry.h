// One message as the client holds it: stored on the server (Sent, with an id), or written here
// and not yet acknowledged (Pending) or refused (Failed, with the reason). Keys are stable for a
// message's whole life: "m<id>" for messages received, the clientId for messages sent from this
// client, so a pending message keeps its row when the server confirms it.
#pragma once

#include "ChatPeer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gatehouse {

struct ChatEntry {
    enum class State { Sent, Pending, Failed };

    QString key;
    qint64 id = 0; // 0 until the server stored it
    QString room; // empty for direct messages
    ChatPeer from;
    ChatPeer to; // direct messages
    QString text;
    QDateTime at; // the server's time once stored, the local time while pending
    QString clientId;
    State state = State::Sent;
    QString error; // why it failed, translated
    qint64 sequence = 0; // orders pending messages after all stored ones

    bool isDirect() const { return room.isEmpty(); }
    // The order of a conversation: stored messages by id, then pending ones as they were written.
    qint64 sortKey() const { return id > 0 ? id : (qint64(1) << 62) + sequence; }

    static QString keyForId(qint64 id) { return QLatin1Char('m') + QString::number(id); }
    // A message as the server sends it (docs/chat.md, "Objects"); state Sent.
    static ChatEntry fromJson(const QJsonObject &message);
    // A JSON array of messages, sorted by id.
    static QList<ChatEntry> listFromJson(const QJsonValue &messages);
};

} // namespace gatehouse
