// Watches one model for the console's tests: logs its row operations as "user:<id>",
// "device:<id>", "socket:<id>" (read while the rows exist), resets and changed rows, and checks
// on every signal what QAbstractItemModelTester checks cheaply: row counts change by exactly the
// rows announced, and the rows are where they were announced. Unlike the tester it never walks
// the whole tree, so it stays on with thousands of rows.
#pragma once

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QStringList>

class QAbstractItemModel;

namespace gatehouse::test {

class ModelWatch : public QObject {
    Q_OBJECT

public:
    explicit ModelWatch(QAbstractItemModel *model, QObject *owner = nullptr);

    static QString describe(const QModelIndex &index);
    void clear();

    QStringList inserted;
    QStringList removed;
    int resets = 0;
    QList<QPersistentModelIndex> changed; // top-left of each dataChanged

private:
    QAbstractItemModel *m_model;
    QList<int> m_counts; // rowCount(parent) before each insert or removal
};

} // namespace gatehouse::test
