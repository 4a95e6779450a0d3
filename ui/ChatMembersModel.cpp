#include "ChatMembersModel.h"

#include "ChatIcons.h"
#include "core/client/ChatClient.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>

namespace gatehouse::ui {

ChatMembersModel::ChatMembersModel(ChatClient *client, QObject *parent)
    : QAbstractListModel(parent), m_client(client)
{
    connect(client, &ChatClient::memberAdded, this, &ChatMembersModel::onMemberAdded);
    connect(client, &ChatClient::presenceChanged, this, &ChatMembersModel::onPresence);
    connect(client, &ChatClient::conversationUpserted, this, &ChatMembersModel::onConversation);
    connect(client, &ChatClient::conversationRemoved, this, [this](const QString &key) {
        if (key == m_conversation)
            reload();
    });
    connect(client, &ChatClient::cleared, this, &ChatMembersModel::reload);
}

void ChatMembersModel::setConversation(const QString &key)
{
    if (key == m_conversation)
        return;
    m_conversation = key;
    reload();
}

QStringList ChatMembersModel::members() const
{
    const ChatConversation *conversation = m_client ? m_client->conversation(m_conversation) : nullptr;
    if (!conversation)
        return {};
    if (conversation->isRoom())
        return QStringList(conversation->members.cbegin(), conversation->members.cend());
    const QString id = conversation->peer.id.isEmpty() ? m_client->userIdOf(conversation->peer.username)
                                                       : conversation->peer.id;
    return {id.isEmpty() ? QLatin1Char('@') + conversation->peer.username : id};
}

void ChatMembersModel::reload()
{
    beginResetModel();
    m_rows = members();
    std::sort(m_rows.begin(), m_rows.end(),
              [this](const QString &a, const QString &b) { return lessThan(a, b); });
    endResetModel();
}

bool ChatMembersModel::lessThan(const QString &a, const QString &b) const
{
    const int order
        = m_client->user(a).displayName().compare(m_client->user(b).displayName(), Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a < b;
}

int ChatMembersModel::placeFor(const QString &userId) const
{
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), userId,
                                [this](const QString &row, const QString &id) { return lessThan(row, id); })
               - m_rows.cbegin());
}

void ChatMembersModel::onMemberAdded(const QString &conversation, const QString &userId)
{
    if (conversation != m_conversation || m_rows.contains(userId))
        return;
    const int place = placeFor(userId);
    beginInsertRows({}, place, place);
    m_rows.insert(place, userId);
    endInsertRows();
}

void ChatMembersModel::onPresence(const QString &userId)
{
    const int row = rowOf(userId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void ChatMembersModel::onConversation(const QString &key)
{
    // A direct conversation learnt its peer's id: the same row, now with presence.
    if (key != m_conversation || m_rows.size() != 1 || !m_rows.first().startsWith(QLatin1Char('@')))
        return;
    const QStringList now = members();
    if (now.size() == 1 && now.first() != m_rows.first()) {
        m_rows.first() = now.first();
        Q_EMIT dataChanged(index(0), index(0));
    }
}

int ChatMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChatMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_client)
        return {};
    const QString &row = m_rows.at(index.row());
    const bool known = !row.startsWith(QLatin1Char('@'));
    const ChatPeer peer = known ? m_client->user(row) : ChatPeer {{}, row.mid(1), {}};
    const ChatClient::Presence presence = known ? m_client->presence(row) : ChatClient::Presence {};
    switch (role) {
    case Qt::DisplayRole: {
        QString name = peer.displayName();
        if (m_client->isSelf(peer))
            name = tr("%1 (you)").arg(name);
        return presence.devices > 1 ? tr("%1 · %n devices", nullptr, presence.devices).arg(name) : name;
    }
    case Qt::ToolTipRole:
        return presence.online
            ? tr("@%1, online on %n device(s)", nullptr, presence.devices).arg(peer.username)
            : tr("@%1, offline").arg(peer.username);
    case Qt::DecorationRole:
        if (m_online.isNull()) {
            m_online = ChatIcons::online();
            m_offline = ChatIcons::offline();
        }
        return presence.online ? m_online : m_offline;
    case Qt::ForegroundRole:
        if (presence.online)
            return {};
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    case UserIdRole:
        return known ? row : QString();
    case UsernameRole:
        return peer.username;
    case OnlineRole:
        return presence.online;
    case DevicesRole:
        return presence.devices;
    default:
        return {};
    }
}

} // namespace gatehouse::ui
