// The Connections view's data: ConsoleFeed over a real /admin socket of an in-process server,
// ConnectionsModel and ConnectionsFilterModel, each watched by QAbstractItemModelTester. Real
// sockets connect, upgrade, leave, get kicked and suspended; the model must follow with exactly
// one row operation per change and never a reset, except the one after a (re)load. Filtering and
// sorting run on synthetic sessions with known names, addresses and times; the churn case mixes a
// few hundred real sockets with 2,000 synthetic ones.
#include "ModerationFixture.h"
#include "SyntheticSessions.h"
#include "core/client/ConsoleFeed.h"
#include "core/client/Manager.h"
#include "ui/ConnectionsFilterModel.h"
#include "ui/ConnectionsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace gatehouse;
using gatehouse::test::ModerationFixture;
using gatehouse::test::SyntheticSessions;
using gatehouse::ui::ConnectionsFilterModel;
using gatehouse::ui::ConnectionsModel;

namespace {

// "user:<id>", "device:<id>", "socket:<id>" for a row, read while the row exists.
QString describe(const QModelIndex &index)
{
    static const QStringList kinds {QStringLiteral("user"), QStringLiteral("device"),
                                    QStringLiteral("socket")};
    return kinds.value(index.data(ConnectionsModel::KindRole).toInt()) + QLatin1Char(':')
        + index.data(ConnectionsModel::IdRole).toString();
}

QJsonObject upsert(const QString &kind, const QString &id, const QJsonObject &data)
{
    QJsonObject change {{QStringLiteral("op"), QStringLiteral("upsert")},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("data"), data}};
    if (data.contains(QStringLiteral("userId")))
        change.insert(QStringLiteral("userId"), data.value(QStringLiteral("userId")));
    if (data.contains(QStringLiteral("deviceId")))
        change.insert(QStringLiteral("deviceId"), data.value(QStringLiteral("deviceId")));
    return change;
}

QJsonObject remove(const QString &kind, const QString &id, const QString &userId = {})
{
    return {{QStringLiteral("op"), QStringLiteral("remove")},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("id"), id},
            {QStringLiteral("userId"), userId}};
}

QDateTime at(int minutes)
{
    return QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc()).addSecs(minutes * 60);
}

QJsonObject user(const QString &id, const QString &displayName, const QString &role, int connectedAtMinute)
{
    UserInfo info;
    info.id = id;
    info.username = id;
    info.displayName = displayName;
    info.role = role;
    info.connectedAt = at(connectedAtMinute);
    return upsert(QStringLiteral("user"), id, info.toJson());
}

QJsonObject device(const QString &userId, const QString &id, const QString &address)
{
    DeviceInfo info;
    info.id = id;
    info.userId = userId;
    info.name = id;
    info.address = address;
    return upsert(QStringLiteral("device"), id, info.toJson());
}

QJsonObject socket(const QString &userId, const QString &deviceId, const QString &id, const QString &address,
                   int lastActivityMinute, const QString &transport = QStringLiteral("websocket"))
{
    SocketInfo info;
    info.id = id;
    info.nsp = QStringLiteral("/");
    info.userId = userId;
    info.deviceId = deviceId;
    info.transport = transport;
    info.address = address;
    info.connectedAt = at(0);
    info.lastActivityAt = at(lastActivityMinute);
    return upsert(QStringLiteral("socket"), id, info.toJson());
}

// Users with distinct names, roles, counts, times and addresses, for filtering and sorting. Dave
// has 12 devices: sorted as text, "12" would come before "2".
QJsonArray cast()
{
    QJsonArray changes {
        user(QStringLiteral("alice"), QStringLiteral("Alice Liddell"), QStringLiteral("admin"), 3),
        device(QStringLiteral("alice"), QStringLiteral("laptop"), QStringLiteral("10.0.0.1")),
        socket(QStringLiteral("alice"), QStringLiteral("laptop"), QStringLiteral("s-alice-1"),
               QStringLiteral("10.0.0.1"), 50),
        device(QStringLiteral("alice"), QStringLiteral("phone"), QStringLiteral("10.0.0.2")),
        socket(QStringLiteral("alice"), QStringLiteral("phone"), QStringLiteral("s-alice-2"),
               QStringLiteral("10.0.0.2"), 10),
        user(QStringLiteral("bob"), QString(), QStringLiteral("user"), 1),
        device(QStringLiteral("bob"), QStringLiteral("tablet"), QStringLiteral("192.168.1.5")),
        socket(QStringLiteral("bob"), QStringLiteral("tablet"), QStringLiteral("s-bob-1"),
               QStringLiteral("192.168.1.5"), 70, QStringLiteral("polling")),
        user(QStringLiteral("dave"), QStringLiteral("Dave"), QStringLiteral("user"), 2)};
    for (int i = 0; i < 12; ++i) {
        const QString id = QStringLiteral("pc-%1").arg(i);
        changes.append(device(QStringLiteral("dave"), id, QStringLiteral("172.16.0.%1").arg(i)));
        changes.append(socket(QStringLiteral("dave"), id, QStringLiteral("s-dave-%1").arg(i),
                              QStringLiteral("172.16.0.%1").arg(i), 20));
    }
    return changes;
}

QJsonObject suspendedAccount(const QString &id, const QString &until)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), id},
            {QStringLiteral("role"), QStringLiteral("moderator")},
            {QStringLiteral("status"), QStringLiteral("suspended")},
            {QStringLiteral("suspendedReason"), QStringLiteral("spam")},
            {QStringLiteral("suspendedUntil"), until.isEmpty() ? QJsonValue() : QJsonValue(until)}};
}

QStringList userIdsInOrder(const QAbstractItemModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ConnectionsModel::IdRole).toString());
    return ids;
}

} // namespace

class TestConnectionsModel : public QObject {
    Q_OBJECT

private:
    // What a model did, row by row, recorded while the rows still exist.
    struct RowLog {
        QObject context; // ends the recording with the log
        QStringList inserted;
        QStringList removed;
        int resets = 0;
        QList<QPersistentModelIndex> changed;
    };

    ModerationFixture m_fixture;
    User m_admin, m_alice, m_bob, m_carol;
    QList<User> m_crowd;
    std::unique_ptr<QObject> m_scope;
    ClientSocket *m_console = nullptr;
    ConsoleFeed *m_feed = nullptr;
    ConnectionsModel *m_model = nullptr;
    ConnectionsFilterModel *m_proxy = nullptr;
    QList<QAbstractItemModelTester *> m_testers;

    // The console's chain, each model watched by a tester; with a socket, waits until it is live.
    void startConsole(ClientSocket *socket)
    {
        m_console = socket;
        m_feed = new ConsoleFeed(socket, m_scope.get());
        m_model = new ConnectionsModel(m_feed, m_scope.get());
        m_proxy = new ConnectionsFilterModel(m_scope.get());
        m_proxy->setSourceModel(m_model);
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_proxy)})
            m_testers.append(new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_scope.get()));
        if (socket)
            QTRY_COMPARE_WITH_TIMEOUT(m_feed->status(), ConsoleFeed::Status::Live, 5000);
    }
    void startConsole()
    {
        startConsole(m_fixture.connectAs(m_scope.get(), m_admin, QStringLiteral("/admin")));
    }

    void record(RowLog *log)
    {
        connect(m_model, &QAbstractItemModel::rowsInserted, &log->context,
                [this, log](const QModelIndex &parent, int first, int last) {
                    for (int row = first; row <= last; ++row)
                        log->inserted.append(describe(m_model->index(row, 0, parent)));
                });
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, &log->context,
                [this, log](const QModelIndex &parent, int first, int last) {
                    for (int row = first; row <= last; ++row)
                        log->removed.append(describe(m_model->index(row, 0, parent)));
                });
        connect(m_model, &QAbstractItemModel::modelReset, &log->context, [log] { ++log->resets; });
        connect(m_model, &QAbstractItemModel::dataChanged, &log->context,
                [log](const QModelIndex &topLeft) { log->changed.append(topLeft); });
    }

    // The cheap part of QAbstractItemModelTester, for every signal even with thousands of rows:
    // row counts change by exactly the rows announced, and the rows are where they were announced.
    void watchRowCounts(QAbstractItemModel *model, QObject *context)
    {
        auto counts = std::make_shared<QList<int>>();
        const auto before
            = [model, counts](const QModelIndex &parent) { counts->append(model->rowCount(parent)); };
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, context, before);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, context, before);
        connect(model, &QAbstractItemModel::rowsInserted, context,
                [model, counts](const QModelIndex &parent, int first, int last) {
                    QCOMPARE(model->rowCount(parent), counts->takeLast() + last - first + 1);
                    QCOMPARE(model->index(first, 0, parent).parent(), parent);
                    QCOMPARE(model->index(last, 0, parent).row(), last);
                });
        connect(model, &QAbstractItemModel::rowsRemoved, context,
                [model, counts](const QModelIndex &parent, int first, int last) {
                    QCOMPARE(model->rowCount(parent), counts->takeLast() - (last - first + 1));
                });
    }

    // Sockets of known users in the server's registry, which the feed should mirror.
    int registeredSockets()
    {
        const QList<SocketInfo> sockets = m_fixture.moderation().registry().sockets();
        return int(std::count_if(sockets.cbegin(), sockets.cend(),
                                 [](const SocketInfo &socket) { return !socket.userId.isEmpty(); }));
    }

    // The model holds exactly the feed's tree, with the feed's counts.
    void verifyMirrorsFeed()
    {
        const ConsoleState &state = m_feed->state();
        QCOMPARE(m_model->rowCount(), int(state.userCount()));
        qsizetype devices = 0, sockets = 0;
        for (int u = 0; u < m_model->rowCount(); ++u) {
            const QModelIndex user = m_model->index(u, 0);
            const QString userId = user.data(ConnectionsModel::IdRole).toString();
            QVERIFY2(state.user(userId), qPrintable(userId));
            QCOMPARE(m_model->rowCount(user), int(state.deviceIds(userId).size()));
            QCOMPARE(user.siblingAtColumn(ConnectionsModel::DevicesColumn).data().toInt(),
                     m_model->rowCount(user));
            int userSockets = 0;
            for (int d = 0; d < m_model->rowCount(user); ++d) {
                const QModelIndex device = m_model->index(d, 0, user);
                const QString deviceId = device.data(ConnectionsModel::IdRole).toString();
                QVERIFY(state.device(userId, deviceId));
                QCOMPARE(m_model->rowCount(device), int(state.socketIds(userId, deviceId).size()));
                for (int s = 0; s < m_model->rowCount(device); ++s) {
                    const QModelIndex socket = m_model->index(s, 0, device);
                    QCOMPARE(socket.data(ConnectionsModel::UserIdRole).toString(), userId);
                    QCOMPARE(socket.data(ConnectionsModel::DeviceIdRole).toString(), deviceId);
                    const SocketInfo *info = state.socket(socket.data(ConnectionsModel::IdRole).toString());
                    QVERIFY(info && info->deviceId == deviceId);
                }
                userSockets += m_model->rowCount(device);
            }
            QCOMPARE(user.siblingAtColumn(ConnectionsModel::SocketsColumn).data().toInt(), userSockets);
            devices += m_model->rowCount(user);
            sockets += userSockets;
        }
        QCOMPARE(devices, state.deviceCount());
        QCOMPARE(sockets, state.socketCount());
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

    void init()
    {
        m_scope = std::make_unique<QObject>();
        m_testers.clear();
    }

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
        verifyMirrorsFeed();
        const QModelIndex alice = m_model->userIndex(m_alice.id);
        QVERIFY(alice.isValid());
        QCOMPARE(m_model->rowCount(alice), 2);
        QCOMPARE(alice.siblingAtColumn(ConnectionsModel::StatusColumn).data().toString(),
                 QStringLiteral("Online"));
        QVERIFY(m_model->userIndex(m_admin.id).isValid()); // the console itself, on /admin
        QCOMPARE(
            m_model->userIndex(m_admin.id).siblingAtColumn(ConnectionsModel::RoleColumn).data().toString(),
            QStringLiteral("Admin"));

        RowLog log;
        record(&log);
        QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

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
        QCOMPARE(m_model->rowCount(m_model->deviceIndex(m_alice.id, QStringLiteral("laptop"))), 2);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_model->userIndex(m_alice.id, ConnectionsModel::SocketsColumn).data().toInt(), 3, 2000);

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
        verifyMirrorsFeed();
    }

    void upgradesChangeRowsInPlace()
    {
        startConsole();
        RowLog log;
        record(&log);
        // Long-polling first, then the upgrade to WebSocket: the socket's row changes, nothing moves.
        QString transportWhenInserted;
        connect(m_model, &QAbstractItemModel::rowsInserted, &log.context,
                [&](const QModelIndex &parent, int first) {
                    const QModelIndex row = m_model->index(first, ConnectionsModel::TransportColumn, parent);
                    if (row.data(ConnectionsModel::KindRole).toInt() == int(ConnectionsModel::Kind::Socket))
                        transportWhenInserted = row.data().toString();
                });
        ClientSocket *carol = m_fixture.connect(m_scope.get(), QStringLiteral("/"),
                                                {{QStringLiteral("token"), m_fixture.tokenFor(m_carol)},
                                                 {QStringLiteral("deviceId"), QStringLiteral("desktop")}},
                                                true);
        QTRY_VERIFY_WITH_TIMEOUT(carol->isConnected(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_model->socketIndex(carol->id(), ConnectionsModel::TransportColumn).data().toString(),
            QStringLiteral("websocket"), 5000);
        QCOMPARE(log.inserted.size(), 3);
        QVERIFY(log.removed.isEmpty());
        QCOMPARE(log.resets, 0);
        if (transportWhenInserted == QLatin1StringView("polling")) {
            const QModelIndex row = m_model->socketIndex(carol->id());
            QVERIFY(std::any_of(log.changed.cbegin(), log.changed.cend(),
                                [&](const QPersistentModelIndex &changed) { return changed == row; }));
        }

        // The same, exactly, with a batch by hand: one dataChanged for the socket's row.
        log.changed.clear();
        QJsonObject data = m_feed->state().socket(carol->id())->toJson();
        data.insert(QStringLiteral("transport"), QStringLiteral("polling"));
        m_feed->applyChanges({upsert(QStringLiteral("socket"), carol->id(), data)});
        const QModelIndex row = m_model->socketIndex(carol->id());
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
        RowLog log;
        record(&log);
        const QString laptopSocket = laptop->id();
        const QJsonObject kicked = ModerationFixture::call(
            m_console, m_scope.get(), QStringLiteral("gatehouse:kick"),
            {{QStringLiteral("userId"), m_alice.id}, {QStringLiteral("deviceId"), QStringLiteral("laptop")}});
        QVERIFY(kicked.value(QStringLiteral("ok")).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(log.removed.size(), 2, 3000);
        QCOMPARE(log.removed,
                 (QStringList {QStringLiteral("socket:") + laptopSocket, QStringLiteral("device:laptop")}));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_model->userIndex(m_alice.id, ConnectionsModel::DevicesColumn).data().toInt(), 1, 2000);
        QVERIFY(log.inserted.isEmpty());
        QCOMPARE(log.resets, 0);
        verifyMirrorsFeed();
    }

    void suspendedUsersKeepTheirRowWithABadge()
    {
        ClientSocket *alice
            = m_fixture.connectAs(m_scope.get(), m_alice, QStringLiteral("/"), QStringLiteral("laptop"));
        QTRY_VERIFY_WITH_TIMEOUT(alice->isConnected(), 3000);
        startConsole();
        RowLog log;
        record(&log);
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
        const QModelIndex status = m_model->userIndex(m_alice.id, ConnectionsModel::StatusColumn);
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
        RowLog log;
        record(&log);
        m_console->manager()->close();
        QTRY_COMPARE_WITH_TIMEOUT(m_feed->status(), ConsoleFeed::Status::Offline, 3000);
        // Offline, the last state stays on show.
        QVERIFY(m_model->userIndex(m_alice.id).isValid());

        // Meanwhile alice leaves and bob arrives; nobody tells the console.
        alice->manager()->close();
        ClientSocket *bob
            = m_fixture.connectAs(m_scope.get(), m_bob, QStringLiteral("/"), QStringLiteral("tablet"));
        QTRY_VERIFY_WITH_TIMEOUT(bob->isConnected(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.moderation().registry().connectionCount(m_alice.id), 0, 3000);
        QCOMPARE(log.resets, 0);

        m_console->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_feed->status(), ConsoleFeed::Status::Live, 5000);
        QCOMPARE(log.resets, 1);
        QVERIFY(log.inserted.isEmpty() && log.removed.isEmpty());
        QVERIFY(!m_model->userIndex(m_alice.id).isValid());
        QVERIFY(m_model->socketIndex(bob->id()).isValid());
        verifyMirrorsFeed();
        QCOMPARE(int(m_feed->state().socketCount()), registeredSockets());
    }

    void batchesByHandGiveExactRowOperations()
    {
        startConsole(nullptr);
        RowLog log;
        record(&log);
        m_feed->applyChanges({user(QStringLiteral("u1"), {}, QStringLiteral("user"), 0),
                              device(QStringLiteral("u1"), QStringLiteral("d1"), QStringLiteral("10.0.0.1")),
                              socket(QStringLiteral("u1"), QStringLiteral("d1"), QStringLiteral("s1"),
                                     QStringLiteral("10.0.0.1"), 1),
                              socket(QStringLiteral("u1"), QStringLiteral("d1"), QStringLiteral("s2"),
                                     QStringLiteral("10.0.0.1"), 2)});
        QCOMPARE(log.inserted,
                 (QStringList {QStringLiteral("user:u1"), QStringLiteral("device:d1"),
                               QStringLiteral("socket:s1"), QStringLiteral("socket:s2")}));
        QCOMPARE(m_model->userIndex(QStringLiteral("u1"), ConnectionsModel::SocketsColumn).data().toInt(), 2);

        // Removals children first; the user's aggregated columns change once, at the batch's end.
        log.changed.clear();
        m_feed->applyChanges({remove(QStringLiteral("socket"), QStringLiteral("s1"))});
        QCOMPARE(log.removed, QStringList {QStringLiteral("socket:s1")});
        QCOMPARE(log.changed.size(), 2); // the device's and the user's counts and latest activity
        QCOMPARE(m_model->userIndex(QStringLiteral("u1"), ConnectionsModel::SocketsColumn).data().toInt(), 1);

        log.removed.clear();
        m_feed->applyChanges({remove(QStringLiteral("socket"), QStringLiteral("s2")),
                              remove(QStringLiteral("device"), QStringLiteral("d1"), QStringLiteral("u1")),
                              remove(QStringLiteral("user"), QStringLiteral("u1"))});
        QCOMPARE(log.removed,
                 (QStringList {QStringLiteral("socket:s2"), QStringLiteral("device:d1"),
                               QStringLiteral("user:u1")}));
        QCOMPARE(m_model->rowCount(), 0);
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
        startConsole(nullptr);
        m_feed->applyChanges(cast());
        m_feed->applyAccount(suspendedAccount(QStringLiteral("carol"), {}));
        m_proxy->sort(ConnectionsModel::UserColumn);
        m_proxy->setFilterText(text);
        QCOMPARE(userIdsInOrder(m_proxy), users);
        if (!users.isEmpty())
            QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0)), devicesOfFirst);

        // Live changes go through the filter too.
        m_feed->applyChanges(
            {user(QStringLiteral("zoe"), QStringLiteral("Zoe"), QStringLiteral("user"), 0),
             device(QStringLiteral("zoe"), QStringLiteral("tablet"), QStringLiteral("10.9.9.9"))});
        QCOMPARE(userIdsInOrder(m_proxy).contains(QStringLiteral("zoe")),
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
        startConsole(nullptr);
        m_feed->applyChanges(cast());
        m_feed->applyAccount(
            suspendedAccount(QStringLiteral("carol"), QStringLiteral("2030-01-01T00:00:00.000Z")));
        m_proxy->sort(column, Qt::AscendingOrder);
        QCOMPARE(userIdsInOrder(m_proxy), ascending);
        m_proxy->sort(column, Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(userIdsInOrder(m_proxy), descending);

        // Rows that change keep the order: dave's latest activity jumps to the front.
        m_proxy->sort(ConnectionsModel::LastActivityColumn, Qt::DescendingOrder);
        m_feed->applyChanges({socket(QStringLiteral("dave"), QStringLiteral("pc-0"),
                                     QStringLiteral("s-dave-0"), QStringLiteral("172.16.0.0"), 99)});
        QCOMPARE(userIdsInOrder(m_proxy).first(), QStringLiteral("dave"));
    }

    // A few hundred real sockets come and go while 2,000 synthetic ones churn through batches of
    // the server's shape. At the end the model mirrors the feed, which mirrors the server.
    void churnStaysConsistent()
    {
        startConsole();
        RowLog log;
        record(&log);
        watchRowCounts(m_model, &log.context);
        watchRowCounts(m_proxy, &log.context);
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
            m_feed->applyChanges(synthetic.takeBatch());
            QTest::qWait(50);
        };

        // First with the testers walking the whole tree after every signal: 60 synthetic sockets.
        for (int round = 0; round < 6 && !QTest::currentTestFailed(); ++round)
            churn(round == 0 ? 60 : 15, round == 0 ? 0 : 15);
        // Then 2,000. A walk per signal would take minutes now: the testers step aside, the
        // row-count checks stay, and fresh testers check the whole tree at the end.
        qDeleteAll(std::exchange(m_testers, {}));
        for (int round = 0; round < 14 && !QTest::currentTestFailed(); ++round)
            churn(round < 2 ? 970 : 200, round < 2 ? 0 : 200);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(int(synthetic.socketCount()), 2000);

        // The server's batches catch up within a few windows.
        QTRY_COMPARE_WITH_TIMEOUT(registeredSockets(), int(real.size()) + 1, 10000); // + the console
        QTRY_COMPARE_WITH_TIMEOUT(int(m_feed->state().socketCount()), registeredSockets() + 2000, 10000);
        QTest::qWait(300);
        QCOMPARE(int(m_feed->state().socketCount()), registeredSockets() + 2000);
        verifyMirrorsFeed();
        QCOMPARE(log.resets, 0);
        QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        qInfo() << log.inserted.size() << "rows inserted," << log.removed.size() << "removed," << real.size()
                << "real sockets," << synthetic.socketCount() << "synthetic";
    }
};

QTEST_MAIN(TestConnectionsModel)
#include "tst_connectionsmodel.moc"
