#include "ChatRoomsModel.h"

#include "ChatIcons.h"
#include "core/client/ChatClient.h"

#include <QFont>

namespace gatehouse::ui {

// internalId: 0 for the two sections, section + 1 for a conversation's row.
ChatRoomsModel::ChatRoomsModel(ChatClient *client, QObject *parent)
    : QAbstractItemModel(parent), m_client(client)
{
    connect(client, &ChatClient::conversationUpserted, this, &ChatRoomsModel::onUpserted);
    connect(client, &ChatClient::conversationRemoved, this, &ChatRoomsModel::onRemoved);
    connect(client, &ChatClient::presenceChanged, this, &ChatRoomsModel::onPresence);
    connect(client, &ChatClient::cleared, this, &ChatRoomsModel::reload);
    const QStringList keys = client->conversationKeys();
    for (const QString &key : keys)
        m_rows[sectionOf(key)].insert(placeFor(sectionOf(key), key), key);
}

int ChatRoomsModel::sectionOf(const QString &key)
{
    return key.startsWith(QLatin1Char('#')) ? RoomsSection : DirectSection;
}

QString ChatRoomsModel::sortTitle(const QString &key) const
{
    const ChatConversation *conversation = m_client ? m_client->conversation(key) : nullptr;
    return conversation ? conversation->title() : key;
}

bool ChatRoomsModel::lessThan(const QString &a, const QString &b) const
{
    const int order = sortTitle(a).compare(sortTitle(b), Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a < b;
}

int ChatRoomsModel::placeFor(int section, const QString &key) const
{
    const QStringList &rows = m_rows[section];
    int place = 0;
    for (const QString &row : rows) {
        if (row != key && lessThan(row, key))
            ++place;
    }
    return place;
}

void ChatRoomsModel::reload()
{
    beginResetModel();
    for (QStringList &rows : m_rows)
        rows.clear();
    const QStringList keys = m_client ? m_client->conversationKeys() : QStringList();
    for (const QString &key : keys)
        m_rows[sectionOf(key)].insert(placeFor(sectionOf(key), key), key);
    endResetModel();
}

void ChatRoomsModel::onUpserted(const QString &key)
{
    const int section = sectionOf(key);
    QStringList &rows = m_rows[section];
    const int row = int(rows.indexOf(key));
    const int place = placeFor(section, key);
    const QModelIndex parent = sectionIndex(Section(section));
    if (row < 0) {
        beginInsertRows(parent, place, place);
        rows.insert(place, key);
        endInsertRows();
        return;
    }
    if (place != row) {
        // A title changed (a peer's display name learnt): the row moves to its place.
        beginMoveRows(parent, row, row, parent, place > row ? place + 1 : place);
        rows.move(row, place);
        endMoveRows();
    }
    const QModelIndex changed = index(place, 0, parent);
    Q_EMIT dataChanged(changed, changed);
}

void ChatRoomsModel::onRemoved(const QString &key)
{
    const int section = sectionOf(key);
    const int row = int(m_rows[section].indexOf(key));
    if (row < 0)
        return;
    beginRemoveRows(sectionIndex(Section(section)), row, row);
    m_rows[section].removeAt(row);
    endRemoveRows();
}

void ChatRoomsModel::onPresence(const QString &userId)
{
    if (!m_client)
        return;
    const QModelIndex found = indexOf(ChatConversation::directKey(m_client->user(userId).username));
    if (found.isValid())
        Q_EMIT dataChanged(found, found, {Qt::DecorationRole, OnlineRole, Qt::ToolTipRole});
}

QModelIndex ChatRoomsModel::sectionIndex(Section section) const
{
    return createIndex(section, 0, quintptr(0));
}

QModelIndex ChatRoomsModel::indexOf(const QString &key) const
{
    const int section = sectionOf(key);
    const int row = int(m_rows[section].indexOf(key));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(section + 1));
}

QModelIndex ChatRoomsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < SectionCount ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || row >= m_rows[parent.row()].size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex ChatRoomsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return sectionIndex(Section(child.internalId() - 1));
}

int ChatRoomsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return SectionCount;
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_rows[parent.row()].size());
}

int ChatRoomsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags ChatRoomsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.internalId() == 0 ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ChatRoomsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return index.row() == RoomsSection ? tr("Rooms") : tr("Direct messages");
        case IsSectionRole:
            return true;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    const QString &key = m_rows[index.internalId() - 1].at(index.row());
    const ChatConversation *conversation = m_client ? m_client->conversation(key) : nullptr;
    if (!conversation)
        return {};
    const bool online = !conversation->isRoom()
        && m_client
               ->presence(conversation->peer.id.isEmpty() ? m_client->userIdOf(conversation->peer.username)
                                                          : conversation->peer.id)
               .online;
    switch (role) {
    case Qt::DisplayRole:
        if (conversation->unread > 0)
            return tr("%1 (%2)").arg(conversation->title()).arg(conversation->unread);
        return conversation->title();
    case Qt::ToolTipRole:
        if (conversation->isRoom())
            return conversation->archived ? tr("Archived: the history stays readable, nobody can write here.")
                                          : conversation->topic;
        return online ? tr("@%1 is online").arg(conversation->peer.username)
                      : tr("@%1 is offline").arg(conversation->peer.username);
    case Qt::FontRole: {
        QFont font;
        font.setBold(conversation->unread > 0);
        font.setItalic(conversation->archived);
        return font;
    }
    case Qt::DecorationRole:
        if (conversation->isRoom())
            return {};
        if (m_online.isNull()) {
            m_online = ChatIcons::online();
            m_offline = ChatIcons::offline();
        }
        return online ? m_online : m_offline;
    case KeyRole:
        return key;
    case IsSectionRole:
        return false;
    case UnreadRole:
        return conversation->unread;
    case OnlineRole:
        return online;
    case ArchivedRole:
        return conversation->archived;
    default:
        return {};
    }
}

} // namespace gatehouse::ui
