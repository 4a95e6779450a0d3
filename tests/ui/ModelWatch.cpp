#include "ModelWatch.h"

#include "ui/ConnectionsModel.h"

#include <QTest>

namespace gatehouse::test {

using ui::ConnectionsModel;

ModelWatch::ModelWatch(QAbstractItemModel *model, QObject *owner) : QObject(owner), m_model(model)
{
    const auto before = [this](const QModelIndex &parent) { m_counts.append(m_model->rowCount(parent)); };
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, before);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, before](const QModelIndex &parent, int first, int last) {
                before(parent);
                for (int row = first; row <= last; ++row)
                    removed.append(describe(m_model->index(row, 0, parent)));
            });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                QCOMPARE(m_model->rowCount(parent), m_counts.takeLast() + last - first + 1);
                QCOMPARE(m_model->index(first, 0, parent).parent(), parent);
                for (int row = first; row <= last; ++row)
                    inserted.append(describe(m_model->index(row, 0, parent)));
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                QCOMPARE(m_model->rowCount(parent), m_counts.takeLast() - (last - first + 1));
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { ++resets; });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft) { changed.append(topLeft); });
}

QString ModelWatch::describe(const QModelIndex &index)
{
    static const QStringList kinds {QStringLiteral("user"), QStringLiteral("device"),
                                    QStringLiteral("socket")};
    return kinds.value(index.data(ConnectionsModel::KindRole).toInt()) + QLatin1Char(':')
        + index.data(ConnectionsModel::IdRole).toString();
}

void ModelWatch::clear()
{
    inserted.clear();
    removed.clear();
    resets = 0;
    changed.clear();
}

} // namespace gatehouse::test
