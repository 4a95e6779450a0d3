// ConsoleState, the console's copy of the sessions: what each change does and which events it
// reports (parents upserted first, children removed first), changes in an unexpected order,
// suspended users who stay listed offline, and the JSON of SessionInfo read back.
#include "core/client/ConsoleState.h"

#include <QTest>
#include <QTimeZone>

using namespace gatehouse;

namespace {

using Kind = ConsoleState::Event::Kind;

QJsonObject change(const QString &op, const QString &kind, const QString &id, const QString &userId = {},
                   const QString &deviceId = {}, const QJsonObject &data = {})
{
    QJsonObject json {{QStringLiteral("op"), op}, {QStringLiteral("kind"), kind}, {QStringLiteral("id"), id}};
    if (!userId.isEmpty())
        json.insert(QStringLiteral("userId"), userId);
    if (!deviceId.isEmpty())
        json.insert(QStringLiteral("deviceId"), deviceId);
    if (op == QLatin1StringView("upsert"))
        json.insert(QStringLiteral("data"), data);
    return json;
}

QJsonObject socketUpsert(const QString &id, const QString &userId, const QString &deviceId)
{
    SocketInfo info;
    info.id = id;
    info.nsp = QStringLiteral("/");
    info.userId = userId;
    info.deviceId = deviceId;
    info.transport = QStringLiteral("websocket");
    return change(QStringLiteral("upsert"), QStringLiteral("socket"), id, userId, deviceId, info.toJson());
}

// "+user:u1", "-socket:s1", …: the events in order, easy to compare.
QStringList describe(const ConsoleState::Events &events)
{
    QStringList lines;
    for (const ConsoleState::Event &event : events) {
        const QString kind = event.kind == Kind::User ? QStringLiteral("user")
            : event.kind == Kind::Device              ? QStringLiteral("device")
                                                      : QStringLiteral("socket");
        const QString id = event.kind == Kind::User ? event.userId
            : event.kind == Kind::Device            ? event.deviceId
                                                    : event.socketId;
        lines.append((event.removed ? QLatin1Char('-') : QLatin1Char('+')) + kind + QLatin1Char(':') + id);
    }
    return lines;
}

QJsonObject account(const QString &id, const QString &status, const QString &until = {})
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), QStringLiteral("mallory")},
            {QStringLiteral("displayName"), QStringLiteral("Mallory")},
            {QStringLiteral("role"), QStringLiteral("user")},
            {QStringLiteral("status"), status},
            {QStringLiteral("suspendedReason"), QStringLiteral("spam")},
            {QStringLiteral("suspendedUntil"), until.isEmpty() ? QJsonValue() : QJsonValue(until)}};
}

} // namespace

class TestConsoleState : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sessionInfoReadsWhatItWrote()
    {
        SocketInfo socket;
        socket.id = QStringLiteral("s1");
        socket.nsp = QStringLiteral("/chat");
        socket.clientId = QStringLiteral("abcdefabcdef");
        socket.userId = QStringLiteral("u1");
        socket.deviceId = QStringLiteral("d1");
        socket.transport = QStringLiteral("polling");
        socket.upgradedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, QTimeZone::utc());
        socket.connectedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, QTimeZone::utc());
        socket.lastActivityAt = socket.upgradedAt;
        socket.address = QStringLiteral("192.0.2.1");
        socket.rooms = {QStringLiteral("device:d1"), QStringLiteral("user:u1")};
        socket.bytesOut = 123456789;
        const SocketInfo socketBack = SocketInfo::fromJson(socket.toJson());
        QCOMPARE(socketBack.toJson(), socket.toJson());
        QCOMPARE(socketBack.upgradedAt, socket.upgradedAt);

        DeviceInfo device;
        device.id = QStringLiteral("d1");
        device.userId = QStringLiteral("u1");
        device.guessed = true;
        device.name = QStringLiteral("Laptop");
        device.socketIds = {QStringLiteral("s1")};
        QCOMPARE(DeviceInfo::fromJson(device.toJson()).toJson(), device.toJson());

        UserInfo user;
        user.id = QStringLiteral("u1");
        user.username = QStringLiteral("alice");
        user.role = QStringLiteral("moderator");
        user.deviceCount = 2;
        user.socketCount = 3;
        QCOMPARE(UserInfo::fromJson(user.toJson()).toJson(), user.toJson());
    }

    void childrenBeforeParentsGetPlaceholders()
    {
        ConsoleState state;
        ConsoleState::Events events;
        state.applyChange(socketUpsert(QStringLiteral("s1"), QStringLiteral("u1"), QStringLiteral("d1")),
                          &events);
        QCOMPARE(describe(events),
                 (QStringList {QStringLiteral("+user:u1"), QStringLiteral("+device:d1"),
                               QStringLiteral("+socket:s1")}));
        QVERIFY(state.user(QStringLiteral("u1"))->online);
        QCOMPARE(state.socketIds(QStringLiteral("u1"), QStringLiteral("d1")),
                 QStringList {QStringLiteral("s1")});

        // The user's own record then fills the placeholder in.
        events.clear();
        UserInfo user;
        user.id = QStringLiteral("u1");
        user.username = QStringLiteral("alice");
        state.applyChange(
            change(QStringLiteral("upsert"), QStringLiteral("user"), user.id, {}, {}, user.toJson()),
            &events);
        QCOMPARE(describe(events), QStringList {QStringLiteral("+user:u1")});
        QCOMPARE(state.user(QStringLiteral("u1"))->info.username, QStringLiteral("alice"));
        QCOMPARE(state.userCount(), 1);
        QCOMPARE(state.deviceCount(), 1);
    }

    void parentsTakeTheirChildren()
    {
        ConsoleState state;
        state.applyChange(socketUpsert(QStringLiteral("s1"), QStringLiteral("u1"), QStringLiteral("d1")),
                          nullptr);
        state.applyChange(socketUpsert(QStringLiteral("s2"), QStringLiteral("u1"), QStringLiteral("d2")),
                          nullptr);
        ConsoleState::Events events;
        state.applyChange(change(QStringLiteral("remove"), QStringLiteral("user"), QStringLiteral("u1")),
                          &events);
        QStringList seen = describe(events);
        QCOMPARE(seen.size(), 5);
        QCOMPARE(seen.last(), QStringLiteral("-user:u1"));
        // Each socket before its device.
        QVERIFY(seen.indexOf(QStringLiteral("-socket:s1")) < seen.indexOf(QStringLiteral("-device:d1")));
        QVERIFY(seen.indexOf(QStringLiteral("-socket:s2")) < seen.indexOf(QStringLiteral("-device:d2")));
        QCOMPARE(state.userCount(), 0);
        QCOMPARE(state.deviceCount(), 0);
        QCOMPARE(state.socketCount(), 0);

        // Removing what is not there reports nothing.
        events.clear();
        state.applyChange(change(QStringLiteral("remove"), QStringLiteral("socket"), QStringLiteral("s1")),
                          &events);
        state.applyChange(change(QStringLiteral("remove"), QStringLiteral("device"), QStringLiteral("d1"),
                                 QStringLiteral("u1")),
                          &events);
        QVERIFY(events.isEmpty());
    }

    void socketsThatChangeOwnersMove()
    {
        ConsoleState state;
        state.applyChange(socketUpsert(QStringLiteral("s1"), QStringLiteral("u1"), QStringLiteral("d1")),
                          nullptr);
        ConsoleState::Events events;
        state.applyChange(socketUpsert(QStringLiteral("s1"), QStringLiteral("u1"), QStringLiteral("d2")),
                          &events);
        QCOMPARE(describe(events),
                 (QStringList {QStringLiteral("-socket:s1"), QStringLiteral("+device:d2"),
                               QStringLiteral("+socket:s1")}));
        QVERIFY(state.socketIds(QStringLiteral("u1"), QStringLiteral("d1")).isEmpty());
    }

    void laterProtocolsAreIgnored()
    {
        ConsoleState state;
        ConsoleState::Events events;
        state.applyChange(change(QStringLiteral("upsert"), QStringLiteral("group"), QStringLiteral("g1")),
                          &events);
        state.applyChange(change(QStringLiteral("archive"), QStringLiteral("user"), QStringLiteral("u1")),
                          &events);
        state.applyChange(change(QStringLiteral("upsert"), QStringLiteral("user"), QString()), &events);
        state.applyChange(socketUpsert(QStringLiteral("s1"), QString(), QString()), &events); // anonymous
        QVERIFY(events.isEmpty());
        QCOMPARE(state.userCount(), 0);
    }

    void suspendedUsersStayListedOffline()
    {
        ConsoleState state;
        state.applyChange(socketUpsert(QStringLiteral("s1"), QStringLiteral("m1"), QStringLiteral("d1")),
                          nullptr);
        ConsoleState::Events events;
        state.applyAccount(account(QStringLiteral("m1"), QStringLiteral("suspended"),
                                   QStringLiteral("2030-01-01T00:00:00.000Z")),
                           &events);
        QCOMPARE(describe(events), QStringList {QStringLiteral("+user:m1")});
        const ConsoleState::UserEntry *entry = state.user(QStringLiteral("m1"));
        QVERIFY(entry->suspended && entry->online);
        QCOMPARE(entry->suspendedReason, QStringLiteral("spam"));
        QCOMPARE(entry->suspendedUntil, QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc()));

        // The suspension disconnects the user's sockets: the user stays, offline.
        events.clear();
        state.applyChange(change(QStringLiteral("remove"), QStringLiteral("user"), QStringLiteral("m1")),
                          &events);
        QCOMPARE(describe(events),
                 (QStringList {QStringLiteral("-socket:s1"), QStringLiteral("-device:d1"),
                               QStringLiteral("+user:m1")}));
        entry = state.user(QStringLiteral("m1"));
        QVERIFY(entry && entry->suspended && !entry->online);
        QCOMPARE(entry->info.socketCount, 0);

        // Unsuspended while offline: no longer listed.
        events.clear();
        state.applyChange(change(QStringLiteral("upsert"), QStringLiteral("account"), QStringLiteral("m1"),
                                 {}, {}, account(QStringLiteral("m1"), QStringLiteral("active"))),
                          &events);
        QCOMPARE(describe(events), QStringList {QStringLiteral("-user:m1")});
        QCOMPARE(state.userCount(), 0);

        // An account suspended while nobody was online is listed from the account alone.
        events.clear();
        state.applyAccount(account(QStringLiteral("m2"), QStringLiteral("suspended")), &events);
        QCOMPARE(state.user(QStringLiteral("m2"))->info.username, QStringLiteral("mallory"));
        QVERIFY(!state.user(QStringLiteral("m2"))->suspendedUntil.isValid());
        // Handshakes of suspended accounts are refused, so a session means the account is active.
        state.applyChange(socketUpsert(QStringLiteral("s2"), QStringLiteral("m2"), QStringLiteral("d1")),
                          nullptr);
        QVERIFY(!state.user(QStringLiteral("m2"))->suspended);
        // Active accounts nobody lists are not listed.
        events.clear();
        state.applyAccount(account(QStringLiteral("m3"), QStringLiteral("active")), &events);
        QVERIFY(events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConsoleState)
#include "tst_consolestate.moc"
