#include "ChatOutbox.h"

#include "ChatClient.h"
#include "ChatInbox.h"
#include "ClientSocket.h"

#include <QTimer>
#include <QUuid>

namespace gatehouse {

ChatOutbox::ChatOutbox(ChatClient &client) : QObject(&client), m_client(client)
{
}

void ChatOutbox::clear()
{
    m_inFlight.clear();
    m_rateRetries.clear();
}

QString ChatOutbox::send(ChatConversation *conversation, const QString &text)
{
    ChatEntry entry;
    entry.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.key = entry.clientId;
    entry.room = conversation->room();
    entry.from = m_client.self();
    entry.to = conversation->peer;
    entry.text = text;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.state = ChatEntry::State::Pending;
    entry.sequence = ++m_nextSequence;
    const QString key = entry.key;
    conversation->addPending(std::move(entry));
    Q_EMIT m_client.messagesInserted(conversation->key(), {key});
    transmit(conversation->key(), key);
    return key;
}

void ChatOutbox::retry(const QString &conversationKey, const QString &entryKey)
{
    ChatConversation *conversation = m_client.find(conversationKey);
    ChatEntry *entry = conversation ? conversation->entry(entryKey) : nullptr;
    if (!entry || entry->state != ChatEntry::State::Failed)
        return;
    entry->state = ChatEntry::State::Pending;
    entry->error.clear();
    m_rateRetries.remove(entry->clientId);
    Q_EMIT m_client.messageChanged(conversationKey, entryKey);
    transmit(conversationKey, entryKey);
}

void ChatOutbox::sendPending()
{
    QList<QPair<QString, QString>> pending;
    const QStringList keys = m_client.conversationKeys();
    for (const QString &key : keys) {
        const QStringList entries = m_client.find(key)->unconfirmedKeys();
        for (const QString &entryKey : entries)
            pending.append({key, entryKey});
    }
    for (const auto &[conversationKey, entryKey] : std::as_const(pending))
        transmit(conversationKey, entryKey);
}

void ChatOutbox::transmit(const QString &conversationKey, const QString &entryKey)
{
    const ChatConversation *conversation = m_client.find(conversationKey);
    const ChatEntry *entry = conversation ? conversation->entry(entryKey) : nullptr;
    ClientSocket *socket = m_client.socket();
    // Offline, it waits: the sync after the next connect sends it.
    if (!entry || entry->state != ChatEntry::State::Pending || m_inFlight.contains(entry->clientId) || !socket
        || !socket->isConnected())
        return;
    QJsonObject args {{QStringLiteral("text"), entry->text}, {QStringLiteral("clientId"), entry->clientId}};
    QString command = QStringLiteral("chat:send");
    if (conversation->isRoom()) {
        args.insert(QStringLiteral("room"), conversation->room());
    } else {
        command = QStringLiteral("chat:direct");
        args.insert(QStringLiteral("to"),
                    conversation->peer.id.isEmpty() ? conversation->peer.username : conversation->peer.id);
    }
    m_inFlight.insert(entry->clientId);
    socket->emitWithAck(
        command, {args}, this,
        [this, conversationKey, entryKey](Expected<Arguments, QString> result) {
            onAnswer(conversationKey, entryKey, result);
        },
        SendTimeoutMs);
}

void ChatOutbox::onAnswer(const QString &conversationKey, const QString &entryKey,
                          const Expected<Arguments, QString> &result)
{
    ChatConversation *conversation = m_client.find(conversationKey);
    const ChatEntry *entry = conversation ? conversation->entry(entryKey) : nullptr;
    if (!entry)
        return;
    m_inFlight.remove(entry->clientId);
    if (entry->id > 0)
        return; // confirmed meanwhile, by a page that held it
    if (!result) {
        // The connection went: the message is sent again after the next connect.
        if (!m_client.socket() || !m_client.socket()->isConnected())
            return;
        return fail(conversation, entryKey, tr("The server did not answer."));
    }
    const QJsonObject answer = result->value(0).toObject();
    if (answer.value(QLatin1StringView("ok")).toBool()) {
        ChatEntry stored = ChatEntry::fromJson(answer.value(QLatin1StringView("message")).toObject());
        stored.clientId = entry->clientId;
        stored.from = stored.from.isValid() ? stored.from : m_client.self();
        m_rateRetries.remove(stored.clientId);
        m_client.m_inbox->addStored(conversation, {stored}, false);
        if (!conversation->isRoom() && stored.to.isValid())
            m_client.ensureDirect(stored.to); // a conversation started by username learns the peer
        return;
    }
    const QJsonObject error = answer.value(QLatin1StringView("error")).toObject();
    if (error.value(QLatin1StringView("code")).toString() == QLatin1StringView("rate_limited")) {
        const QString clientId = entry->clientId;
        const int tries = m_rateRetries.value(clientId);
        const int waitMs = error.value(QLatin1StringView("retryAfterMs")).toInt(1000);
        if (tries < MaxRateLimitRetries && waitMs <= MaxRateLimitWaitMs) {
            m_rateRetries.insert(clientId, tries + 1);
            QTimer::singleShot(waitMs + 50, this,
                               [this, conversationKey, entryKey] { transmit(conversationKey, entryKey); });
            return;
        }
    }
    fail(conversation, entryKey, ChatClient::messageOf(error));
}

void ChatOutbox::fail(ChatConversation *conversation, const QString &entryKey, const QString &why)
{
    ChatEntry *entry = conversation->entry(entryKey);
    entry->state = ChatEntry::State::Failed;
    entry->error = why;
    Q_EMIT m_client.messageChanged(conversation->key(), entryKey);
}

} // namespace gatehouse
