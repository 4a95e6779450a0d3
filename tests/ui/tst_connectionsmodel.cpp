// The Connections view's data against a real in-process server: ConsoleFeed over a real /admin
// socket, ConnectionsModel and ConnectionsFilterModel, each watched by QAbstractItemModelTester.
// Real sockets connect, upgrade, leave, get kicked and suspended; the model must follow with
// exactly one row operation per change and never a reset, except the one after a (re)load. The
// churn case mixes a few hundred real sockets with 2,000 synthetic ones. Filtering and sorting:
// tst_connectionsfilter.
#include "ConsoleChain.h"
#include "ConsoleChanges.h"
#include "ModerationFixture.h"
#include "SyntheticSessions.h"
#include "core/client/ConsoleFeed.h"
#include "core/client/Manager.h"
#include "ui/ConnectionsFilterModel.h"
#include "ui/ConnectionsModel.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace gatehouse;
using gatehouse::test::ConsoleChain;
using gatehouse::test::ConsoleChanges;
using gatehouse::test::ModelWatch;
using gatehouse::test::ModerationFixture;
using gatehouse::test::SyntheticSessions;
using gatehouse::ui::ConnectionsModel;

class TestConnectionsModel : public QObject {
    Q_OBJECT

private:
    ModerationFixture m_fixture;
    User m_admin, m_alice, m_bob, m_carol;
    QList<User> m_crowd;
    std::unique_ptr<QObject> m_scope;
    ClientSocket *m_console = nullptr;
    ConsoleChain *m_chain = nullptr;

    // Signs the console in on /admin and waits until its feed is live.
    void startConsole()
    {
        m_console = m_fixture.connectAs(m_scope.get(), m_admin, QStringLiteral("/admin"));
        m_chain = new ConsoleChain(m_console, m_scope.get());
        QTRY_COMPARE_WITH_TIMEOUT(m_chain->feed->status(), ConsoleFeed::Status::Live, 5000);
    }

    // Sockets of known users in the server's registry, which the feed should mirror.
    int registeredSockets()
    {
        const QList<SocketInfo> sockets = m_fixture.moderation().registry().sockets();
        return int(std::count_if(sockets.cbegin(), sockets.cend(),
                                 [](const SocketInfo &socket) { return !socket.userId.isEmpty(); }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        m_admin = m_fixture.addUser(QStringLiteral("root"), Role::Admin);
        m_alice = m_fixture.addUser(QStringLiteral("alice"), Role::User);
        m_bob = m_fixture.addUser(QStringLiteral("bob"), Role::User);
        m_carol = m_fixture.addUser(QStringLiteral("carol"), Role::User);
        for (int i = 0; i < 10; ++i)
            m_crowd.append(m_fixture.addUser(QStringLiteral("crowd%1").arg(i), Role::User));
    }

    void init() { m_scope = std::make_unique<QObject>(); }

    void cleanup()
    {
        m_scope.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.moderation().registry().socketCount(), 0, 5000);
    }

    void snapshotThenOneRowOperationPerChange()
    {
        ClientSocket *laptop
            = m_fixture.connectAs(m_scope.get(), m_alice, QStringLiteral("/"), QStringLiteral("laptop"));
        ClientSocket *phone
            = m_fixture.connectAs(m_scope.get(), m_alice, QStringLiteral("/"), QStringLiteral("phone"));
        QTRY_VERIFY_WITH_TIMEOUT(laptop->isConnected() && phone->isConnected(), 3000);
        startConsole();
        m_chain->verifyMirrorsFeed();
        const QModelIndex alice = m_chain->model->userIndex(m_alice.id);
        QVERIFY(alice.isValid());
        QCOMPARE(m_chain->model->rowCount(alice), 2);
        QCOMPARE(alice.siblingAtColumn(ConnectionsModel::StatusColumn).data().toString(),
                 QStringLiteral("Online"));
        QVERIFY(m_chain->model->userIndex(m_admin.id).isValid()); // the console itself, on /admin
        QCOMPARE(m_chain->model->userIndex(m_admin.id)
                     .siblingAtColumn(ConnectionsModel::RoleColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Admin"));

        ModelWatch &log = *m_chain->watch;
        log.clear();
        QSignalSpy resets(m_chain->model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_chain->model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_chain->model, &QAbstractItemModel::rowsRemoved);

        // Bob arrives: his user, device and socket, one insert each, parents first.
        ClientSocket *bob
            = m_fixture.connectAs(m_scope.get(), m_bob, QStringLiteral("/"), QStringLiteral("tablet"));
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 3, 3000);
        QCOMPARE(log.inserted,
                 (QStringList {QStringLiteral("user:") + m_bob.id, QStringLiteral("device:tablet"),
                               QStringLiteral("socket:") + bob->id()}));
        QVERIFY(
            !inserted.at(1).first().value<QModelIndex>().parent().isValid()); // the device's parent is a user

        // Alice opens a second connection on her laptop: one socket row under the laptop.
        log.inserted.clear();
        ClientSocket *chat
            = m_fixture.connectAs(m_scope.get(), m_alice, QStringLiteral("/"), QStringLiteral("laptop"));
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 4, 3000);
        QCOMPARE(log.inserted, QStringList {QStringLiteral("socket:") + chat->id()});
        QCOMPARE(m_chain->model->rowCount(m_chain->model->deviceIndex(m_alice.id, QStringLiteral("laptop"))),
                 2);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_chain->model->userIndex(m_alice.id, ConnectionsModel::SocketsColumn).data().toInt(), 3, 2000);

        // Bob leaves: socket, device, user, children first.
        const QString bobSocket = bob->id();
        bob->manager()->close();
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 3, 3000);
        QCOMPARE(log.removed,
                 (QStringList {QStringLiteral("socket:") + bobSocket, QStringLiteral("device:tablet"),
                               QStringLiteral("user:") + m_bob.id}));
        QTest::qWait(250); // one more batch window: nothing else may follow
        QCOMPARE(inserted.size(), 4);
        QCOMPARE(removed.size(), 3);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(log.resets, 0);
        m_chain->verifyMirrorsFeed();
    }

    void upgradesChangeRowsInPlace()
    {
        startConsole();
        ModelWatch &log = *m_chain->watch;
        log.clear();
        // Long-polling first, then the upgrade to WebSocket: the socket's row changes, nothing moves.
        QString transportWhenInserted;
        QObject context;
        connect(m_chain->model, &QAbstractItemModel::rowsInserted, &context,
                [&](const QModelIndex &parent, int first) {
                    const QModelIndex row
                        = m_chain->model->index(first, ConnectionsModel::TransportColumn, parent);
                    if (row.data(ConnectionsModel::KindRole).toInt() == int(ConnectionsModel::Kind::Socket))
                        transportWhenInserted = row.data().toString();
                });
        ClientSocket *carol = m_fixture.connect(m_scope.get(), QStringLiteral("/"),
                                                {{QStringLiteral("token"), m_fixture.tokenFor(m_carol)},
                                                 {QStringLiteral("deviceId"), QStringLiteral("desktop")}},
                                                true);
        QTRY_VERIFY_WITH_TIMEOUT(carol->isConnected(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_chain->model->socketIndex(carol->id(), ConnectionsModel::TransportColumn).data().toString(),
            QStringLiteral("websocket"), 5000);
        QCOMPARE(log.inserted.size(), 3);
        QVERIFY(log.removed.isEmpty());
        QCOMPARE(log.resets, 0);
        if (transportWhenInserted == QLatin1StringView("polling")) {
            const QModelIndex row = m_chain->model->socketIndex(carol->id());
            QVERIFY(std::any_of(log.changed.cbegin(), log.changed.cend(),
                                [&](const QPersistentModelIndex &changed) { return changed == row; }));
        }

        // The same, exactly, with a batch by hand: one dataChanged for the socket's row.
        log.changed.clear();
        QJsonObject data = m_chain->feed->state().socket(carol->id())->toJson();
        data.insert(QStringLiteral("transport"), QStringLiteral("polling"));
        m_chain->feed->applyChanges({ConsoleChanges::upsert(QStringLiteral("socket"), carol->id(), data)});
        const QModelIndex row = m_chain->model->socketIndex(carol->id());
        QCOMPARE(int(std::count(log.changed.cbegin(), log.changed.cend(), QPersistentModelIndex(row))), 1);
        QCOMPARE(row.siblingAtColumn(ConnectionsModel::TransportColumn).data().toString(),
                 QStringLiteral("polling"));
        QCOMPARE(log.inserted.size(), 3);
        QVERIFY(log.removed.isEmpty());
    }

    void kicksRemoveRows()
    {
        ClientSocket *laptop
            = m_fixture.connectAs(m_scope.get(), m_alice, QStringLiteral("/"), QStringLiteral("laptop"));
        ClientSocket *phone
            = m_fixture.connectAs(m_scope.get(), m_alice, QStringLiteral("/"), QStringLiteral("phone"));
        QTRY_VERIFY_WITH_TIMEOUT(laptop->isConnected() && phone->isConnected(), 3000);
        startConsole();
        ModelWatch &log = *m_chain->watch;
        log.clear();
        const QString laptopSocket = laptop->id();
        const QJsonObject kicked = ModerationFixture::call(
            m_console, m_scope.get(), QStringLiteral("gatehouse:kick"),
            {{QStringLiteral("userId"), m_alice.id}, {QStringLiteral("deviceId"), QStringLiteral("laptop")}});
        QVERIFY(kicked.value(QStringLiteral("ok")).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(log.removed.size(), 2, 3000);
        QCOMPARE(log.removed,
                 (QStringList {QStringLiteral("socket:") + laptopSocket, QStringLiteral("device:laptop")}));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_chain->model->userIndex(m_alice.id, ConnectionsModel::DevicesColumn).data().toInt(), 1, 2000);
        QVERIFY(log.inserted.isEmpty());
        QCOMPARE(log.resets, 0);
        m_chain->verifyMirrorsFeed();
    }

    void suspendedUsersKeepTheirRowWithABadge()
    {
        ClientSocket *alice
            = m_fixture.connectAs(m_scope.get(), m_alice, QStringLiteral("/"), QStringLiteral("laptop"));
        QTRY_VERIFY_WITH_TIMEOUT(alice->isConnected(), 3000);
        startConsole();
        ModelWatch &log = *m_chain->watch;
        log.clear();
        const QString socketId = alice->id();
        const QJsonObject suspended
            = ModerationFixture::call(m_console, m_scope.get(), QStringLiteral("gatehouse:suspend"),
                                      {{QStringLiteral("userId"), m_alice.id},
                                       {QStringLiteral("reason"), QStringLiteral("spam")},
                                       {QStringLiteral("seconds"), 3600}});
        QVERIFY(suspended.value(QStringLiteral("ok")).toBool());
        // Her sessions go; her row stays, marked, with the end of the suspension and its reason.
        QTRY_COMPARE_WITH_TIMEOUT(log.removed.size(), 2, 3000);
        QCOMPARE(log.removed,
                 (QStringList {QStringLiteral("socket:") + socketId, QStringLiteral("device:laptop")}));
        const QModelIndex status = m_chain->model->userIndex(m_alice.id, ConnectionsModel::StatusColumn);
        QTRY_VERIFY_WITH_TIMEOUT(status.data(ConnectionsModel::SuspendedRole).toBool(), 2000);
        QVERIFY2(status.data().toString().startsWith(QStringLiteral("Suspended until ")),
                 qPrintable(status.data().toString()));
        QCOMPARE(status.data(Qt::ToolTipRole).toString(), QStringLiteral("Reason: spam"));
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(status.siblingAtColumn(ConnectionsModel::SocketsColumn).data().toInt(), 0);
        // A console that loads now finds her through the suspended accounts.
        {
            QObject scope;
            ConsoleFeed fresh(m_fixture.connectAs(&scope, m_admin, QStringLiteral("/admin")));
            QTRY_COMPARE_WITH_TIMEOUT(fresh.status(), ConsoleFeed::Status::Live, 5000);
            QVERIFY(fresh.state().user(m_alice.id) && fresh.state().user(m_alice.id)->suspended);
        }

        // Unsuspended while offline: her row goes.
        QVERIFY(ModerationFixture::call(m_console, m_scope.get(), QStringLiteral("gatehouse:unsuspend"),
                                        {{QStringLiteral("userId"), m_alice.id}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(log.removed.size(), 3, 3000);
        QCOMPARE(log.removed.last(), QStringLiteral("user:") + m_alice.id);
        QVERIFY(log.inserted.isEmpty());
        QCOMPARE(log.resets, 0);
    }

    void aReconnectReloadsWithOneReset()
    {
        ClientSocket *alice
            = m_fixture.connectAs(m_scope.get(), m_alice, QStringLiteral("/"), QStringLiteral("laptop"));
        QTRY_VERIFY_WITH_TIMEOUT(alice->isConnected(), 3000);
        startConsole();
        ModelWatch &log = *m_chain->watch;
        log.clear();
        m_console->manager()->close();
        QTRY_COMPARE_WITH_TIMEOUT(m_chain->feed->status(), ConsoleFeed::Status::Offline, 3000);
        // Offline, the last state stays on show.
        QVERIFY(m_chain->model->userIndex(m_alice.id).isValid());

        // Meanwhile alice leaves and bob arrives; nobody tells the console.
        alice->manager()->close();
        ClientSocket *bob
            = m_fixture.connectAs(m_scope.get(), m_bob, QStringLiteral("/"), QStringLiteral("tablet"));
        QTRY_VERIFY_WITH_TIMEOUT(bob->isConnected(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.moderation().registry().connectionCount(m_alice.id), 0, 3000);
        QCOMPARE(log.resets, 0);

        m_console->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_chain->feed->status(), ConsoleFeed::Status::Live, 5000);
        QCOMPARE(log.resets, 1);
        QVERIFY(log.inserted.isEmpty() && log.removed.isEmpty());
        QVERIFY(!m_chain->model->userIndex(m_alice.id).isValid());
        QVERIFY(m_chain->model->socketIndex(bob->id()).isValid());
        m_chain->verifyMirrorsFeed();
        QCOMPARE(int(m_chain->feed->state().socketCount()), registeredSockets());
    }

    // A few hundred real sockets come and go while 2,000 synthetic ones churn through batches of
    // the server's shape. At the end the model mirrors the feed, which mirrors the server.
    void churnStaysConsistent()
    {
        startConsole();
        ModelWatch &log = *m_chain->watch;
        log.clear();
        SyntheticSessions synthetic;
        QList<ClientSocket *> real;
        QRandomGenerator random(7);
        const auto churn = [&](int arrive, int leave) {
            for (int i = 0; i < 20; ++i) {
                const User &user = m_crowd.at(random.bounded(int(m_crowd.size())));
                real.append(m_fixture.connectAs(m_scope.get(), user, QStringLiteral("/"),
                                                QStringLiteral("dev-%1").arg(random.bounded(4))));
            }
            for (int i = 0; real.size() > 100 && i < 10; ++i)
                real.takeAt(random.bounded(int(real.size())))->manager()->close();
            for (int i = 0; i < leave; ++i)
                synthetic.disconnect(synthetic.randomSocket().id);
            for (int i = 0; i < arrive; ++i)
                synthetic.connect(synthetic.userId(random.bounded(300)),
                                  synthetic.deviceId(random.bounded(3)));
            m_chain->feed->applyChanges(synthetic.takeBatch());
            QTest::qWait(50);
        };

        // First with the testers walking the whole tree after every signal: 60 synthetic sockets.
        for (int round = 0; round < 6 && !QTest::currentTestFailed(); ++round)
            churn(round == 0 ? 60 : 15, round == 0 ? 0 : 15);
        // Then 2,000. A walk per signal would take minutes now: the testers step aside, the
        // row-count checks stay, and fresh testers check the whole tree at the end.
        m_chain->stopTesters();
        for (int round = 0; round < 14 && !QTest::currentTestFailed(); ++round)
            churn(round < 2 ? 970 : 200, round < 2 ? 0 : 200);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(int(synthetic.socketCount()), 2000);

        // The server's batches catch up within a few windows.
        QTRY_COMPARE_WITH_TIMEOUT(registeredSockets(), int(real.size()) + 1, 10000); // + the console
        QTRY_COMPARE_WITH_TIMEOUT(int(m_chain->feed->state().socketCount()), registeredSockets() + 2000,
                                  10000);
        QTest::qWait(300);
        QCOMPARE(int(m_chain->feed->state().socketCount()), registeredSockets() + 2000);
        m_chain->verifyMirrorsFeed();
        QCOMPARE(log.resets, 0);
        m_chain->testOnce();
        qInfo() << log.inserted.size() << "rows inserted," << log.removed.size() << "removed," << real.size()
                << "real sockets," << synthetic.socketCount() << "synthetic";
    }
};

QTEST_MAIN(TestConnectionsModel)
#include "tst_connectionsmodel.moc"
