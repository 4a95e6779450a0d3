#include "ConnectionsFilterModel.h"

#include "ConnectionsModel.h"

namespace gatehouse::ui {

ConnectionsFilterModel::ConnectionsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ConnectionsModel::SortRole);
    setFilterRole(ConnectionsModel::FilterTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // A matching socket shows its device and user; a matching user shows all of its devices.
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setDynamicSortFilter(true);
}

void ConnectionsFilterModel::setFilterText(const QString &text)
{
    m_text = text;
    setFilterFixedString(text);
}

bool ConnectionsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(ConnectionsModel::SortRole);
    const QVariant b = right.data(ConnectionsModel::SortRole);
    int order = 0;
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        order = a.toString().compare(b.toString(), Qt::CaseInsensitive);
    } else {
        const qint64 x = a.toLongLong();
        const qint64 y = b.toLongLong();
        order = x < y ? -1 : (x > y ? 1 : 0);
    }
    if (order != 0)
        return order < 0;
    return left.data(ConnectionsModel::IdRole).toString() < right.data(ConnectionsModel::IdRole).toString();
}

} // namespace gatehouse::ui
