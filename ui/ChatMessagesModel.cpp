#include "ChatMessagesModel.h"

#include "core/client/ChatClient.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace gatehouse::ui {

ChatMessagesModel::ChatMessagesModel(ChatClient *client, QObject *parent)
    : QAbstractListModel(parent), m_client(client)
{
    connect(client, &ChatClient::messagesInserted, this, &ChatMessagesModel::onInserted);
    connect(client, &ChatClient::messageChanged, this, &ChatMessagesModel::onChanged);
    connect(client, &ChatClient::messageRemoved, this, &ChatMessagesModel::onRemoved);
    connect(client, &ChatClient::conversationReset, this, [this](const QString &key) {
        if (key == m_conversation)
            reload();
    });
    connect(client, &ChatClient::conversationRemoved, this, [this](const QString &key) {
        if (key == m_conversation)
            reload();
    });
    connect(client, &ChatClient::cleared, this, &ChatMessagesModel::reload);
}

void ChatMessagesModel::setConversation(const QString &key)
{
    if (key == m_conversation)
        return;
    m_conversation = key;
    reload();
}

void ChatMessagesModel::reload()
{
    beginResetModel();
    const ChatConversation *conversation = m_client ? m_client->conversation(m_conversation) : nullptr;
    m_rows = conversation ? conversation->keys() : QStringList();
    endResetModel();
}

int ChatMessagesModel::rowOf(const QString &entryKey) const
{
    // From the end: what changes is almost always recent.
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (m_rows.at(row) == entryKey)
            return int(row);
    }
    return -1;
}

const ChatEntry *ChatMessagesModel::entryAt(int row) const
{
    return m_client ? m_client->entry(m_conversation, m_rows.at(row)) : nullptr;
}

qint64 ChatMessagesModel::sortKeyOf(const QString &entryKey) const
{
    const ChatEntry *entry = m_client ? m_client->entry(m_conversation, entryKey) : nullptr;
    return entry ? entry->sortKey() : 0;
}

int ChatMessagesModel::placeFor(qint64 sortKey) const
{
    const auto found
        = std::upper_bound(m_rows.cbegin(), m_rows.cend(), sortKey,
                           [this](qint64 key, const QString &row) { return key < sortKeyOf(row); });
    return int(found - m_rows.cbegin());
}

void ChatMessagesModel::onInserted(const QString &conversation, const QStringList &entryKeys)
{
    if (conversation != m_conversation)
        return;
    const QSet<QString> listed(m_rows.cbegin(), m_rows.cend());
    QStringList fresh;
    for (const QString &key : entryKeys) {
        if (!listed.contains(key) && sortKeyOf(key) > 0)
            fresh.append(key);
    }
    std::sort(fresh.begin(), fresh.end(),
              [this](const QString &a, const QString &b) { return sortKeyOf(a) < sortKeyOf(b); });
    while (!fresh.isEmpty()) {
        // The longest run that goes into one gap is one insert: a page, or a burst of news.
        const int place = placeFor(sortKeyOf(fresh.first()));
        const qint64 limit
            = place < m_rows.size() ? sortKeyOf(m_rows.at(place)) : std::numeric_limits<qint64>::max();
        qsizetype run = 1;
        while (run < fresh.size() && sortKeyOf(fresh.at(run)) < limit)
            ++run;
        beginInsertRows({}, place, place + int(run) - 1);
        for (qsizetype i = 0; i < run; ++i)
            m_rows.insert(place + i, fresh.at(i));
        endInsertRows();
        fresh.remove(0, run);
    }
}

void ChatMessagesModel::onChanged(const QString &conversation, const QString &entryKey)
{
    if (conversation != m_conversation)
        return;
    int row = rowOf(entryKey);
    if (row < 0)
        return;
    const qint64 key = sortKeyOf(entryKey);
    const bool fitsBefore = row == 0 || sortKeyOf(m_rows.at(row - 1)) < key;
    const bool fitsAfter = row + 1 >= m_rows.size() || key < sortKeyOf(m_rows.at(row + 1));
    if (!fitsBefore || !fitsAfter) {
        // Stored with an id older than messages shown after it (e.g. confirmed by a late retry).
        m_rows.removeAt(row);
        const int place = placeFor(key);
        m_rows.insert(row, entryKey);
        if (place != row) {
            beginMoveRows({}, row, row, {}, place > row ? place + 1 : place);
            m_rows.move(row, place);
            endMoveRows();
            row = place;
        }
    }
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void ChatMessagesModel::onRemoved(const QString &conversation, const QString &entryKey)
{
    if (conversation != m_conversation)
        return;
    const int row = rowOf(entryKey);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int ChatMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChatMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatEntry *entry = entryAt(index.row());
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return entry->text;
    case Qt::ToolTipRole:
        return QLocale().toString(entry->at.toLocalTime(), QLocale::LongFormat);
    case KeyRole:
        return entry->key;
    case IdRole:
        return entry->id;
    case SenderRole:
        return entry->from.displayName();
    case SenderUsernameRole:
        return entry->from.username;
    case SenderIdRole:
        return entry->from.id;
    case OwnRole:
        return m_client->isSelf(entry->from);
    case TimeRole:
        return entry->at.toLocalTime();
    case DateRole:
        return entry->at.toLocalTime().date();
    case StateRole:
        return int(entry->state);
    case ErrorRole:
        return entry->error;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatMessagesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(IdRole, "messageId");
    names.insert(TextRole, "text");
    names.insert(SenderRole, "sender");
    names.insert(SenderUsernameRole, "senderUsername");
    names.insert(SenderIdRole, "senderId");
    names.insert(OwnRole, "own");
    names.insert(TimeRole, "time");
    names.insert(DateRole, "date");
    names.insert(StateRole, "state");
    names.insert(ErrorRole, "error");
    return names;
}

} // namespace gatehouse::ui
