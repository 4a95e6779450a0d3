#include "ConnectionsColumns.h"

#include "ConnectionsModel.h"

#include <QLocale>
#include <QTimeZone>

namespace gatehouse::ui {

namespace {

using Column = ConnectionsModel::Column;

QString formatTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QDateTime timeOf(qint64 ms)
{
    return ms < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

int roleRank(const QString &role)
{
    if (role == QLatin1StringView("admin"))
        return 2;
    return role == QLatin1StringView("moderator") ? 1 : 0;
}

} // namespace

qint64 ConnectionsColumns::sortTime(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : -1;
}

QString ConnectionsColumns::header(int column)
{
    switch (ConnectionsModel::Column(column)) {
    case ConnectionsModel::UserColumn:
        return tr("User");
    case ConnectionsModel::RoleColumn:
        return tr("Role");
    case ConnectionsModel::DevicesColumn:
        return tr("Devices");
    case ConnectionsModel::SocketsColumn:
        return tr("Sockets");
    case ConnectionsModel::TransportColumn:
        return tr("Transport");
    case ConnectionsModel::AddressColumn:
        return tr("Address");
    case ConnectionsModel::ConnectedSinceColumn:
        return tr("Connected since");
    case ConnectionsModel::LastActivityColumn:
        return tr("Last activity");
    case ConnectionsModel::StatusColumn:
        return tr("Status");
    case ConnectionsModel::ColumnCount:
        break;
    }
    return {};
}

QVariant ConnectionsColumns::user(const ConsoleState::UserEntry &entry, const Totals &totals, int column,
                                  int role)
{
    const UserInfo &info = entry.info;
    if (role == ConnectionsModel::SuspendedRole)
        return entry.suspended;
    if (role == ConnectionsModel::FilterTextRole)
        return QStringList {info.username, info.displayName, info.id}.join(QLatin1Char('\n'));
    const bool sorting = role == ConnectionsModel::SortRole;
    if (role != Qt::DisplayRole && !sorting) {
        if (column == ConnectionsModel::StatusColumn && role == Qt::ToolTipRole && entry.suspended
            && !entry.suspendedReason.isEmpty())
            return tr("Reason: %1").arg(entry.suspendedReason);
        if (column == ConnectionsModel::UserColumn && role == Qt::ToolTipRole)
            return tr("User id: %1").arg(info.id);
        return {};
    }
    switch (Column(column)) {
    case ConnectionsModel::UserColumn:
        if (info.username.isEmpty())
            return info.id; // a placeholder until the user's own record arrives
        if (info.displayName.isEmpty() || info.displayName == info.username)
            return info.username;
        return tr("%1 (%2)").arg(info.username, info.displayName);
    case ConnectionsModel::RoleColumn:
        if (sorting)
            return roleRank(info.role);
        if (info.role == QLatin1StringView("admin"))
            return tr("Admin");
        if (info.role == QLatin1StringView("moderator"))
            return tr("Moderator");
        return info.role == QLatin1StringView("user") ? tr("User") : info.role;
    case ConnectionsModel::DevicesColumn:
        return totals.devices;
    case ConnectionsModel::SocketsColumn:
        return totals.sockets;
    case ConnectionsModel::ConnectedSinceColumn:
        return sorting ? QVariant(sortTime(info.connectedAt)) : QVariant(formatTime(info.connectedAt));
    case ConnectionsModel::LastActivityColumn:
        return sorting ? QVariant(totals.latestActivityMs)
                       : QVariant(formatTime(timeOf(totals.latestActivityMs)));
    case ConnectionsModel::StatusColumn:
        if (sorting)
            return entry.suspended ? 1 : 0;
        if (entry.suspended) {
            return entry.suspendedUntil.isValid()
                ? tr("Suspended until %1").arg(formatTime(entry.suspendedUntil))
                : tr("Suspended");
        }
        return tr("Online");
    case ConnectionsModel::TransportColumn:
    case ConnectionsModel::AddressColumn:
    case ConnectionsModel::ColumnCount:
        break;
    }
    return sorting ? QVariant(QString()) : QVariant();
}

QVariant ConnectionsColumns::device(const DeviceInfo &device, const Totals &totals, int column, int role)
{
    if (role == ConnectionsModel::FilterTextRole)
        return QStringList {device.name, device.id, device.address}.join(QLatin1Char('\n'));
    const bool sorting = role == ConnectionsModel::SortRole;
    if (role == Qt::ToolTipRole && column == ConnectionsModel::UserColumn) {
        QStringList lines {tr("Device id: %1").arg(device.id)};
        if (device.guessed)
            lines.append(tr("The client sent no device id; this one is guessed from its address and "
                            "user agent."));
        if (!device.appVersion.isEmpty())
            lines.append(tr("App version: %1").arg(device.appVersion));
        if (!device.userAgent.isEmpty())
            lines.append(tr("User agent: %1").arg(device.userAgent));
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && !sorting)
        return {};
    switch (Column(column)) {
    case ConnectionsModel::UserColumn: {
        const QString name = device.name.isEmpty() ? device.id : device.name;
        return device.platform.isEmpty() ? name : tr("%1 (%2)").arg(name, device.platform);
    }
    case ConnectionsModel::SocketsColumn:
        return totals.sockets;
    case ConnectionsModel::AddressColumn:
        return device.address;
    case ConnectionsModel::ConnectedSinceColumn:
        return sorting ? QVariant(sortTime(device.connectedAt)) : QVariant(formatTime(device.connectedAt));
    case ConnectionsModel::LastActivityColumn:
        return sorting ? QVariant(totals.latestActivityMs)
                       : QVariant(formatTime(timeOf(totals.latestActivityMs)));
    case ConnectionsModel::RoleColumn:
    case ConnectionsModel::DevicesColumn:
    case ConnectionsModel::TransportColumn:
    case ConnectionsModel::StatusColumn:
    case ConnectionsModel::ColumnCount:
        break;
    }
    return sorting ? QVariant(QString()) : QVariant();
}

QVariant ConnectionsColumns::socket(const SocketInfo &socket, int column, int role)
{
    if (role == ConnectionsModel::FilterTextRole)
        return QStringList {socket.address, socket.id, socket.nsp}.join(QLatin1Char('\n'));
    const bool sorting = role == ConnectionsModel::SortRole;
    if (role == Qt::ToolTipRole && column == ConnectionsModel::UserColumn) {
        return tr("User agent: %1\nRooms: %2\nPackets in/out: %3/%4")
            .arg(socket.userAgent, socket.rooms.join(QLatin1StringView(", ")))
            .arg(socket.packetsIn)
            .arg(socket.packetsOut);
    }
    if (role != Qt::DisplayRole && !sorting)
        return {};
    switch (Column(column)) {
    case ConnectionsModel::UserColumn:
        return tr("%1 · %2").arg(socket.nsp, socket.id);
    case ConnectionsModel::TransportColumn:
        return socket.transport;
    case ConnectionsModel::AddressColumn:
        return socket.address;
    case ConnectionsModel::ConnectedSinceColumn:
        return sorting ? QVariant(sortTime(socket.connectedAt)) : QVariant(formatTime(socket.connectedAt));
    case ConnectionsModel::LastActivityColumn:
        return sorting ? QVariant(sortTime(socket.lastActivityAt))
                       : QVariant(formatTime(socket.lastActivityAt));
    case ConnectionsModel::RoleColumn:
    case ConnectionsModel::DevicesColumn:
    case ConnectionsModel::SocketsColumn:
    case ConnectionsModel::StatusColumn:
    case ConnectionsModel::ColumnCount:
        break;
    }
    return sorting ? QVariant(QString()) : QVariant();
}

} // namespace gatehouse::ui
