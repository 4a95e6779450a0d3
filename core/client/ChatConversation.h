// One conversation as the client holds it: a room ("#name") or the direct messages with one
// user ("@username", case-folded: usernames are unique ignoring case and are what chat:direct
// and chat:history take). Its messages are kept in the order they are shown: stored ones by id,
// then pending ones as written; an id is never held twice, which is how the client drops the
// copies that reconnects and retries bring.
#pragma once

#include "ChatEntry.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

namespace gatehouse {

class ChatConversation {
public:
    enum class Kind { Room, Direct };

    static QString roomKey(const QString &room) { return QLatin1Char('#') + room; }
    static QString directKey(const QString &username) { return QLatin1Char('@') + username.toCaseFolded(); }

    ChatConversation(Kind kind, QString key) : m_kind(kind), m_key(std::move(key)) { }

    Kind kind() const { return m_kind; }
    bool isRoom() const { return m_kind == Kind::Room; }
    const QString &key() const { return m_key; }
    // Rooms: the room's name without '#'.
    QString room() const { return isRoom() ? m_key.mid(1) : QString(); }
    QString title() const { return isRoom() ? m_key : peer.displayName(); }

    // Rooms
    QString topic;
    bool archived = false; // read-only: history stays, writing and joining are refused
    QSet<QString> members; // user ids known to be members (the server has no member list)
    // Direct conversations: the other user (or this user, for notes to self)
    ChatPeer peer;

    bool loaded = false; // a newest page was read; otherwise only live messages are here
    bool hasMore = false; // older messages exist on the server
    bool loadingOlder = false;
    int unread = 0; // messages from others that came while the conversation was not shown
    qint64 lastActivityMs = 0; // the newest message's time (UTC ms), for previews

    const ChatEntry *entry(const QString &key) const;
    ChatEntry *entry(const QString &key);
    // The keys in display order.
    QStringList keys() const;
    qsizetype size() const { return m_entries.size(); }
    // The smallest and largest stored id; 0 when none is stored.
    qint64 oldestId() const { return m_order.isEmpty() ? 0 : m_order.firstKey(); }
    qint64 newestId() const { return m_order.isEmpty() ? 0 : m_order.lastKey(); }
    bool hasId(qint64 id) const { return m_order.contains(id); }
    // The pending or failed message sent from here with `clientId`, if any.
    QString keyForClientId(const QString &clientId) const { return m_byClientId.value(clientId); }
    QStringList unconfirmedKeys() const { return m_pending; }

    // Adds a stored message; false when its id is here already.
    bool addStored(ChatEntry entry);
    void addPending(ChatEntry entry);
    // The pending message `key` was stored as `stored`: it takes the id, time and sender the
    // server gave it and keeps its key. False (and nothing changes) if the id is here already
    // under another key, in which case the caller removes the pending one.
    bool confirm(const QString &key, const ChatEntry &stored);
    void remove(const QString &key);
    // Forgets every stored message (after a gap in the history); pending ones stay.
    void clearStored();

private:
    Kind m_kind;
    QString m_key;
    QHash<QString, ChatEntry> m_entries;
    QMap<qint64, QString> m_order; // id → key of stored messages
    QStringList m_pending; // keys of unconfirmed messages, oldest first
    QHash<QString, QString> m_byClientId; // clientId → key of unconfirmed messages
};

} // namespace gatehouse
