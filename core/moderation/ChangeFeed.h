// The registry's changes for one admin client, coalesced and sent as `gatehouse:changes` batches
// at most `maxBatchesPerSecond` times a second. Entities that changed several times within a
// window go out once, in their state at sending time, so 10,000 sockets churning cost a console
// a few batches a second, not thousands of events.
//
// A change is {op: "upsert" | "remove", kind: "user" | "device" | "socket" | "account", id,
// userId?, deviceId?, data?}; upserts carry the entity's JSON (SessionInfo). "account" changes
// say that an account's status changed (suspended, unsuspended, suspension ended): suspended
// users have no live sessions, so without them a console could not show who is suspended.
// Lives as a child of the admin socket and ends with it.
#pragma once

#include <QBasicTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace gatehouse {

class SessionRegistry;
class Socket;
struct SocketInfo;

class ChangeFeed : public QObject {
    Q_OBJECT

public:
    static constexpr int DefaultBatchesPerSecond = 10;
    static constexpr int MaximumChangesPerBatch = 2000;

    // An account's JSON by user id, as `gatehouse:account` shows it; empty when there is none.
    using AccountLookup = std::function<QJsonObject(const QString &userId)>;

    ChangeFeed(SessionRegistry &registry, Socket *adminSocket,
               int maxBatchesPerSecond = DefaultBatchesPerSecond, AccountLookup accounts = {});

    // The account's status changed: an "account" upsert goes out with the next batch.
    void markAccount(const QString &userId);

    qsizetype pendingCount() const { return m_pending.size(); }
    quint64 batchesSent() const { return m_batches; }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class Kind { User, Device, Socket, Account };
    struct Key {
        Kind kind;
        QString userId;
        QString deviceId;
        QString socketId;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.kind == b.kind && a.userId == b.userId && a.deviceId == b.deviceId
                && a.socketId == b.socketId;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, int(key.kind), key.userId, key.deviceId, key.socketId);
        }
    };

    void mark(const Key &key);
    void flush();

    SessionRegistry &m_registry;
    AccountLookup m_accounts;
    QPointer<Socket> m_socket;
    int m_intervalMs;
    QHash<Key, int> m_pending; // value: the order it was first marked in, to keep parents first
    int m_sequence = 0;
    QBasicTimer m_timer;
    qint64 m_lastFlushMs = 0;
    quint64 m_batches = 0;
};

} // namespace gatehouse
