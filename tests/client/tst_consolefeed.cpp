// ConsoleFeed against a scripted /admin namespace whose pages the test controls: the load in
// order (subscribe, sessions pages, suspended accounts), batches that arrive between pages, a
// list that shifts under the cursor, refusals, and going offline. The real server's side is
// covered by tests/ui (ui.connections-model).
#include "core/client/ClientSocket.h"
#include "core/client/ConsoleFeed.h"
#include "core/client/Manager.h"
#include "core/server/Namespace.h"
#include "core/server/Server.h"
#include "core/server/Socket.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace gatehouse;

namespace {

QJsonObject sessionUser(const QString &name)
{
    UserInfo user;
    user.id = QStringLiteral("id-") + name;
    user.username = name;
    DeviceInfo device;
    device.id = QStringLiteral("laptop");
    device.userId = user.id;
    SocketInfo socket;
    socket.id = QStringLiteral("s-") + name;
    socket.userId = user.id;
    socket.deviceId = device.id;
    QJsonObject deviceJson = device.toJson();
    deviceJson.insert(QStringLiteral("sockets"), QJsonArray {socket.toJson()});
    QJsonObject json = user.toJson();
    json.insert(QStringLiteral("devices"), QJsonArray {deviceJson});
    return json;
}

QJsonObject ok(QJsonObject body)
{
    body.insert(QStringLiteral("ok"), true);
    return body;
}

} // namespace

class TestConsoleFeed : public QObject {
    Q_OBJECT

private:
    static constexpr int ScriptedPageSize = 2;

    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;
    QPointer<Socket> m_admin; // the server's side of the console's socket
    QList<QJsonObject> m_users; // what gatehouse:sessions pages through, in order
    QJsonArray m_suspended;
    QList<int> m_cursors; // the cursors asked for, in order
    std::function<void()> m_beforePage; // runs before a page is answered
    QString m_refuse; // a command to refuse
    std::unique_ptr<QObject> m_scope;

    void answer(const QString &command, std::function<QJsonObject(const QJsonObject &)> run)
    {
        m_admin->on(command, [this, command, run = std::move(run)](const Arguments &args, const Ack &ack) {
            if (command == m_refuse) {
                ack({QJsonObject {{QStringLiteral("ok"), false},
                                  {QStringLiteral("error"),
                                   QJsonObject {{QStringLiteral("code"), QStringLiteral("forbidden")},
                                                {QStringLiteral("message"), QStringLiteral("Not you.")}}}}});
                return;
            }
            ack({run(args.value(0).toObject())});
        });
    }

    void batch(const QJsonArray &changes) { m_admin->emit(QStringLiteral("gatehouse:changes"), {changes}); }

    ClientSocket *connectConsole()
    {
        Manager::Options options;
        options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        options.engine.polling = false;
        options.reconnection = false;
        auto *manager = new Manager(options, m_scope.get());
        ClientSocket *socket = manager->socket(QStringLiteral("/admin"));
        socket->open();
        return socket;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<Server>();
        m_server->of(QStringLiteral("/admin")).onConnection([this](Socket *socket) {
            m_admin = socket;
            answer(QStringLiteral("gatehouse:subscribe"), [](const QJsonObject &) { return ok({}); });
            answer(QStringLiteral("gatehouse:sessions"), [this](const QJsonObject &request) {
                const int cursor = request.value(QStringLiteral("cursor")).toInt();
                m_cursors.append(cursor);
                if (m_beforePage)
                    m_beforePage();
                QJsonArray page;
                for (int i = cursor; i < qMin(int(m_users.size()), cursor + ScriptedPageSize); ++i)
                    page.append(m_users.at(i));
                const int end = cursor + ScriptedPageSize;
                return ok(
                    {{QStringLiteral("users"), page},
                     {QStringLiteral("total"), int(m_users.size())},
                     {QStringLiteral("nextCursor"), end < m_users.size() ? QJsonValue(end) : QJsonValue()}});
            });
            answer(QStringLiteral("gatehouse:accounts"), [this](const QJsonObject &request) {
                if (request.value(QStringLiteral("status")) != QLatin1StringView("suspended"))
                    return QJsonObject {{QStringLiteral("ok"), false}};
                return ok({{QStringLiteral("accounts"), m_suspended},
                           {QStringLiteral("total"), int(m_suspended.size())},
                           {QStringLiteral("nextCursor"), QJsonValue()}});
            });
        });
        const auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        m_port = *port;
    }

    void init()
    {
        m_scope = std::make_unique<QObject>();
        m_users.clear();
        for (const char *name : {"a", "b", "c", "d", "e"})
            m_users.append(sessionUser(QLatin1StringView(name)));
        m_suspended = {};
        m_cursors.clear();
        m_beforePage = nullptr;
        m_refuse.clear();
    }

    void cleanup() { m_scope.reset(); }

    // "b" is the last user of the first page. "a" and "b" leave before the second page is read:
    // the list shifts left by two, and the second page, asked for one user early (cursor 1),
    // would start at "d" and skip "c"... unless the feed notices and steps back.
    void aListThatShiftsIsReadAgain()
    {
        m_beforePage = [this] {
            if (m_cursors.size() != 2)
                return;
            m_users.remove(0, 2);
            const auto removal = [](const char *id) {
                return QJsonObject {{QStringLiteral("op"), QStringLiteral("remove")},
                                    {QStringLiteral("kind"), QStringLiteral("user")},
                                    {QStringLiteral("id"), QLatin1StringView(id)}};
            };
            batch({removal("id-a"), removal("id-b")});
        };
        auto *feed = new ConsoleFeed(connectConsole(), m_scope.get());
        QSignalSpy resynced(feed, &ConsoleFeed::resynced);
        QSignalSpy statuses(feed, &ConsoleFeed::statusChanged);
        QSignalSpy upserted(feed, &ConsoleFeed::userUpserted);
        QTRY_COMPARE_WITH_TIMEOUT(feed->status(), ConsoleFeed::Status::Live, 5000);
        QCOMPARE(resynced.size(), 1);
        QCOMPARE(statuses.first().first().value<ConsoleFeed::Status>(), ConsoleFeed::Status::Loading);
        QVERIFY(upserted.isEmpty()); // a load ends in one resynced, not in signals per user
        QStringList users = feed->state().userIds();
        users.sort();
        QCOMPARE(users,
                 (QStringList {QStringLiteral("id-c"), QStringLiteral("id-d"), QStringLiteral("id-e")}));
        QCOMPARE(feed->state().socketCount(), 3);
        // The page at cursor 1 started with "d", after "b": back to 0, then on.
        QCOMPARE(m_cursors, (QList<int> {0, 1, 0, 1}));
        QCOMPARE(feed->pagesRead(), feed->pagesTotal());
    }

    void batchesBetweenPagesApplyInOrder()
    {
        // "f" connects while the first page is being read: the batch, which arrives before the
        // page, gives the feed a socket whose user and device it learns of only through it.
        m_beforePage = [this] {
            if (m_cursors.size() != 1)
                return;
            batch({QJsonObject {{QStringLiteral("op"), QStringLiteral("upsert")},
                                {QStringLiteral("kind"), QStringLiteral("socket")},
                                {QStringLiteral("id"), QStringLiteral("s-f")},
                                {QStringLiteral("userId"), QStringLiteral("id-f")},
                                {QStringLiteral("deviceId"), QStringLiteral("laptop")},
                                {QStringLiteral("data"),
                                 QJsonObject {{QStringLiteral("transport"), QStringLiteral("polling")}}}}});
        };
        auto *feed = new ConsoleFeed(connectConsole(), m_scope.get());
        QTRY_COMPARE_WITH_TIMEOUT(feed->status(), ConsoleFeed::Status::Live, 5000);
        QCOMPARE(feed->state().userCount(), 6);
        QCOMPARE(feed->state().socket(QStringLiteral("s-f"))->transport, QStringLiteral("polling"));

        // Live: each change is one signal, parents first, then changesApplied once per batch.
        QSignalSpy users(feed, &ConsoleFeed::userRemoved);
        QSignalSpy devices(feed, &ConsoleFeed::deviceRemoved);
        QSignalSpy sockets(feed, &ConsoleFeed::socketRemoved);
        QSignalSpy applied(feed, &ConsoleFeed::changesApplied);
        batch({QJsonObject {{QStringLiteral("op"), QStringLiteral("remove")},
                            {QStringLiteral("kind"), QStringLiteral("user")},
                            {QStringLiteral("id"), QStringLiteral("id-c")}}});
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 3000);
        QCOMPARE(sockets.size(), 1);
        QCOMPARE(devices.size(), 1);
        QCOMPARE(users.size(), 1);
        QCOMPARE(feed->state().userCount(), 5);
    }

    void suspendedAccountsAreListed()
    {
        m_suspended = {QJsonObject {{QStringLiteral("id"), QStringLiteral("id-m")},
                                    {QStringLiteral("username"), QStringLiteral("mallory")},
                                    {QStringLiteral("status"), QStringLiteral("suspended")},
                                    {QStringLiteral("suspendedReason"), QStringLiteral("spam")}}};
        auto *feed = new ConsoleFeed(connectConsole(), m_scope.get());
        QTRY_COMPARE_WITH_TIMEOUT(feed->status(), ConsoleFeed::Status::Live, 5000);
        const ConsoleState::UserEntry *mallory = feed->state().user(QStringLiteral("id-m"));
        QVERIFY(mallory);
        QVERIFY(mallory->suspended && !mallory->online);
        QCOMPARE(feed->state().userCount(), 6);
    }

    void refusalsFailAndReloadRetries()
    {
        m_refuse = QStringLiteral("gatehouse:sessions");
        auto *feed = new ConsoleFeed(connectConsole(), m_scope.get());
        QSignalSpy failed(feed, &ConsoleFeed::failed);
        QTRY_COMPARE_WITH_TIMEOUT(feed->status(), ConsoleFeed::Status::Failed, 5000);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(feed->errorString().contains(QStringLiteral("Not you.")), qPrintable(feed->errorString()));
        QCOMPARE(feed->state().userCount(), 0);

        m_refuse.clear();
        feed->reload();
        QTRY_COMPARE_WITH_TIMEOUT(feed->status(), ConsoleFeed::Status::Live, 5000);
        QVERIFY(feed->errorString().isEmpty());
        QCOMPARE(feed->state().userCount(), 5);
    }

    void offlineKeepsTheLastState()
    {
        auto *feed = new ConsoleFeed(connectConsole(), m_scope.get());
        QTRY_COMPARE_WITH_TIMEOUT(feed->status(), ConsoleFeed::Status::Live, 5000);
        m_admin->disconnect();
        QTRY_COMPARE_WITH_TIMEOUT(feed->status(), ConsoleFeed::Status::Offline, 3000);
        QCOMPARE(feed->state().userCount(), 5);
    }

    // The batch handler on the socket points to the feed: it goes with the feed.
    void aFeedThatGoesLeavesTheSocketAlone()
    {
        ClientSocket *socket = connectConsole();
        auto *feed = new ConsoleFeed(socket, m_scope.get());
        QTRY_COMPARE_WITH_TIMEOUT(feed->status(), ConsoleFeed::Status::Live, 5000);
        delete feed;
        bool handled = false;
        socket->onAny([&](const QString &event, const Arguments &, const Ack &) {
            handled = handled || event == QLatin1StringView("gatehouse:changes");
        });
        batch({QJsonObject {{QStringLiteral("op"), QStringLiteral("remove")},
                            {QStringLiteral("kind"), QStringLiteral("user")},
                            {QStringLiteral("id"), QStringLiteral("id-a")}}});
        QTRY_VERIFY_WITH_TIMEOUT(handled, 3000);
        QVERIFY(socket->isConnected());
    }
};

QTEST_GUILESS_MAIN(TestConsoleFeed)
#include "tst_consolefeed.moc"
