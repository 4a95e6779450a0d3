// The Connections view's filter box and sorting over ConnectionsModel. The filter matches user and
// display names, device names and ids, and addresses, ignoring case; a user or device is shown
// when it or anything below it matches, and everything below a match is shown. Every column
// sorts, by ConnectionsModel::SortRole: numbers for roles, counts and times, text otherwise, and
// ties by id, so that the order is the same whatever order the rows arrived in.
#pragma once

#include <QSortFilterProxyModel>

namespace gatehouse::ui {

class ConnectionsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ConnectionsFilterModel(QObject *parent = nullptr);

    // The filter box's text, matched as it is (no wildcards).
    void setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
};

} // namespace gatehouse::ui
