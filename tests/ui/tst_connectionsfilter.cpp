// The Connections view's rows from batches written by hand, with known names, addresses and
// times: exact row operations per change, and ConnectionsFilterModel's filtering (recursive, a
// match shows its ancestors and everything below it) and sorting (every column, numbers as
// numbers, ties by id), with QAbstractItemModelTester on both models. No server needed.
#include "ConsoleChain.h"
#include "ConsoleChanges.h"
#include "core/client/ConsoleFeed.h"
#include "ui/ConnectionsFilterModel.h"
#include "ui/ConnectionsModel.h"

#include <QTest>

#include <memory>

using namespace gatehouse;
using gatehouse::test::ConsoleChain;
using gatehouse::test::ConsoleChanges;
using gatehouse::test::ModelWatch;
using gatehouse::ui::ConnectionsModel;

namespace {

QStringList userIdsInOrder(const QAbstractItemModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ConnectionsModel::IdRole).toString());
    return ids;
}

} // namespace

class TestConnectionsFilter : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QObject> m_scope;
    ConsoleChain *m_chain = nullptr;

private Q_SLOTS:
    void init() { m_scope = std::make_unique<QObject>(); }
    void cleanup() { m_scope.reset(); }

    void batchesByHandGiveExactRowOperations()
    {
        m_chain = new ConsoleChain(nullptr, m_scope.get());
        ModelWatch &log = *m_chain->watch;
        log.clear();
        m_chain->feed->applyChanges(
            {ConsoleChanges::user(QStringLiteral("u1"), {}, QStringLiteral("user"), 0),
             ConsoleChanges::device(QStringLiteral("u1"), QStringLiteral("d1"), QStringLiteral("10.0.0.1")),
             ConsoleChanges::socket(QStringLiteral("u1"), QStringLiteral("d1"), QStringLiteral("s1"),
                                    QStringLiteral("10.0.0.1"), 1),
             ConsoleChanges::socket(QStringLiteral("u1"), QStringLiteral("d1"), QStringLiteral("s2"),
                                    QStringLiteral("10.0.0.1"), 2)});
        QCOMPARE(log.inserted,
                 (QStringList {QStringLiteral("user:u1"), QStringLiteral("device:d1"),
                               QStringLiteral("socket:s1"), QStringLiteral("socket:s2")}));
        QCOMPARE(
            m_chain->model->userIndex(QStringLiteral("u1"), ConnectionsModel::SocketsColumn).data().toInt(),
            2);

        // Removals children first; the user's aggregated columns change once, at the batch's end.
        log.changed.clear();
        m_chain->feed->applyChanges({ConsoleChanges::remove(QStringLiteral("socket"), QStringLiteral("s1"))});
        QCOMPARE(log.removed, QStringList {QStringLiteral("socket:s1")});
        QCOMPARE(log.changed.size(), 2); // the device's and the user's counts and latest activity
        QCOMPARE(
            m_chain->model->userIndex(QStringLiteral("u1"), ConnectionsModel::SocketsColumn).data().toInt(),
            1);

        log.removed.clear();
        m_chain->feed->applyChanges(
            {ConsoleChanges::remove(QStringLiteral("socket"), QStringLiteral("s2")),
             ConsoleChanges::remove(QStringLiteral("device"), QStringLiteral("d1"), QStringLiteral("u1")),
             ConsoleChanges::remove(QStringLiteral("user"), QStringLiteral("u1"))});
        QCOMPARE(log.removed,
                 (QStringList {QStringLiteral("socket:s2"), QStringLiteral("device:d1"),
                               QStringLiteral("user:u1")}));
        QCOMPARE(m_chain->model->rowCount(), 0);
        QCOMPARE(log.resets, 0);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("users");
        QTest::addColumn<int>("devicesOfFirst"); // shown under the first user

        QTest::newRow("empty") << QString()
                               << QStringList {QStringLiteral("alice"), QStringLiteral("bob"),
                                               QStringLiteral("carol"), QStringLiteral("dave")}
                               << 2;
        QTest::newRow("username shows all devices")
            << QStringLiteral("ali") << QStringList {QStringLiteral("alice")} << 2;
        QTest::newRow("display name, any case")
            << QStringLiteral("LIDDELL") << QStringList {QStringLiteral("alice")} << 2;
        QTest::newRow("device name") << QStringLiteral("tablet") << QStringList {QStringLiteral("bob")} << 1;
        QTest::newRow("address shows its device only")
            << QStringLiteral("10.0.0.2") << QStringList {QStringLiteral("alice")} << 1;
        QTest::newRow("address prefix")
            << QStringLiteral("172.16.0.1") << QStringList {QStringLiteral("dave")} << 3; // .1, .10, .11
        QTest::newRow("socket id") << QStringLiteral("s-bob") << QStringList {QStringLiteral("bob")} << 1;
        QTest::newRow("suspended, offline")
            << QStringLiteral("carol") << QStringList {QStringLiteral("carol")} << 0;
        QTest::newRow("no wildcards") << QStringLiteral("a*e") << QStringList() << 0;
        QTest::newRow("nobody") << QStringLiteral("nobody") << QStringList() << 0;
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, users);
        QFETCH(int, devicesOfFirst);
        m_chain = new ConsoleChain(nullptr, m_scope.get());
        m_chain->feed->applyChanges(ConsoleChanges::cast());
        m_chain->feed->applyAccount(ConsoleChanges::suspendedAccount(QStringLiteral("carol"), {}));
        m_chain->proxy->sort(ConnectionsModel::UserColumn);
        m_chain->proxy->setFilterText(text);
        QCOMPARE(userIdsInOrder(m_chain->proxy), users);
        if (!users.isEmpty())
            QCOMPARE(m_chain->proxy->rowCount(m_chain->proxy->index(0, 0)), devicesOfFirst);

        // Live changes go through the filter too.
        m_chain->feed->applyChanges(
            {ConsoleChanges::user(QStringLiteral("zoe"), QStringLiteral("Zoe"), QStringLiteral("user"), 0),
             ConsoleChanges::device(QStringLiteral("zoe"), QStringLiteral("tablet"),
                                    QStringLiteral("10.9.9.9"))});
        QCOMPARE(userIdsInOrder(m_chain->proxy).contains(QStringLiteral("zoe")),
                 text.isEmpty() || text == QLatin1StringView("tablet"));
    }

    void sort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");

        const auto order = [](std::initializer_list<const char *> names) {
            QStringList list;
            for (const char *name : names)
                list.append(QLatin1StringView(name));
            return list;
        };
        QTest::newRow("user") << int(ConnectionsModel::UserColumn)
                              << order({"alice", "bob", "carol", "dave"});
        // user < moderator < admin; equal roles by id.
        QTest::newRow("role") << int(ConnectionsModel::RoleColumn)
                              << order({"bob", "dave", "carol", "alice"});
        QTest::newRow("devices, as numbers")
            << int(ConnectionsModel::DevicesColumn) << order({"carol", "bob", "alice", "dave"});
        QTest::newRow("sockets, as numbers")
            << int(ConnectionsModel::SocketsColumn) << order({"carol", "bob", "alice", "dave"});
        // Carol is offline: no time, first.
        QTest::newRow("connected since")
            << int(ConnectionsModel::ConnectedSinceColumn) << order({"carol", "bob", "dave", "alice"});
        QTest::newRow("last activity")
            << int(ConnectionsModel::LastActivityColumn) << order({"carol", "dave", "alice", "bob"});
        QTest::newRow("status") << int(ConnectionsModel::StatusColumn)
                                << order({"alice", "bob", "dave", "carol"});
    }

    void sort()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        m_chain = new ConsoleChain(nullptr, m_scope.get());
        m_chain->feed->applyChanges(ConsoleChanges::cast());
        m_chain->feed->applyAccount(ConsoleChanges::suspendedAccount(
            QStringLiteral("carol"), QStringLiteral("2030-01-01T00:00:00.000Z")));
        m_chain->proxy->sort(column, Qt::AscendingOrder);
        QCOMPARE(userIdsInOrder(m_chain->proxy), ascending);
        m_chain->proxy->sort(column, Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(userIdsInOrder(m_chain->proxy), descending);

        // Rows that change keep the order: dave's latest activity jumps to the front.
        m_chain->proxy->sort(ConnectionsModel::LastActivityColumn, Qt::DescendingOrder);
        m_chain->feed->applyChanges(
            {ConsoleChanges::socket(QStringLiteral("dave"), QStringLiteral("pc-0"),
                                    QStringLiteral("s-dave-0"), QStringLiteral("172.16.0.0"), 99)});
        QCOMPARE(userIdsInOrder(m_chain->proxy).first(), QStringLiteral("dave"));
    }
};

QTEST_MAIN(TestConnectionsFilter)
#include "tst_connectionsfilter.moc"
