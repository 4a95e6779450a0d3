// AdminUiFeed without a server: @socket.io/admin-ui events written by hand as the reference
// sends them (docs/admin-ui-protocol.md), checked against the ConsoleState and the signals. The
// same feed against the real reference server: e2e.console-attach.
#include "core/client/AdminUiFeed.h"
#include "core/client/AdminUiGrouping.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace Qt::StringLiterals;

namespace {

QJsonObject serialized(const QString &id, const QString &clientId, const QJsonObject &data,
                       const QString &nsp = u"/"_s, const QString &address = u"10.0.0.1"_s)
{
    return {{u"id"_s, id},
            {u"clientId"_s, clientId},
            {u"transport"_s, u"websocket"_s},
            {u"nsp"_s, nsp},
            {u"data"_s, data},
            {u"handshake"_s,
             QJsonObject {{u"address"_s, address},
                          {u"headers"_s, QJsonObject {{u"user-agent"_s, u"node"_s}}},
                          {u"query"_s, QJsonObject {{u"EIO"_s, u"4"_s}}},
                          {u"issued"_s, 1795434186236.0}}},
            {u"rooms"_s, QJsonArray {id}}};
}

QJsonObject userData(const QString &id, const QString &username)
{
    return {{u"user"_s, QJsonObject {{u"id"_s, id}, {u"username"_s, username}}}};
}

QJsonArray developmentConfig()
{
    return {QJsonObject {
        {u"supportedFeatures"_s, QJsonArray {u"DISCONNECT"_s, u"AGGREGATED_EVENTS"_s, u"ALL_EVENTS"_s}}}};
}

} // namespace

class TestAdminUiFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groupingRules_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("displayName");
        QTest::newRow("user object")
            << QJsonObject {{u"user"_s,
                             QJsonObject {{u"id"_s, 7}, {u"username"_s, u"al"_s}, {u"name"_s, u"Al"_s}}}}
            << u"7"_s << u"al"_s << u"Al"_s;
        QTest::newRow("user object, name only")
            << QJsonObject {{u"user"_s, QJsonObject {{u"name"_s, u"c1"_s}}}} << u"c1"_s << u"c1"_s << u"c1"_s;
        QTest::newRow("user string") << QJsonObject {{u"user"_s, u"bob"_s}} << u"bob"_s << u"bob"_s
                                     << QString();
        QTest::newRow("userId and username")
            << QJsonObject {{u"userId"_s, u"42"_s}, {u"username"_s, u"zed"_s}} << u"42"_s << u"zed"_s
            << QString();
        QTest::newRow("username only")
            << QJsonObject {{u"username"_s, u"zed"_s}} << u"zed"_s << u"zed"_s << QString();
        QTest::newRow("anonymous") << QJsonObject {{u"other"_s, 1}} << u"anonymous:10.0.0.1"_s
                                   << u"anonymous"_s << u"10.0.0.1"_s;
    }
    void groupingRules()
    {
        QFETCH(QJsonObject, data);
        const AdminUiGrouping::Entry entry
            = AdminUiGrouping::fromSerialized(serialized(u"s1"_s, u"c1"_s, data));
        QTEST(entry.user.id, "userId");
        QTEST(entry.user.username, "username");
        QTEST(entry.user.displayName, "displayName");
        QCOMPARE(entry.socket.userId, entry.user.id);
        QCOMPARE(entry.device.id, u"c1"_s); // the Engine.IO connection without a deviceId
        QCOMPARE(entry.socket.rooms, QStringList()); // the socket's own room is left out
        QCOMPARE(entry.socket.connectedAt.toMSecsSinceEpoch(), 1795434186236);
    }

    void snapshotThenLiveEvents()
    {
        AdminUiFeed feed(nullptr);
        QSignalSpy resynced(&feed, &ConsoleFeed::resynced);
        QSignalSpy userRemoved(&feed, &ConsoleFeed::userRemoved);
        QSignalSpy socketUpserted(&feed, &ConsoleFeed::socketUpserted);
        feed.applyEvent(u"config"_s, developmentConfig());
        // QJsonValue: a braced QJsonArray alone would copy it instead of wrapping it.
        feed.applyEvent(
            u"all_sockets"_s,
            {QJsonValue(QJsonArray {serialized(u"a1"_s, u"ca"_s, userData(u"u1"_s, u"alice"_s)),
                                    serialized(u"a2"_s, u"ca"_s, userData(u"u1"_s, u"alice"_s), u"/chat"_s),
                                    serialized(u"x1"_s, u"cx"_s, {}),
                                    serialized(u"admin1"_s, u"cz"_s, {}, u"/admin"_s)})});
        QCOMPARE(resynced.size(), 1);
        QCOMPARE(feed.status(), ConsoleFeed::Status::Live);
        const ConsoleState &state = feed.state();
        QCOMPARE(state.socketCount(), 3); // not the admin namespace's own socket
        QCOMPARE(state.userCount(), 2);
        QCOMPARE(state.deviceIds(u"u1"_s), QStringList {u"ca"_s}); // one connection, two namespaces
        QCOMPARE(state.user(u"u1"_s)->info.socketCount, 2);
        QCOMPARE(state.user(u"u1"_s)->info.username, u"alice"_s);

        // The application sets socket.data.user later: the socket moves from the anonymous
        // entry to its user, and the emptied anonymous entry goes.
        feed.applyEvent(
            u"socket_updated"_s,
            {QJsonObject {{u"id"_s, u"x1"_s}, {u"nsp"_s, u"/"_s}, {u"data"_s, userData(u"u2"_s, u"bob"_s)}}});
        QCOMPARE(state.socket(u"x1"_s)->userId, u"u2"_s);
        QVERIFY(!state.user(u"anonymous:10.0.0.1"_s));
        QCOMPARE(userRemoved.size(), 1);
        QCOMPARE(state.socket(u"x1"_s)->transport, u"websocket"_s); // the rest is kept

        socketUpserted.clear();
        feed.applyEvent(u"room_joined"_s, {u"/"_s, u"lobby"_s, u"x1"_s, u"2026-11-23T11:43:06.604Z"_s});
        QCOMPARE(state.socket(u"x1"_s)->rooms, QStringList {u"lobby"_s});
        QCOMPARE(socketUpserted.size(), 1);
        feed.applyEvent(u"room_left"_s, {u"/"_s, u"lobby"_s, u"x1"_s, u"2026-11-23T11:43:06.604Z"_s});
        QCOMPARE(state.socket(u"x1"_s)->rooms, QStringList());

        feed.applyEvent(u"socket_disconnected"_s,
                        {u"/"_s, u"a1"_s, u"transport close"_s, u"2026-11-23T11:43:09Z"_s});
        QCOMPARE(state.user(u"u1"_s)->info.socketCount, 1);
        feed.applyEvent(u"socket_disconnected"_s,
                        {u"/chat"_s, u"a2"_s, u"transport close"_s, u"2026-11-23T11:43:09Z"_s});
        QVERIFY(!state.user(u"u1"_s)); // with its last socket
        // room_left after a disconnect, for a socket already gone: nothing happens.
        feed.applyEvent(u"room_left"_s, {u"/"_s, u"a1"_s, u"a1"_s, u"2026-11-23T11:43:09Z"_s});
        QCOMPARE(state.socketCount(), 1);

        feed.applyEvent(
            u"socket_connected"_s,
            {serialized(u"n1"_s, u"cn"_s, userData(u"u2"_s, u"bob"_s)), u"2026-11-23T11:43:10Z"_s});
        QCOMPARE(state.user(u"u2"_s)->info.deviceCount, 2);
        QCOMPARE(state.socketIds(u"u2"_s, u"cn"_s), QStringList {u"n1"_s});
    }

    void productionModeFailsWithReason()
    {
        AdminUiFeed feed(nullptr);
        QSignalSpy failed(&feed, &ConsoleFeed::failed);
        feed.applyEvent(
            u"config"_s,
            {QJsonObject {{u"supportedFeatures"_s, QJsonArray {u"DISCONNECT"_s, u"AGGREGATED_EVENTS"_s}}}});
        QCOMPARE(feed.status(), ConsoleFeed::Status::Failed);
        QCOMPARE(failed.size(), 1);
        QVERIFY(feed.errorString().contains(u"production mode"_s));
    }
};

QTEST_GUILESS_MAIN(TestAdminUiFeed)
#include "tst_adminuifeed.moc"
