// Gatehouse's commands on /admin, driven by the C++ client as the console drives them: a paged
// snapshot of the sessions, coalesced change batches (at most 10 a second, even while 300
// sockets connect), kick and suspend by name, refusals with stable codes, and audit queries.
#include "ModerationFixture.h"
#include "core/client/Manager.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using gatehouse::test::ModerationFixture;

class TestAdminExtensions : public QObject {
    Q_OBJECT

private:
    ModerationFixture m_fx;
    User m_admin, m_moderator, m_alice;
    std::unique_ptr<QObject> m_scope;

    ClientSocket *connectAs(const User &user, const QString &nsp, const QString &deviceId = {})
    {
        return m_fx.connectAs(m_scope.get(), user, nsp, deviceId);
    }
    // Sends a command and waits for its ack.
    QJsonObject call(ClientSocket *admin, const QString &command, const QJsonObject &request = {})
    {
        return ModerationFixture::call(admin, m_scope.get(), command, request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fx.start());
        m_admin = m_fx.addUser(QStringLiteral("root"), Role::Admin);
        m_moderator = m_fx.addUser(QStringLiteral("mod"), Role::Moderator);
        m_alice = m_fx.addUser(QStringLiteral("alice"), Role::User);
    }

    void init() { m_scope = std::make_unique<QObject>(); }
    void cleanup()
    {
        m_scope.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.moderation().registry().socketCount(), 0, 5000);
    }

    void usersCannotEnterAdmin()
    {
        ClientSocket *socket = connectAs(m_alice, QStringLiteral("/admin"));
        QSignalSpy refused(socket, &ClientSocket::connectError);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 3000);
        QCOMPARE(refused.first()
                     .first()
                     .value<ConnectError>()
                     .data.toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("forbidden"));
    }

    void snapshotInPagesThenChanges()
    {
        ClientSocket *admin = connectAs(m_moderator, QStringLiteral("/admin"));
        QTRY_VERIFY_WITH_TIMEOUT(admin->isConnected(), 3000);
        QList<QJsonArray> batches;
        admin->on(QStringLiteral("gatehouse:changes"), [&](const Arguments &args, const Ack &) {
            batches.append(args.value(0).toJson().toArray());
        });
        const QJsonObject subscribed = call(admin, QStringLiteral("gatehouse:subscribe"));
        QVERIFY(subscribed.value(QStringLiteral("ok")).toBool());
        QCOMPARE(subscribed.value(QStringLiteral("users")).toInt(), 1); // the moderator on /admin

        ClientSocket *alice1 = connectAs(m_alice, QStringLiteral("/"), QStringLiteral("laptop"));
        ClientSocket *alice2 = connectAs(m_alice, QStringLiteral("/"), QStringLiteral("phone"));
        QTRY_VERIFY_WITH_TIMEOUT(alice1->isConnected() && alice2->isConnected(), 3000);

        // Page size 1: two pages, users by username (alice, mod).
        const QJsonObject first
            = call(admin, QStringLiteral("gatehouse:sessions"), {{QStringLiteral("limit"), 1}});
        QVERIFY(first.value(QStringLiteral("ok")).toBool());
        QCOMPARE(first.value(QStringLiteral("total")).toInt(), 2);
        const QJsonObject alice = first.value(QStringLiteral("users")).toArray().first().toObject();
        QCOMPARE(alice.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(alice.value(QStringLiteral("devices")).toArray().size(), 2);
        QCOMPARE(alice.value(QStringLiteral("devices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("sockets"))
                     .toArray()
                     .size(),
                 1);
        const QJsonObject second
            = call(admin, QStringLiteral("gatehouse:sessions"),
                   {{QStringLiteral("limit"), 1},
                    {QStringLiteral("cursor"), first.value(QStringLiteral("nextCursor"))}});
        QCOMPARE(second.value(QStringLiteral("users"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("username"))
                     .toString(),
                 QStringLiteral("mod"));
        QVERIFY(second.value(QStringLiteral("nextCursor")).isNull());

        // The changes announced alice, her two devices and two sockets, parents first.
        QTRY_VERIFY_WITH_TIMEOUT(!batches.isEmpty(), 2000);
        QTest::qWait(250);
        QJsonArray all;
        for (const QJsonArray &batch : std::as_const(batches)) {
            for (const QJsonValue &change : batch)
                all.append(change);
        }
        int users = 0, devices = 0, sockets = 0;
        for (const QJsonValue &value : std::as_const(all)) {
            const QJsonObject change = value.toObject();
            QCOMPARE(change.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
            const QString kind = change.value(QStringLiteral("kind")).toString();
            users += kind == QLatin1StringView("user");
            devices += kind == QLatin1StringView("device");
            sockets += kind == QLatin1StringView("socket");
        }
        QCOMPARE(users, 1);
        QCOMPARE(devices, 2);
        QCOMPARE(sockets, 2);
        QCOMPARE(all.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("user"));

        // A device leaves: removals for its socket and the device, an upsert for the user.
        batches.clear();
        alice2->manager()->close();
        QTRY_VERIFY_WITH_TIMEOUT(!batches.isEmpty(), 2000);
        QTest::qWait(250);
        QStringList seen;
        for (const QJsonArray &batch : std::as_const(batches)) {
            for (const QJsonValue &value : batch) {
                const QJsonObject change = value.toObject();
                seen.append(change.value(QStringLiteral("op")).toString() + QLatin1Char(' ')
                            + change.value(QStringLiteral("kind")).toString());
            }
        }
        seen.sort();
        QCOMPARE(seen,
                 (QStringList {QStringLiteral("remove device"), QStringLiteral("remove socket"),
                               QStringLiteral("upsert user")}));
    }

    void churnIsBatched()
    {
        ClientSocket *admin = connectAs(m_admin, QStringLiteral("/admin"));
        QTRY_VERIFY_WITH_TIMEOUT(admin->isConnected(), 3000);
        QList<qint64> batchTimes;
        int changes = 0;
        admin->on(QStringLiteral("gatehouse:changes"), [&](const Arguments &args, const Ack &) {
            batchTimes.append(QDateTime::currentMSecsSinceEpoch());
            changes += int(args.value(0).toJson().toArray().size());
        });
        QVERIFY(call(admin, QStringLiteral("gatehouse:subscribe")).value(QStringLiteral("ok")).toBool());
        QElapsedTimer timer;
        timer.start();
        QList<ClientSocket *> sockets;
        // Spread over about 1.5 s, so that changes keep coming while batches go out.
        for (int i = 0; i < 300; ++i) {
            sockets.append(connectAs(m_alice, QStringLiteral("/"), QStringLiteral("dev-%1").arg(i % 30)));
            if (i % 10 == 9)
                QTest::qWait(50);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.moderation().registry().connectionCount(m_alice.id), 300, 20000);
        QTest::qWait(300);
        const qint64 elapsedMs = timer.elapsed();
        qDebug() << batchTimes.size() << "batches," << changes << "changes in" << elapsedMs << "ms";
        // 1 user + 30 devices + 300 sockets at least once each, in few batches.
        QVERIFY2(changes >= 331, qPrintable(QString::number(changes)));
        QVERIFY2(batchTimes.size() >= 5, "changes should flow while sockets connect");
        QVERIFY2(batchTimes.size() <= elapsedMs / 100 + 2,
                 qPrintable(QStringLiteral("%1 batches in %2 ms").arg(batchTimes.size()).arg(elapsedMs)));
        // At most 10 a second in any second. Measured where they arrive, so a busy machine may
        // deliver two batches sent 100 ms apart in one turn: single gaps prove nothing, and a
        // window of 1 s allows for one or two such late arrivals.
        for (qsizetype first = 0, last = 0; last < batchTimes.size(); ++last) {
            while (batchTimes.at(last) - batchTimes.at(first) >= 1000)
                ++first;
            QVERIFY2(last - first + 1 <= 12,
                     qPrintable(QStringLiteral("%1 batches within one second").arg(last - first + 1)));
        }
    }

    void kickSuspendAndAuditByName()
    {
        ClientSocket *admin = connectAs(m_moderator, QStringLiteral("/admin"));
        ClientSocket *alice = connectAs(m_alice, QStringLiteral("/"), QStringLiteral("laptop"));
        QTRY_VERIFY_WITH_TIMEOUT(admin->isConnected() && alice->isConnected(), 3000);

        const QJsonObject kicked = call(admin, QStringLiteral("gatehouse:kick"),
                                        {{QStringLiteral("username"), QStringLiteral("alice")},
                                         {QStringLiteral("deviceId"), QStringLiteral("laptop")},
                                         {QStringLiteral("reason"), QStringLiteral("calm down")}});
        QVERIFY2(kicked.value(QStringLiteral("ok")).toBool(), QJsonDocument(kicked).toJson().constData());
        QCOMPARE(kicked.value(QStringLiteral("sockets")).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!alice->isConnected(), 3000);
        QCOMPARE(alice->forcedDisconnectNotice().value(QStringLiteral("by")).toString(),
                 QStringLiteral("mod"));

        // The moderator may not touch the admin.
        const QJsonObject refused = call(admin, QStringLiteral("gatehouse:suspend"),
                                         {{QStringLiteral("username"), QStringLiteral("root")},
                                          {QStringLiteral("reason"), QStringLiteral("coup")}});
        QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("forbidden"));
        const QJsonObject unknown = call(admin, QStringLiteral("gatehouse:kick"),
                                         {{QStringLiteral("username"), QStringLiteral("nobody")}});
        QCOMPARE(unknown.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_found"));

        const QJsonObject suspended = call(admin, QStringLiteral("gatehouse:suspend"),
                                           {{QStringLiteral("username"), QStringLiteral("alice")},
                                            {QStringLiteral("reason"), QStringLiteral("spam")},
                                            {QStringLiteral("seconds"), 3600}});
        QVERIFY(suspended.value(QStringLiteral("ok")).toBool());
        QCOMPARE(
            suspended.value(QStringLiteral("account")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("suspended"));
        const QJsonObject account = call(admin, QStringLiteral("gatehouse:account"),
                                         {{QStringLiteral("username"), QStringLiteral("alice")}});
        QCOMPARE(account.value(QStringLiteral("account"))
                     .toObject()
                     .value(QStringLiteral("suspendedReason"))
                     .toString(),
                 QStringLiteral("spam"));
        QVERIFY(account.value(QStringLiteral("recentAudit")).toArray().size() >= 2);
        QVERIFY(call(admin, QStringLiteral("gatehouse:unsuspend"),
                     {{QStringLiteral("username"), QStringLiteral("alice")}})
                    .value(QStringLiteral("ok"))
                    .toBool());

        const QJsonObject audit
            = call(admin, QStringLiteral("gatehouse:audit"),
                   {{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("limit"), 2}});
        QVERIFY(audit.value(QStringLiteral("ok")).toBool());
        const QJsonArray entries = audit.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("user.unsuspended"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("user.suspended"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("actorId")).toString(), m_moderator.id);
        QVERIFY(!audit.value(QStringLiteral("nextBeforeId")).isNull());
        const QJsonObject kicks = call(admin, QStringLiteral("gatehouse:audit"),
                                       {{QStringLiteral("type"), QStringLiteral("kick.device")}});
        QCOMPARE(kicks.value(QStringLiteral("entries")).toArray().size(), 1);

        const QJsonObject accounts = call(admin, QStringLiteral("gatehouse:accounts"));
        QCOMPARE(accounts.value(QStringLiteral("total")).toInt(), 3);
        const QJsonObject bad = call(admin, QStringLiteral("gatehouse:suspend"),
                                     {{QStringLiteral("username"), QStringLiteral("alice")},
                                      {QStringLiteral("reason"), QStringLiteral("x")},
                                      {QStringLiteral("until"), QStringLiteral("next tuesday")}});
        QCOMPARE(bad.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("bad_request"));
    }

    void roleByName_data()
    {
        QTest::addColumn<QString>("actorName");
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("error"); // empty: done
        QTest::newRow("admin promotes alice")
            << "root"
            << QJsonObject {{QStringLiteral("username"), QStringLiteral("alice")},
                            {QStringLiteral("role"), QStringLiteral("moderator")},
                            {QStringLiteral("reason"), QStringLiteral("helpful")}}
            << QString();
        QTest::newRow("moderators may not")
            << "mod"
            << QJsonObject {{QStringLiteral("username"), QStringLiteral("alice")},
                            {QStringLiteral("role"), QStringLiteral("moderator")}}
            << "forbidden";
        QTest::newRow("not one's own") << "root"
                                       << QJsonObject {{QStringLiteral("username"), QStringLiteral("root")},
                                                       {QStringLiteral("role"), QStringLiteral("user")}}
                                       << "forbidden";
        QTest::newRow("unknown role") << "root"
                                      << QJsonObject {{QStringLiteral("username"), QStringLiteral("alice")},
                                                      {QStringLiteral("role"), QStringLiteral("king")}}
                                      << "bad_request";
        QTest::newRow("unknown user") << "root"
                                      << QJsonObject {{QStringLiteral("username"), QStringLiteral("nobody")},
                                                      {QStringLiteral("role"), QStringLiteral("user")}}
                                      << "not_found";
    }

    void roleByName()
    {
        QFETCH(QString, actorName);
        QFETCH(QJsonObject, request);
        QFETCH(QString, error);
        ClientSocket *console = connectAs(actorName == QLatin1StringView("root") ? m_admin : m_moderator,
                                          QStringLiteral("/admin"));
        QTRY_VERIFY_WITH_TIMEOUT(console->isConnected(), 3000);
        const QJsonObject answer = call(console, QStringLiteral("gatehouse:role"), request);
        if (!error.isEmpty()) {
            QCOMPARE(answer.value(QStringLiteral("ok")).toBool(), false);
            QCOMPARE(
                answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                error);
            QCOMPARE((*m_fx.store().users().findById(m_alice.id))->role, Role::User);
            return;
        }
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), QJsonDocument(answer).toJson().constData());
        QCOMPARE(answer.value(QStringLiteral("previousRole")).toString(), QStringLiteral("user"));
        QCOMPARE(answer.value(QStringLiteral("account")).toObject().value(QStringLiteral("role")).toString(),
                 request.value(QStringLiteral("role")).toString());
        QVERIFY(answer.value(QStringLiteral("auditId")).toDouble() > 0);
        const QJsonObject audit = call(console, QStringLiteral("gatehouse:audit"),
                                       {{QStringLiteral("username"), QStringLiteral("alice")},
                                        {QStringLiteral("type"), QStringLiteral("user.role_changed")}});
        const QJsonObject entry = audit.value(QStringLiteral("entries")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("actorId")).toString(), m_admin.id);
        QCOMPARE(entry.value(QStringLiteral("details")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("helpful"));
        QVERIFY(m_fx.store().users().setRole(m_alice.id, Role::User));
    }

    void demotedModeratorLeavesAdmin()
    {
        ClientSocket *admin = connectAs(m_admin, QStringLiteral("/admin"));
        ClientSocket *moderator = connectAs(m_moderator, QStringLiteral("/admin"));
        QTRY_VERIFY_WITH_TIMEOUT(admin->isConnected() && moderator->isConnected(), 3000);
        QSignalSpy forced(moderator, &ClientSocket::forcedDisconnect);
        const QJsonObject answer = call(admin, QStringLiteral("gatehouse:role"),
                                        {{QStringLiteral("username"), QStringLiteral("mod")},
                                         {QStringLiteral("role"), QStringLiteral("user")}});
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), QJsonDocument(answer).toJson().constData());
        QCOMPARE(answer.value(QStringLiteral("sockets")).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!moderator->isConnected(), 3000);
        QCOMPARE(forced.size(), 1);
        QCOMPARE(forced.first().first().toJsonObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("forbidden"));
        QVERIFY(admin->isConnected());
        QVERIFY(m_fx.store().users().setRole(m_moderator.id, Role::Moderator));
    }

    // Suspended users have no sessions: consoles learn of suspensions through "account" changes
    // and find the current ones with gatehouse:accounts {status: "suspended"}.
    void suspensionsReachSubscribedConsoles()
    {
        ClientSocket *admin = connectAs(m_moderator, QStringLiteral("/admin"));
        ClientSocket *alice = connectAs(m_alice, QStringLiteral("/"), QStringLiteral("laptop"));
        QTRY_VERIFY_WITH_TIMEOUT(admin->isConnected() && alice->isConnected(), 3000);
        QList<QJsonObject> accountChanges;
        admin->on(QStringLiteral("gatehouse:changes"), [&](const Arguments &args, const Ack &) {
            const QJsonArray changes = args.value(0).toJson().toArray();
            for (const QJsonValue &change : changes) {
                if (change.toObject().value(QStringLiteral("kind")) == QLatin1StringView("account"))
                    accountChanges.append(change.toObject());
            }
        });
        QVERIFY(call(admin, QStringLiteral("gatehouse:subscribe")).value(QStringLiteral("ok")).toBool());

        QVERIFY(call(admin, QStringLiteral("gatehouse:suspend"),
                     {{QStringLiteral("username"), QStringLiteral("alice")},
                      {QStringLiteral("reason"), QStringLiteral("spam")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(accountChanges.size(), 1, 2000);
        QCOMPARE(accountChanges.first().value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
        QCOMPARE(accountChanges.first().value(QStringLiteral("id")).toString(), m_alice.id);
        const QJsonObject data = accountChanges.first().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
        QCOMPARE(data.value(QStringLiteral("suspendedReason")).toString(), QStringLiteral("spam"));

        const QJsonObject suspended = call(admin, QStringLiteral("gatehouse:accounts"),
                                           {{QStringLiteral("status"), QStringLiteral("suspended")}});
        QCOMPARE(suspended.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(suspended.value(QStringLiteral("accounts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("username"))
                     .toString(),
                 QStringLiteral("alice"));
        const QJsonObject bad = call(admin, QStringLiteral("gatehouse:accounts"),
                                     {{QStringLiteral("status"), QStringLiteral("banned")}});
        QCOMPARE(bad.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("bad_request"));

        QVERIFY(call(admin, QStringLiteral("gatehouse:unsuspend"),
                     {{QStringLiteral("username"), QStringLiteral("alice")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(accountChanges.size(), 2, 2000);
        QCOMPARE(accountChanges.last()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("active"));
        QCOMPARE(call(admin, QStringLiteral("gatehouse:accounts"),
                      {{QStringLiteral("status"), QStringLiteral("suspended")}})
                     .value(QStringLiteral("total"))
                     .toInt(),
                 0);
    }
};

QTEST_MAIN(TestAdminExtensions)
#include "tst_adminextensions.moc"
