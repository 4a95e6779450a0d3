// The console's Connections view as a tree: users → devices → sockets, fed only by ConsoleFeed's
// id-based signals. Each signal becomes one row operation (an insert, a removal or a
// dataChanged); the only reset is the feed's `resynced`, after a (re)load. Values that depend on
// several rows (a user's device and socket counts, a device's latest activity) are refreshed once
// per batch, on the feed's `changesApplied`, not once per child that changed, and cached in the
// rows, since sorting asks for them over and over.
//
// Rows are kept in arrival order (ConnectionsFilterModel sorts); every node knows its row, so
// lookups by id are O(1) and a removal renumbers only the siblings after it.
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QSet>

#include <memory>
#include <vector>

namespace gatehouse {
class ConsoleFeed;
}

namespace gatehouse::ui {

class ConnectionsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        UserColumn, // username (display name); device name (platform); namespace · socket id
        RoleColumn,
        DevicesColumn,
        SocketsColumn,
        TransportColumn,
        AddressColumn,
        ConnectedSinceColumn,
        LastActivityColumn,
        StatusColumn, // "Online", or "Suspended until …" with a warning icon
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Kind { User, Device, Socket };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind, as an int
        IdRole, // the row's own id (user, device or socket)
        UserIdRole, // the user the row belongs to
        DeviceIdRole, // devices and sockets
        SocketIdRole, // sockets
        SuspendedRole, // users: bool
        SortRole, // what ConnectionsFilterModel sorts by: numbers for roles, counts and times
        FilterTextRole, // what the filter box matches: names, device ids, addresses
    };
    Q_ENUM(Role)

    explicit ConnectionsModel(ConsoleFeed *feed, QObject *parent = nullptr);
    ~ConnectionsModel() override;

    // Where an entity is, for actions and tests; invalid when it is not listed.
    QModelIndex userIndex(const QString &userId, int column = 0) const;
    QModelIndex deviceIndex(const QString &userId, const QString &deviceId, int column = 0) const;
    QModelIndex socketIndex(const QString &socketId, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        Kind kind = Kind::User;
        QString id;
        Node *parent = nullptr; // &m_root for users
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        QHash<QString, Node *> devices; // users: their devices by id
        // Users and devices: aggregates over their sockets, refreshed at the end of each batch,
        // so that sorting by them costs no walk over the children.
        int socketCount = 0;
        qint64 latestActivityMs = -1;
    };

    void onUserUpserted(const QString &userId);
    void onUserRemoved(const QString &userId);
    void onDeviceUpserted(const QString &userId, const QString &deviceId);
    void onDeviceRemoved(const QString &userId, const QString &deviceId);
    void onSocketUpserted(const QString &userId, const QString &deviceId, const QString &socketId);
    void onSocketRemoved(const QString &userId, const QString &deviceId, const QString &socketId);
    void onChangesApplied();
    void rebuild();

    Node *ensureUser(const QString &userId);
    Node *ensureDevice(const QString &userId, const QString &deviceId);
    // Creates and registers a node, with no signal (for rebuild()); append() wraps it in an insert.
    Node *addNode(Node *parent, Kind kind, const QString &id);
    Node *append(Node *parent, Kind kind, const QString &id);
    void remove(Node *node);
    void forget(Node *node);
    void changed(Node *node);
    void markDirty(Node *node);
    QModelIndex indexOf(const Node *node, int column = 0) const;
    static Node *nodeOf(const QModelIndex &index);

    void refreshAggregates(Node *node) const;
    QIcon suspendedIcon() const;

    QPointer<ConsoleFeed> m_feed;
    Node m_root;
    QHash<QString, Node *> m_users;
    QHash<QString, Node *> m_sockets;
    QSet<Node *> m_dirty; // users and devices whose aggregated columns changed in this batch
    mutable QIcon m_suspendedIcon;
};

} // namespace gatehouse::ui
