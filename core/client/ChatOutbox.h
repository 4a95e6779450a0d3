// The messages a ChatClient sends: each is a pending entry with a fresh clientId (also its key)
// until the server's ack stores it. Unanswered because the connection went, it is sent again
// with the same clientId after the next connect (the server stores it once); refused, or
// unanswered while connected, it fails with the reason until retry(). "rate_limited" is a matter
// of waiting: the outbox waits as long as the server says and tries again, a few times.
//
// Part of ChatClient (it reads and changes the client's conversations and emits its signals);
// a class of its own so that the sending rules stay in one place.
#pragma once

#include "core/Expected.h"
#include "core/protocol/Argument.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace gatehouse {

class ChatClient;
class ChatConversation;

class ChatOutbox : public QObject {
    Q_OBJECT

public:
    static constexpr int SendTimeoutMs = 10'000;
    static constexpr int MaxRateLimitRetries = 3;
    static constexpr int MaxRateLimitWaitMs = 10'000;

    explicit ChatOutbox(ChatClient &client);

    // Adds a pending message to `conversation` and sends it when connected; returns its key.
    QString send(ChatConversation *conversation, const QString &text);
    // A failed message becomes pending and goes again, with its clientId.
    void retry(const QString &conversationKey, const QString &entryKey);
    // After a connect: every pending message not waiting for an ack goes (again).
    void sendPending();
    // The socket was replaced: acks of the old one may never come.
    void forgetInFlight() { m_inFlight.clear(); }
    void clear();

private:
    void transmit(const QString &conversationKey, const QString &entryKey);
    void onAnswer(const QString &conversationKey, const QString &entryKey,
                  const Expected<Arguments, QString> &result);
    void fail(ChatConversation *conversation, const QString &entryKey, const QString &why);

    ChatClient &m_client;
    qint64 m_nextSequence = 0;
    QSet<QString> m_inFlight; // clientIds sent and not answered
    QHash<QString, int> m_rateRetries; // clientId → automatic retries after rate_limited
};

} // namespace gatehouse
