// How long a 2,000-change batch takes to reach the Connections view holding 10,000 sockets: the
// feed alone, the model, and the model behind the sorting (and filtering) proxy. The batch is
// churn as the server sends it (sockets leave, sometimes with their device and user; sockets
// arrive, sometimes with a new device or user), and the next batch undoes it, so that every
// iteration works on a model of the same size.
#include "SyntheticSessions.h"
#include "core/client/ConsoleFeed.h"
#include "ui/ConnectionsFilterModel.h"
#include "ui/ConnectionsModel.h"

#include <QTest>

#include <memory>

using namespace gatehouse;
using gatehouse::test::SyntheticSessions;
using gatehouse::ui::ConnectionsFilterModel;
using gatehouse::ui::ConnectionsModel;

class BenchConnectionsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void applyBatch_data()
    {
        QTest::addColumn<bool>("model");
        QTest::addColumn<bool>("proxy");
        QTest::addColumn<QString>("filter");
        QTest::newRow("feed") << false << false << QString();
        QTest::newRow("feed+model") << true << false << QString();
        QTest::newRow("feed+model+sorted proxy") << true << true << QString();
        QTest::newRow("feed+model+sorted, filtered proxy") << true << true << QStringLiteral("10.1");
    }

    void applyBatch()
    {
        QFETCH(bool, model);
        QFETCH(bool, proxy);
        QFETCH(QString, filter);
        ConsoleFeed feed(nullptr);
        std::unique_ptr<ConnectionsModel> connections;
        std::unique_ptr<ConnectionsFilterModel> filtered;
        if (model)
            connections = std::make_unique<ConnectionsModel>(&feed);
        if (proxy) {
            filtered = std::make_unique<ConnectionsFilterModel>();
            filtered->setSourceModel(connections.get());
            filtered->sort(ConnectionsModel::LastActivityColumn, Qt::DescendingOrder);
            filtered->setFilterText(filter);
        }

        // 10,000 sockets: 2,500 users with 2 devices of 2 sockets each.
        SyntheticSessions sessions(QStringLiteral("bench"), 42);
        for (int user = 0; user < 2500; ++user) {
            for (int socket = 0; socket < 4; ++socket)
                sessions.connect(sessions.userId(user), sessions.deviceId(socket % 2));
        }
        feed.applyChanges(sessions.takeBatch());
        QCOMPARE(feed.state().socketCount(), 10000);

        // Churn, and the batch that undoes it.
        QRandomGenerator random(42);
        QList<SyntheticSessions::Socket> left;
        QStringList arrived;
        while (sessions.pendingChanges() < 2000) {
            if (random.bounded(2) == 0) {
                const SyntheticSessions::Socket socket = sessions.randomSocket();
                sessions.disconnect(socket.id);
                // A socket that arrived in this batch and left again is no change to undo.
                if (!arrived.removeOne(socket.id))
                    left.append(socket);
            } else {
                arrived.append(sessions.connect(sessions.userId(random.bounded(3000)),
                                                sessions.deviceId(random.bounded(3))));
            }
        }
        const QJsonArray churn = sessions.takeBatch();
        for (const QString &id : std::as_const(arrived))
            sessions.disconnect(id);
        for (const SyntheticSessions::Socket &socket : std::as_const(left))
            sessions.connect(socket.userId, socket.deviceId, socket.id);
        const QJsonArray undo = sessions.takeBatch();
        qInfo() << churn.size() << "and" << undo.size() << "changes:" << left.size() << "sockets leave,"
                << arrived.size() << "arrive";

        bool undoing = false;
        QBENCHMARK
        {
            feed.applyChanges(undoing ? undo : churn);
            undoing = !undoing;
        }
        if (undoing)
            feed.applyChanges(undo);
        QCOMPARE(feed.state().socketCount(), 10000);
        if (connections) {
            int sockets = 0;
            for (int user = 0; user < connections->rowCount(); ++user)
                sockets += connections->index(user, ConnectionsModel::SocketsColumn).data().toInt();
            QCOMPARE(sockets, 10000);
        }
    }
};

QTEST_MAIN(BenchConnectionsModel)
#include "bench_connectionsmodel.moc"
