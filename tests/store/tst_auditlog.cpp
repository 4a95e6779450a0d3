// AuditLog: entries round-trip, every filter and paging, and durability: a process killed with
// SIGKILL right after append() returned leaves its entry behind.
#include "core/Clock.h"
#include "core/store/Store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

Q_DECLARE_METATYPE(gatehouse::AuditQuery)

class TestAuditLog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Store> m_store;
    int m_stores = 0;

    AuditLog &audit() { return m_store->audit(); }

    QList<qint64> ids(const AuditQuery &query)
    {
        auto entries = audit().query(query);
        if (!entries)
            qFatal("query failed: %s", qPrintable(entries.error()));
        QList<qint64> result;
        for (const AuditEntry &entry : *entries)
            result.append(entry.id);
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(ManualClock().now());
        auto store = Store::open(m_dir.filePath(QString::number(++m_stores)), &m_clock);
        QVERIFY2(store, qPrintable(store ? QString() : store.error()));
        m_store = std::move(*store);
    }
    void cleanup() { m_store.reset(); }

    void appendRoundTrips()
    {
        const QJsonObject details {{QStringLiteral("reason"), QStringLiteral("spam")},
                                   {QStringLiteral("until"), 1234},
                                   {QStringLiteral("nested"), QJsonObject {{QStringLiteral("ok"), true}}}};
        auto entry = audit().append(QStringLiteral("user.suspended"), QStringLiteral("mod"),
                                    QStringLiteral("victim"), QStringLiteral("10.0.0.1"), details);
        QVERIFY2(entry, qPrintable(entry ? QString() : entry.error()));
        QVERIFY(entry->id > 0);
        QCOMPARE(entry->at, m_clock.now());

        auto entries = audit().query({});
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const AuditEntry &read = entries->constFirst();
        QCOMPARE(read.id, entry->id);
        QCOMPARE(read.at, m_clock.now());
        QCOMPARE(read.type, QStringLiteral("user.suspended"));
        QCOMPARE(read.actorId, QStringLiteral("mod"));
        QCOMPARE(read.userId, QStringLiteral("victim"));
        QCOMPARE(read.address, QStringLiteral("10.0.0.1"));
        QCOMPARE(read.details, details);

        // Empty fields are stored as NULL and read back empty.
        QVERIFY(audit().append(QStringLiteral("system.started"), {}, {}, {}));
        const AuditEntry bare = audit().query({})->constFirst();
        QVERIFY(bare.actorId.isEmpty() && bare.userId.isEmpty() && bare.address.isEmpty());
        QVERIFY(bare.details.isEmpty());
    }

    void queryFilters_data()
    {
        // Entries appended by init data, one second apart (ids 1..6):
        //   1 login.ok     actor alice user alice
        //   2 login.failed            user bob
        //   3 user.kicked  actor alice user bob
        //   4 login.ok     actor bob   user bob
        //   5 user.kicked  actor carol user alice
        //   6 login.failed            user alice
        QTest::addColumn<AuditQuery>("query");
        QTest::addColumn<QList<qint64>>("expected");
        auto make = [](auto change) {
            AuditQuery query;
            change(query);
            return query;
        };
        const QDateTime start = ManualClock().now();
        QTest::newRow("all, newest first") << AuditQuery {} << QList<qint64> {6, 5, 4, 3, 2, 1};
        QTest::newRow("user") << make([](AuditQuery &q) { q.userId = QStringLiteral("bob"); })
                              << QList<qint64> {4, 3, 2};
        QTest::newRow("actor") << make([](AuditQuery &q) { q.actorId = QStringLiteral("alice"); })
                               << QList<qint64> {3, 1};
        QTest::newRow("type") << make([](AuditQuery &q) { q.type = QStringLiteral("user.kicked"); })
                              << QList<qint64> {5, 3};
        QTest::newRow("from inclusive")
            << make([&](AuditQuery &q) { q.from = start.addSecs(3); }) << QList<qint64> {6, 5, 4};
        QTest::newRow("to exclusive")
            << make([&](AuditQuery &q) { q.to = start.addSecs(2); }) << QList<qint64> {2, 1};
        QTest::newRow("range") << make([&](AuditQuery &q) {
            q.from = start.addSecs(1);
            q.to = start.addSecs(4);
        }) << QList<qint64> {4, 3, 2};
        QTest::newRow("combined") << make([&](AuditQuery &q) {
            q.userId = QStringLiteral("alice");
            q.type = QStringLiteral("login.failed");
            q.from = start;
        }) << QList<qint64> {6};
        QTest::newRow("limit") << make([](AuditQuery &q) { q.limit = 2; }) << QList<qint64> {6, 5};
        QTest::newRow("page after 5") << make([](AuditQuery &q) {
            q.beforeId = 5;
            q.limit = 2;
        }) << QList<qint64> {4, 3};
        QTest::newRow("nothing") << make([](AuditQuery &q) { q.userId = QStringLiteral("nobody"); })
                                 << QList<qint64> {};
    }
    void queryFilters()
    {
        QFETCH(AuditQuery, query);
        QFETCH(QList<qint64>, expected);
        struct Row {
            const char *type, *actor, *user;
        };
        const Row rows[] = {{"login.ok", "alice", "alice"},    {"login.failed", "", "bob"},
                            {"user.kicked", "alice", "bob"},   {"login.ok", "bob", "bob"},
                            {"user.kicked", "carol", "alice"}, {"login.failed", "", "alice"}};
        for (const Row &row : rows) {
            QVERIFY(audit().append(QLatin1StringView(row.type), QLatin1StringView(row.actor),
                                   QLatin1StringView(row.user), {}));
            m_clock.advance(1000);
        }
        QCOMPARE(ids(query), expected);
    }

    void limitIsCapped()
    {
        AuditQuery query;
        query.limit = 1'000'000;
        QVERIFY(audit().query(query)); // capped at MaximumLimit, not an error
    }

    void survivesSigkill()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is POSIX");
#endif
        const QString helper = qEnvironmentVariable("GATEHOUSE_STORE_CRASH_HELPER");
        if (helper.isEmpty())
            QSKIP("GATEHOUSE_STORE_CRASH_HELPER is not set");
        const QString dataDir = m_dir.filePath(QStringLiteral("crash"));
        QProcess child;
        child.start(helper, {dataDir, QStringLiteral("crash.test")});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput(), output.contains('\n')), 20'000);
        QVERIFY2(output.startsWith("appended "), output.constData());
        child.kill(); // SIGKILL: no destructors, no clean close of the database
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto store = Store::open(dataDir);
        QVERIFY2(store, qPrintable(store ? QString() : store.error()));
        AuditQuery query;
        query.type = QStringLiteral("crash.test");
        auto entries = (*store)->audit().query(query);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(QString::number(entries->constFirst().id).toUtf8(), output.mid(9).trimmed());
        QCOMPARE(entries->constFirst().details.value(QStringLiteral("crash")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
