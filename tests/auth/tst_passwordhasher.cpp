// PasswordHasher: Argon2id hashes that verify, reject and ask for a rehash as they should, the
// password policy, and the async functions really working on the hasher's pool while the
// caller's event loop keeps running.
#include "core/auth/PasswordHasher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

using namespace gatehouse;

class TestPasswordHasher : public QObject {
    Q_OBJECT

private:
    const PasswordHasher m_fast {PasswordHasher::Limits::minimum()};

private Q_SLOTS:
    void hashAndVerify()
    {
        const QString password = QStringLiteral("correct horse battery staple");
        auto hash = m_fast.hash(password);
        QVERIFY2(hash, qPrintable(hash ? QString() : hash.error()));
        QVERIFY(hash->startsWith(QStringLiteral("$argon2id$v=19$")));
        QVERIFY(!hash->contains(password));
        QVERIFY(m_fast.verify(*hash, password).matches);
        QVERIFY(!m_fast.verify(*hash, QStringLiteral("correct horse battery stapler")).matches);
        QVERIFY(!m_fast.verify(*hash, QString()).matches);
        QVERIFY(*m_fast.hash(password) != *hash); // a fresh salt every time
    }

    void malformedHashesNeverMatch_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::newRow("garbage") << QStringLiteral("not a hash");
        QTest::newRow("truncated") << QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$");
        QTest::newRow("huge") << QString(4096, u'$');
        QTest::newRow("unknown user (empty)") << QString();
    }
    void malformedHashesNeverMatch()
    {
        QFETCH(QString, hash);
        const auto check = m_fast.verify(hash, QStringLiteral("whatever password"));
        QVERIFY(!check.matches);
        QVERIFY(!check.needsRehash);
    }

    void unicodeIsNormalised()
    {
        const QString composed = QStringLiteral("caf\u00e9-p\u00e4ssword");
        const QString decomposed = QStringLiteral("cafe\u0301-pa\u0308ssword");
        QVERIFY(composed != decomposed);
        QVERIFY(m_fast.verify(*m_fast.hash(composed), decomposed).matches);
    }

    void policy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("7 characters") << QStringLiteral("1234567") << false;
        QTest::newRow("8 characters") << QStringLiteral("12345678") << true;
        QTest::newRow("1024 characters") << QString(1024, u'x') << true;
        QTest::newRow("1025 characters") << QString(1025, u'x') << false;
        // Characters are code points: 4 emoji are 8 UTF-16 units but only 4 characters.
        QTest::newRow("4 emoji") << QStringLiteral("\U0001F511").repeated(4) << false;
        QTest::newRow("8 emoji") << QStringLiteral("\U0001F511").repeated(8) << true;
    }
    void policy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const auto result = PasswordHasher::checkPolicy(password);
        QCOMPARE(bool(result), accepted);
        if (!accepted)
            QVERIFY(result.error().contains(QStringLiteral("characters")));
    }

    void needsRehash()
    {
        const QString weak = *m_fast.hash(QStringLiteral("password one"));
        QVERIFY(!m_fast.needsRehash(weak));
        const PasswordHasher standard; // interactive limits
        QVERIFY(standard.needsRehash(weak));
        QVERIFY(standard.needsRehash(QStringLiteral("$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA")));
        QVERIFY(standard.needsRehash(QStringLiteral("garbage")));
        // Verification reads the limits from the hash: the old hash still works, and says so.
        const auto check = standard.verify(weak, QStringLiteral("password one"));
        QVERIFY(check.matches);
        QVERIFY(check.needsRehash);
        QVERIFY(!standard.verify(weak, QStringLiteral("password two")).needsRehash);
    }

    void hashingRunsOnThePoolWhileTheCallerLoopRuns()
    {
        const PasswordHasher hasher; // interactive: long enough to watch (about 0.1 s)
        QCOMPARE(hasher.threadPool()->maxThreadCount(), 2);
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(1);
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start();

        QThread *callbackThread = nullptr;
        std::optional<Expected<QString, QString>> result;
        QElapsedTimer timer;
        timer.start();
        hasher.hashAsync(QStringLiteral("off the event loop"), this, [&](Expected<QString, QString> hash) {
            callbackThread = QThread::currentThread();
            result = std::move(hash);
        });
        const qint64 callMs = timer.elapsed();
        QCOMPARE(hasher.threadPool()->activeThreadCount(), 1); // the work is on a pool thread
        QVERIFY(!result); // and not done inside the call
        const int ticksBefore = ticks;
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30'000);
        const qint64 totalMs = timer.elapsed();
        QVERIFY2(*result, qPrintable(*result ? QString() : result->error()));
        QVERIFY(hasher.verify(**result, QStringLiteral("off the event loop")).matches);
        QCOMPARE(callbackThread, QThread::currentThread()); // delivered back on the caller's thread
        QVERIFY2(ticks > ticksBefore, "the caller's event loop stalled while hashing");
        QVERIFY2(callMs * 5 < totalMs,
                 qPrintable(QStringLiteral("call %1 ms, total %2 ms").arg(callMs).arg(totalMs)));
    }

    void verifyAsyncDeliversTheCheck()
    {
        const QString hash = *m_fast.hash(QStringLiteral("async password"));
        QList<PasswordHasher::Check> checks;
        m_fast.verifyAsync(hash, QStringLiteral("async password"), this,
                           [&](PasswordHasher::Check check) { checks.append(check); });
        m_fast.verifyAsync(hash, QStringLiteral("wrong password"), this,
                           [&](PasswordHasher::Check check) { checks.append(check); });
        m_fast.verifyAsync(QString(), QStringLiteral("unknown user"), this,
                           [&](PasswordHasher::Check check) { checks.append(check); });
        QTRY_COMPARE_WITH_TIMEOUT(checks.size(), 3, 30'000);
        int matches = 0;
        for (const auto &check : checks)
            matches += check.matches ? 1 : 0;
        QCOMPARE(matches, 1);
    }

    void atMostTwoHashesAtOnce()
    {
        const PasswordHasher hasher;
        int done = 0;
        for (int i = 0; i < 4; ++i)
            hasher.hashAsync(QStringLiteral("password %1").arg(i), this, [&](auto) { ++done; });
        QVERIFY(hasher.threadPool()->activeThreadCount() <= 2);
        QTRY_COMPARE_WITH_TIMEOUT(done, 4, 60'000);
    }

    void destroyedContextDropsTheCallback()
    {
        bool called = false;
        {
            const PasswordHasher hasher(PasswordHasher::Limits::minimum());
            auto *context = new QObject;
            hasher.hashAsync(QStringLiteral("nobody listens"), context, [&](auto) { called = true; });
            delete context;
            hasher.threadPool()->waitForDone();
        } // the hasher may go too: its queued results do not need it
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
