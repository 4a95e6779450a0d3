#include "ChatConversation.h"

namespace gatehouse {

const ChatEntry *ChatConversation::entry(const QString &key) const
{
    const auto found = m_entries.constFind(key);
    return found == m_entries.cend() ? nullptr : &*found;
}

ChatEntry *ChatConversation::entry(const QString &key)
{
    const auto found = m_entries.find(key);
    return found == m_entries.end() ? nullptr : &*found;
}

QStringList ChatConversation::keys() const
{
    QStringList keys;
    keys.reserve(m_entries.size());
    for (const QString &key : m_order)
        keys.append(key);
    keys.append(m_pending);
    return keys;
}

bool ChatConversation::addStored(ChatEntry entry)
{
    if (entry.id <= 0 || m_order.contains(entry.id))
        return false;
    lastActivityMs = qMax(lastActivityMs, entry.at.toMSecsSinceEpoch());
    m_order.insert(entry.id, entry.key);
    m_entries.insert(entry.key, std::move(entry));
    return true;
}

void ChatConversation::addPending(ChatEntry entry)
{
    m_pending.append(entry.key);
    m_byClientId.insert(entry.clientId, entry.key);
    m_entries.insert(entry.key, std::move(entry));
}

bool ChatConversation::confirm(const QString &key, const ChatEntry &stored)
{
    ChatEntry *pending = entry(key);
    if (!pending || pending->id > 0 || m_order.contains(stored.id))
        return false;
    m_pending.removeOne(key);
    m_byClientId.remove(pending->clientId);
    pending->id = stored.id;
    pending->at = stored.at;
    pending->from = stored.from;
    pending->to = stored.to;
    pending->state = ChatEntry::State::Sent;
    pending->error.clear();
    m_order.insert(stored.id, key);
    lastActivityMs = qMax(lastActivityMs, stored.at.toMSecsSinceEpoch());
    return true;
}

void ChatConversation::remove(const QString &key)
{
    const auto found = m_entries.constFind(key);
    if (found == m_entries.cend())
        return;
    if (found->id > 0) {
        m_order.remove(found->id);
    } else {
        m_pending.removeOne(key);
        m_byClientId.remove(found->clientId);
    }
    m_entries.erase(found);
}

void ChatConversation::clearStored()
{
    for (const QString &key : std::as_const(m_order))
        m_entries.remove(key);
    m_order.clear();
}

} // namespace gatehouse
