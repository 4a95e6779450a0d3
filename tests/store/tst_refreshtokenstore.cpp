// RefreshTokenStore: rows round-trip, markUsed lets exactly one of several concurrent callers win
// (two connections, and real threads racing), revocation by family and by user, expiry cleanup.
#include "core/Clock.h"
#include "core/store/Store.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>

using namespace gatehouse;

class TestRefreshTokenStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Store> m_store;
    QString m_dataDir;
    QString m_userId;
    int m_stores = 0;

    RefreshTokenStore &tokens() { return m_store->refreshTokens(); }

    RefreshToken insert(const QString &secret, const QString &family, qint64 lifetimeMs = 3'600'000,
                        const QString &userId = {})
    {
        RefreshToken token;
        token.userId = userId.isEmpty() ? m_userId : userId;
        token.familyId = family;
        token.tokenHash = RefreshTokenStore::hashToken(secret);
        token.expiresAt = m_clock.now().addMSecs(lifetimeMs);
        auto stored = tokens().insert(token);
        if (!stored)
            qFatal("insert failed: %s", qPrintable(stored.error()));
        return *stored;
    }

private Q_SLOTS:
    void init()
    {
        m_dataDir = m_dir.filePath(QString::number(++m_stores));
        auto store = Store::open(m_dataDir, &m_clock);
        QVERIFY2(store, qPrintable(store ? QString() : store.error()));
        m_store = std::move(*store);
        m_userId = m_store->users().add({QStringLiteral("holder"), {}, Role::User, {}})->id;
    }
    void cleanup() { m_store.reset(); }

    void hashToken()
    {
        const QString hash = RefreshTokenStore::hashToken(QStringLiteral("token"));
        QCOMPARE(hash.size(), 43); // 256 bits, base64url without padding
        QCOMPARE(RefreshTokenStore::hashToken(QStringLiteral("token")), hash);
        QVERIFY(RefreshTokenStore::hashToken(QStringLiteral("token2")) != hash);
        QVERIFY(!hash.contains(QStringLiteral("token")));
    }

    void insertAndFind()
    {
        RefreshToken token;
        token.userId = m_userId;
        token.familyId = QStringLiteral("fam");
        token.tokenHash = RefreshTokenStore::hashToken(QStringLiteral("abc"));
        token.deviceId = QStringLiteral("device-1");
        token.deviceName = QStringLiteral("Laptop");
        token.expiresAt = m_clock.now().addDays(30);
        auto stored = tokens().insert(token);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error()));
        QCOMPARE(stored->id.size(), 20);
        QCOMPARE(stored->createdAt, m_clock.now());

        auto found = tokens().findByHash(token.tokenHash);
        QVERIFY(found && found->has_value());
        const RefreshToken &read = **found;
        QCOMPARE(read.id, stored->id);
        QCOMPARE(read.userId, m_userId);
        QCOMPARE(read.familyId, QStringLiteral("fam"));
        QCOMPARE(read.deviceId, QStringLiteral("device-1"));
        QCOMPARE(read.deviceName, QStringLiteral("Laptop"));
        QCOMPARE(read.expiresAt, token.expiresAt);
        QVERIFY(!read.usedAt.isValid());
        QVERIFY(!read.revokedAt.isValid());
        QVERIFY(read.isUsableAt(m_clock.now()));
        QVERIFY(!read.isUsableAt(token.expiresAt));
        QVERIFY(!tokens().findByHash(RefreshTokenStore::hashToken(QStringLiteral("unknown")))->has_value());
    }

    void insertRefusesBadRows()
    {
        insert(QStringLiteral("taken"), QStringLiteral("f"));
        RefreshToken duplicate;
        duplicate.userId = m_userId;
        duplicate.familyId = QStringLiteral("f");
        duplicate.tokenHash = RefreshTokenStore::hashToken(QStringLiteral("taken"));
        duplicate.expiresAt = m_clock.now().addDays(1);
        QVERIFY(!tokens().insert(duplicate)); // the hash is unique

        RefreshToken orphan = duplicate;
        orphan.tokenHash = RefreshTokenStore::hashToken(QStringLiteral("orphan"));
        orphan.userId = QStringLiteral("no-such-user");
        QVERIFY(!tokens().insert(orphan)); // foreign key

        RefreshToken incomplete = duplicate;
        incomplete.tokenHash = RefreshTokenStore::hashToken(QStringLiteral("incomplete"));
        incomplete.familyId.clear();
        QVERIFY(!tokens().insert(incomplete));
    }

    void markUsedSucceedsOnce()
    {
        const RefreshToken token = insert(QStringLiteral("once"), QStringLiteral("f"));
        m_clock.advance(500);
        QCOMPARE(*tokens().markUsed(token.id), true);
        QCOMPARE(*tokens().markUsed(token.id), false); // the second refresh loses
        QCOMPARE((*tokens().findByHash(token.tokenHash))->usedAt, m_clock.now());

        const RefreshToken revoked = insert(QStringLiteral("revoked"), QStringLiteral("g"));
        QCOMPARE(*tokens().revokeFamily(QStringLiteral("g")), 1);
        QCOMPARE(*tokens().markUsed(revoked.id), false);
        QCOMPARE(*tokens().markUsed(QStringLiteral("unknown")), false);
    }

    void markUsedAcrossConnections()
    {
        const RefreshToken token = insert(QStringLiteral("shared"), QStringLiteral("f"));
        auto other = Store::open(m_dataDir, &m_clock);
        QVERIFY(other);
        QCOMPARE(*(*other)->refreshTokens().markUsed(token.id), true);
        QCOMPARE(*tokens().markUsed(token.id), false);
    }

    // Threads, each with its own connection, race to spend the same tokens at the same moment.
    void markUsedRaceHasOneWinner()
    {
        constexpr int threadCount = 4;
        constexpr int tokenCount = 25;
        QStringList ids;
        for (int i = 0; i < tokenCount; ++i)
            ids.append(insert(QStringLiteral("race-%1").arg(i), QStringLiteral("race")).id);

        std::latch start(threadCount);
        std::atomic<int> errors {0};
        QList<QList<int>> wins(threadCount, QList<int>(tokenCount, 0));
        QList<QThread *> threads;
        for (int t = 0; t < threadCount; ++t) {
            threads.append(QThread::create([&, t] {
                auto store = Store::open(m_dataDir); // one connection per thread
                start.arrive_and_wait();
                if (!store) {
                    ++errors;
                    return;
                }
                for (int i = 0; i < tokenCount; ++i) {
                    auto won = (*store)->refreshTokens().markUsed(ids.at(i));
                    if (!won)
                        ++errors;
                    else if (*won)
                        wins[t][i] = 1;
                }
            }));
            threads.constLast()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60'000));
            delete thread;
        }
        QCOMPARE(errors.load(), 0);
        for (int i = 0; i < tokenCount; ++i) {
            int winners = 0;
            for (int t = 0; t < threadCount; ++t)
                winners += wins[t][i];
            QCOMPARE(winners, 1);
        }
    }

    void revokeFamilyAndUser()
    {
        const QString otherUser = m_store->users().add({QStringLiteral("other"), {}, Role::User, {}})->id;
        insert(QStringLiteral("a1"), QStringLiteral("A"));
        insert(QStringLiteral("a2"), QStringLiteral("A"));
        insert(QStringLiteral("b1"), QStringLiteral("B"));
        insert(QStringLiteral("c1"), QStringLiteral("C"), 3'600'000, otherUser);

        m_clock.advance(10);
        QCOMPARE(*tokens().revokeFamily(QStringLiteral("A")), 2);
        QCOMPARE(*tokens().revokeFamily(QStringLiteral("A")), 0); // already revoked: unchanged
        const auto a1 = *tokens().findByHash(RefreshTokenStore::hashToken(QStringLiteral("a1")));
        QCOMPARE(a1->revokedAt, m_clock.now());
        QVERIFY(!a1->isUsableAt(m_clock.now()));
        QVERIFY((*tokens().findByHash(RefreshTokenStore::hashToken(QStringLiteral("b1"))))
                    ->isUsableAt(m_clock.now()));

        QCOMPARE(*tokens().revokeAllForUser(m_userId), 1); // only B is left for this user
        QVERIFY(!(*tokens().findByHash(RefreshTokenStore::hashToken(QStringLiteral("b1"))))
                     ->isUsableAt(m_clock.now()));
        QVERIFY((*tokens().findByHash(RefreshTokenStore::hashToken(QStringLiteral("c1"))))
                    ->isUsableAt(m_clock.now()));
    }

    void deleteExpired()
    {
        insert(QStringLiteral("short"), QStringLiteral("f"), 1000);
        insert(QStringLiteral("short2"), QStringLiteral("f"), 2000);
        insert(QStringLiteral("long"), QStringLiteral("f"), 100'000);
        QCOMPARE(*tokens().deleteExpired(), 0);
        m_clock.advance(5000);
        QCOMPARE(*tokens().deleteExpired(), 2);
        QVERIFY(!tokens().findByHash(RefreshTokenStore::hashToken(QStringLiteral("short")))->has_value());
        QVERIFY(tokens().findByHash(RefreshTokenStore::hashToken(QStringLiteral("long")))->has_value());
    }
};

QTEST_GUILESS_MAIN(TestRefreshTokenStore)
#include "tst_refreshtokenstore.moc"
