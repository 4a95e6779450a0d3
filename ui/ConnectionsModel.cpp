#include "ConnectionsModel.h"

#include "ConnectionsColumns.h"
#include "core/client/ConsoleFeed.h"

#include <QApplication>
#include <QStyle>

namespace gatehouse::ui {

ConnectionsModel::ConnectionsModel(ConsoleFeed *feed, QObject *parent)
    : QAbstractItemModel(parent), m_feed(feed)
{
    connect(feed, &ConsoleFeed::userUpserted, this, &ConnectionsModel::onUserUpserted);
    connect(feed, &ConsoleFeed::userRemoved, this, &ConnectionsModel::onUserRemoved);
    connect(feed, &ConsoleFeed::deviceUpserted, this, &ConnectionsModel::onDeviceUpserted);
    connect(feed, &ConsoleFeed::deviceRemoved, this, &ConnectionsModel::onDeviceRemoved);
    connect(feed, &ConsoleFeed::socketUpserted, this, &ConnectionsModel::onSocketUpserted);
    connect(feed, &ConsoleFeed::socketRemoved, this, &ConnectionsModel::onSocketRemoved);
    connect(feed, &ConsoleFeed::changesApplied, this, &ConnectionsModel::onChangesApplied);
    connect(feed, &ConsoleFeed::resynced, this, &ConnectionsModel::rebuild);
    connect(feed, &QObject::destroyed, this, &ConnectionsModel::rebuild);
    rebuild();
}

ConnectionsModel::~ConnectionsModel() = default;

QModelIndex ConnectionsModel::userIndex(const QString &userId, int column) const
{
    const Node *node = m_users.value(userId);
    return node ? indexOf(node, column) : QModelIndex();
}

QModelIndex ConnectionsModel::deviceIndex(const QString &userId, const QString &deviceId, int column) const
{
    const Node *user = m_users.value(userId);
    const Node *node = user ? user->devices.value(deviceId) : nullptr;
    return node ? indexOf(node, column) : QModelIndex();
}

QModelIndex ConnectionsModel::socketIndex(const QString &socketId, int column) const
{
    const Node *node = m_sockets.value(socketId);
    return node ? indexOf(node, column) : QModelIndex();
}

QModelIndex ConnectionsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = parent.isValid() ? nodeOf(parent) : &m_root;
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ConnectionsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    // Only the first column has children, as in every Qt tree model.
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int((parent.isValid() ? nodeOf(parent) : &m_root)->children.size());
}

int ConnectionsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return ConnectionsColumns::header(section);
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_feed)
        return {};
    const Node *node = nodeOf(index);
    const Node *user = node;
    while (user->parent != &m_root)
        user = user->parent;
    switch (role) {
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case UserIdRole:
        return user->id;
    case DeviceIdRole:
        return node->kind == Kind::Device ? node->id
            : node->kind == Kind::Socket  ? node->parent->id
                                          : QVariant();
    case SocketIdRole:
        return node->kind == Kind::Socket ? QVariant(node->id) : QVariant();
    default:
        break;
    }
    const ConsoleState &state = m_feed->state();
    // What the row's children add up to: counts are exact, the rest is refreshed per batch.
    const ConnectionsColumns::Totals totals {
        int(node->children.size()),
        node->kind == Kind::Device ? int(node->children.size()) : node->socketCount, node->latestActivityMs};
    switch (node->kind) {
    case Kind::User: {
        const ConsoleState::UserEntry *entry = state.user(node->id);
        if (entry && entry->suspended && role == Qt::DecorationRole && index.column() == StatusColumn)
            return suspendedIcon();
        return entry ? ConnectionsColumns::user(*entry, totals, index.column(), role) : QVariant();
    }
    case Kind::Device: {
        const DeviceInfo *device = state.device(node->parent->id, node->id);
        return device ? ConnectionsColumns::device(*device, totals, index.column(), role) : QVariant();
    }
    case Kind::Socket: {
        const SocketInfo *socket = state.socket(node->id);
        return socket ? ConnectionsColumns::socket(*socket, index.column(), role) : QVariant();
    }
    }
    return {};
}

void ConnectionsModel::refreshAggregates(Node *node) const
{
    node->socketCount = 0;
    node->latestActivityMs = -1;
    for (const auto &child : node->children) {
        if (node->kind == Kind::Device) {
            const SocketInfo *socket = m_feed ? m_feed->state().socket(child->id) : nullptr;
            node->socketCount += 1;
            if (socket)
                node->latestActivityMs
                    = qMax(node->latestActivityMs, ConnectionsColumns::sortTime(socket->lastActivityAt));
        } else {
            node->socketCount += child->socketCount;
            node->latestActivityMs = qMax(node->latestActivityMs, child->latestActivityMs);
        }
    }
}

QIcon ConnectionsModel::suspendedIcon() const
{
    if (m_suspendedIcon.isNull())
        m_suspendedIcon = QIcon::fromTheme(QStringLiteral("dialog-warning"));
    if (m_suspendedIcon.isNull() && qobject_cast<QApplication *>(QCoreApplication::instance()))
        m_suspendedIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return m_suspendedIcon;
}

// --- Keeping the tree in step with the feed: one row operation per signal.

void ConnectionsModel::onUserUpserted(const QString &userId)
{
    if (Node *node = m_users.value(userId))
        changed(node);
    else
        append(&m_root, Kind::User, userId);
}

void ConnectionsModel::onUserRemoved(const QString &userId)
{
    if (Node *node = m_users.value(userId))
        remove(node);
}

void ConnectionsModel::onDeviceUpserted(const QString &userId, const QString &deviceId)
{
    Node *user = ensureUser(userId);
    if (Node *device = user->devices.value(deviceId)) {
        changed(device);
        return;
    }
    append(user, Kind::Device, deviceId);
    markDirty(user);
}

void ConnectionsModel::onDeviceRemoved(const QString &userId, const QString &deviceId)
{
    Node *user = m_users.value(userId);
    Node *device = user ? user->devices.value(deviceId) : nullptr;
    if (!device)
        return;
    remove(device);
    markDirty(user);
}

void ConnectionsModel::onSocketUpserted(const QString &userId, const QString &deviceId,
                                        const QString &socketId)
{
    Node *socket = m_sockets.value(socketId);
    if (socket && (socket->parent->id != deviceId || socket->parent->parent->id != userId)) {
        // Sockets never change owners; if the server says otherwise, believe it.
        markDirty(socket->parent);
        remove(socket);
        socket = nullptr;
    }
    Node *device = ensureDevice(userId, deviceId);
    if (socket)
        changed(socket);
    else
        append(device, Kind::Socket, socketId);
    markDirty(device); // its and its user's latest activity and counts
}

void ConnectionsModel::onSocketRemoved(const QString &, const QString &, const QString &socketId)
{
    Node *socket = m_sockets.value(socketId);
    if (!socket)
        return;
    Node *device = socket->parent;
    remove(socket);
    markDirty(device);
}

void ConnectionsModel::onChangesApplied()
{
    const QSet<Node *> dirty = std::exchange(m_dirty, {});
    // Devices first: a user's aggregates are made of its devices'.
    for (Node *node : dirty) {
        if (node->kind == Kind::Device)
            refreshAggregates(node);
    }
    for (Node *node : dirty) {
        if (node->kind == Kind::User)
            refreshAggregates(node);
    }
    for (Node *node : dirty)
        Q_EMIT dataChanged(indexOf(node, DevicesColumn), indexOf(node, LastActivityColumn));
}

void ConnectionsModel::rebuild()
{
    beginResetModel();
    m_root.children.clear();
    m_users.clear();
    m_sockets.clear();
    m_dirty.clear();
    if (m_feed) {
        const ConsoleState &state = m_feed->state();
        const QStringList userIds = state.userIds();
        for (const QString &userId : userIds) {
            Node *user = addNode(&m_root, Kind::User, userId);
            const QStringList deviceIds = state.deviceIds(userId);
            for (const QString &deviceId : deviceIds) {
                Node *device = addNode(user, Kind::Device, deviceId);
                const QStringList socketIds = state.socketIds(userId, deviceId);
                for (const QString &socketId : socketIds)
                    addNode(device, Kind::Socket, socketId);
                refreshAggregates(device);
            }
            refreshAggregates(user);
        }
    }
    endResetModel();
}

ConnectionsModel::Node *ConnectionsModel::ensureUser(const QString &userId)
{
    // The feed announces parents first; this only guards against a feed that did not.
    Node *user = m_users.value(userId);
    return user ? user : append(&m_root, Kind::User, userId);
}

ConnectionsModel::Node *ConnectionsModel::ensureDevice(const QString &userId, const QString &deviceId)
{
    Node *user = ensureUser(userId);
    Node *device = user->devices.value(deviceId);
    if (!device) {
        device = append(user, Kind::Device, deviceId);
        markDirty(user);
    }
    return device;
}

ConnectionsModel::Node *ConnectionsModel::addNode(Node *parent, Kind kind, const QString &id)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->id = id;
    node->parent = parent;
    node->row = int(parent->children.size());
    Node *added = node.get();
    parent->children.push_back(std::move(node));
    switch (kind) {
    case Kind::User:
        m_users.insert(id, added);
        break;
    case Kind::Device:
        parent->devices.insert(id, added);
        break;
    case Kind::Socket:
        m_sockets.insert(id, added);
        break;
    }
    return added;
}

ConnectionsModel::Node *ConnectionsModel::append(Node *parent, Kind kind, const QString &id)
{
    const int row = int(parent->children.size());
    beginInsertRows(indexOf(parent), row, row);
    Node *added = addNode(parent, kind, id);
    endInsertRows();
    return added;
}

void ConnectionsModel::remove(Node *node)
{
    Node *parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexOf(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    // The rows after it move up by one; nothing else moves.
    for (size_t i = size_t(row); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
    endRemoveRows();
}

void ConnectionsModel::forget(Node *node)
{
    for (const auto &child : node->children)
        forget(child.get());
    m_dirty.remove(node);
    switch (node->kind) {
    case Kind::User:
        m_users.remove(node->id);
        break;
    case Kind::Device:
        node->parent->devices.remove(node->id);
        break;
    case Kind::Socket:
        m_sockets.remove(node->id);
        break;
    }
}

void ConnectionsModel::changed(Node *node)
{
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

void ConnectionsModel::markDirty(Node *node)
{
    // A device's change shows in its user's columns too.
    for (; node && node != &m_root; node = node->parent)
        m_dirty.insert(node);
}

QModelIndex ConnectionsModel::indexOf(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(node->row, column, node);
}

ConnectionsModel::Node *ConnectionsModel::nodeOf(const QModelIndex &index)
{
    return static_cast<Node *>(index.internalPointer());
}

} // namespace gatehouse::ui
