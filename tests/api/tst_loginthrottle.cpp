// Login throttling with a manual clock: free attempts, growing delays, locks, forgetting, and
// separate budgets for usernames and addresses.
#include "core/auth/LoginThrottle.h"

#include <QTest>

using namespace gatehouse;

class TestLoginThrottle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void delaysGrowThenLock_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("locked");
        QTest::addColumn<qint64>("retryAfterMs");
        // Per-user policy: 3 free, then 1 s, 2 s, 4 s ... capped at 30 s, locked 15 min at 10.
        QTest::newRow("0 failures") << 0 << true << false << qint64(0);
        QTest::newRow("3 failures (free)") << 3 << true << false << qint64(0);
        QTest::newRow("4 failures") << 4 << false << false << qint64(1'000);
        QTest::newRow("5 failures") << 5 << false << false << qint64(2'000);
        QTest::newRow("6 failures") << 6 << false << false << qint64(4'000);
        QTest::newRow("9 failures (capped)") << 9 << false << false << qint64(30'000);
        QTest::newRow("10 failures (locked)") << 10 << false << true << qint64(15 * 60'000);
    }
    void delaysGrowThenLock()
    {
        QFETCH(int, failures);
        QFETCH(bool, allowed);
        QFETCH(bool, locked);
        QFETCH(qint64, retryAfterMs);
        ManualClock clock;
        LoginThrottle throttle(&clock);
        for (int i = 0; i < failures; ++i) {
            // Each attempt waits out its delay first, as a patient attacker would.
            clock.advance(throttle.check(QStringLiteral("alice"), QStringLiteral("10.0.0.1")).retryAfterMs);
            throttle.recordFailure(QStringLiteral("alice"), QStringLiteral("10.0.0.1"));
        }
        const auto decision = throttle.check(QStringLiteral("alice"), QStringLiteral("10.0.0.2"));
        QCOMPARE(decision.allowed, allowed);
        QCOMPARE(decision.locked, locked);
        QCOMPARE(decision.retryAfterMs, retryAfterMs);
    }

    void waitingOutTheDelayAllowsTheNextAttempt()
    {
        ManualClock clock;
        LoginThrottle throttle(&clock);
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("bob"), QStringLiteral("a"));
        QVERIFY(!throttle.check(QStringLiteral("bob"), QStringLiteral("b")).allowed);
        clock.advance(999);
        QVERIFY(!throttle.check(QStringLiteral("bob"), QStringLiteral("b")).allowed);
        clock.advance(1);
        QVERIFY(throttle.check(QStringLiteral("bob"), QStringLiteral("b")).allowed);
    }

    void successClearsTheUserButNotTheAddress()
    {
        ManualClock clock;
        LoginThrottle throttle(LoginThrottle::defaultUserPolicy(), {2, 1'000, 30'000, 50, 60'000, 3'600'000},
                               &clock);
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("carol"), QStringLiteral("192.0.2.1"));
        throttle.recordSuccess(QStringLiteral("carol"));
        // The username is clear; the address is still slowed down for any username.
        QVERIFY(throttle.check(QStringLiteral("carol"), QStringLiteral("192.0.2.9")).allowed);
        QVERIFY(!throttle.check(QStringLiteral("dave"), QStringLiteral("192.0.2.1")).allowed);
    }

    void sprayingUsernamesIsCaughtByAddress()
    {
        ManualClock clock;
        LoginThrottle throttle(&clock);
        // One guess each for many usernames: no username reaches its limit, the address does.
        for (int i = 0; i < 50; ++i) {
            clock.advance(
                throttle.check(QStringLiteral("u%1").arg(i), QStringLiteral("198.51.100.7")).retryAfterMs);
            throttle.recordFailure(QStringLiteral("u%1").arg(i), QStringLiteral("198.51.100.7"));
        }
        const auto decision = throttle.check(QStringLiteral("fresh-name"), QStringLiteral("198.51.100.7"));
        QVERIFY(!decision.allowed);
        QVERIFY(decision.locked);
        QVERIFY(throttle.check(QStringLiteral("fresh-name"), QStringLiteral("198.51.100.8")).allowed);
    }

    void quietKeysAreForgotten()
    {
        ManualClock clock;
        LoginThrottle throttle(&clock);
        for (int i = 0; i < 9; ++i) {
            clock.advance(throttle.check(QStringLiteral("erin"), QStringLiteral("x")).retryAfterMs);
            throttle.recordFailure(QStringLiteral("erin"), QStringLiteral("x"));
        }
        clock.advance(61 * 60'000);
        QVERIFY(throttle.check(QStringLiteral("erin"), QStringLiteral("x")).allowed);
        throttle.recordFailure(QStringLiteral("erin"), QStringLiteral("x"));
        QVERIFY(throttle.check(QStringLiteral("erin"), QStringLiteral("x")).allowed); // counting starts over
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
