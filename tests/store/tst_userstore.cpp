// UserStore: username rules, case-insensitive uniqueness, every field round-tripping through
// SQLite, and removal cascading to refresh tokens while the audit log keeps its records.
#include "core/Clock.h"
#include "core/store/Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

class TestUserStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Store> m_store;
    int m_stores = 0;

    UserStore &users() { return m_store->users(); }
    User added(const QString &name, Role role = Role::User)
    {
        auto user = users().add({name, {}, role, QStringLiteral("$argon2id$fake")});
        if (!user)
            qFatal("add(%s) failed: %s", qPrintable(name), qPrintable(user.error()));
        return *user;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QString::number(++m_stores)); // a fresh store per test
        auto store = Store::open(path, &m_clock);
        QVERIFY2(store, qPrintable(store ? QString() : store.error()));
        m_store = std::move(*store);
    }
    void cleanup() { m_store.reset(); }

    void usernameRules_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("plain") << QStringLiteral("alice") << QString();
        QTest::newRow("all allowed characters") << QStringLiteral("A.b_c-9") << QString();
        QTest::newRow("one character") << QStringLiteral("x") << QString();
        QTest::newRow("64 characters") << QString(64, u'a') << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("65 characters") << QString(65, u'a') << QStringLiteral("longer than 64");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("may only contain");
        QTest::newRow("at sign") << QStringLiteral("a@b") << QStringLiteral("may only contain");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("may only contain");
        QTest::newRow("accented letter")
            << QStringLiteral("\u00e9mile") << QStringLiteral("may only contain");
        QTest::newRow("cyrillic look-alike")
            << QStringLiteral("\u0430dmin") << QStringLiteral("may only contain");
        QTest::newRow("control character") << QStringLiteral("a\tb") << QStringLiteral("may only contain");
    }
    void usernameRules()
    {
        QFETCH(QString, username);
        QFETCH(QString, error);
        auto user = users().add({username, {}, Role::User, {}});
        QCOMPARE(bool(user), error.isEmpty());
        if (!error.isEmpty())
            QVERIFY2(user.error().contains(error), qPrintable(user.error()));
        QCOMPARE(*users().count(), error.isEmpty() ? 1 : 0);
    }

    void usernamesAreUniqueIgnoringCase_data()
    {
        QTest::addColumn<QString>("second");
        QTest::newRow("same") << QStringLiteral("Alice");
        QTest::newRow("lower") << QStringLiteral("alice");
        QTest::newRow("upper") << QStringLiteral("ALICE");
        QTest::newRow("mixed") << QStringLiteral("aLiCe");
    }
    void usernamesAreUniqueIgnoringCase()
    {
        QFETCH(QString, second);
        const User alice = added(QStringLiteral("Alice"));
        auto duplicate = users().add({second, {}, Role::User, {}});
        QVERIFY(!duplicate);
        QVERIFY2(duplicate.error().contains(QStringLiteral("already taken")), qPrintable(duplicate.error()));

        auto found = users().findByUsername(second);
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->id, alice.id);
        QCOMPARE((*found)->username, QStringLiteral("Alice")); // the spelling chosen at creation
        QCOMPARE(*users().count(), 1);
    }

    void uniquenessHoldsAcrossConnections()
    {
        added(QStringLiteral("shared"));
        auto other = Store::open(QFileInfo(m_store->database().filePath()).path());
        QVERIFY(other);
        auto duplicate = (*other)->users().add({QStringLiteral("SHARED"), {}, Role::User, {}});
        QVERIFY(!duplicate);
        QVERIFY2(duplicate.error().contains(QStringLiteral("already taken")), qPrintable(duplicate.error()));
    }

    void addStoresEveryField()
    {
        auto user = users().add({QStringLiteral("bob"), QStringLiteral("  Bob B\u00f6hm "), Role::Moderator,
                                 QStringLiteral("$argon2id$hash")});
        QVERIFY2(user, qPrintable(user ? QString() : user.error()));
        QCOMPARE(user->id.size(), 20);
        QCOMPARE(user->displayName, QStringLiteral("Bob B\u00f6hm"));
        QCOMPARE(user->createdAt, m_clock.now());
        QCOMPARE(user->status, UserStatus::Active);
        QVERIFY(!user->lastLoginAt.isValid());

        auto found = users().findById(user->id);
        QVERIFY(found && found->has_value());
        const User &read = **found;
        QCOMPARE(read.username, QStringLiteral("bob"));
        QCOMPARE(read.displayName, user->displayName);
        QCOMPARE(read.role, Role::Moderator);
        QCOMPARE(read.passwordHash, QStringLiteral("$argon2id$hash"));
        QCOMPARE(read.createdAt, user->createdAt);
        QVERIFY(!read.suspendedUntil.isValid());
        QVERIFY(read.suspendedReason.isEmpty());

        // Defaults: display name from the username, no password.
        auto plain = users().add({QStringLiteral("carol"), {}, Role::User, {}});
        QVERIFY(plain);
        QCOMPARE(plain->displayName, QStringLiteral("carol"));
        QVERIFY((*users().findById(plain->id))->passwordHash.isEmpty());

        QVERIFY(!users().findByUsername(QStringLiteral("nobody"))->has_value());
        QVERIFY(!users().findById(QStringLiteral("nope"))->has_value());
    }

    void changesAreStored()
    {
        const User dave = added(QStringLiteral("dave"));
        QVERIFY(users().setPassword(dave.id, QStringLiteral("$argon2id$new")));
        QVERIFY(users().setRole(dave.id, Role::Admin));
        QVERIFY(users().setDisplayName(dave.id, QStringLiteral("David")));
        const QDateTime login = m_clock.now().addSecs(60);
        QVERIFY(users().recordLogin(dave.id, login));
        User read = **users().findById(dave.id);
        QCOMPARE(read.passwordHash, QStringLiteral("$argon2id$new"));
        QCOMPARE(read.role, Role::Admin);
        QCOMPARE(read.displayName, QStringLiteral("David"));
        QCOMPARE(read.lastLoginAt, login);

        m_clock.advance(1000);
        QVERIFY(users().recordLogin(dave.id)); // now, from the clock
        QCOMPARE((*users().findById(dave.id))->lastLoginAt, m_clock.now());

        QVERIFY(users().setDisplayName(dave.id, QString())); // back to the username
        QCOMPARE((*users().findById(dave.id))->displayName, QStringLiteral("dave"));
        auto control = users().setDisplayName(dave.id, QStringLiteral("bell\a"));
        QVERIFY(!control);
        QVERIFY(!users().setDisplayName(dave.id, QString(101, u'x')));
    }

    void suspensions()
    {
        const User eve = added(QStringLiteral("eve"));
        const QDateTime until = m_clock.now().addDays(1);
        QVERIFY(users().suspend(eve.id, QStringLiteral("spam"), until));
        User read = **users().findById(eve.id);
        QCOMPARE(read.status, UserStatus::Suspended);
        QCOMPARE(read.suspendedReason, QStringLiteral("spam"));
        QCOMPARE(read.suspendedUntil, until);
        QVERIFY(read.isSuspendedAt(m_clock.now()));
        QVERIFY(!read.isSuspendedAt(until.addSecs(1))); // a timed suspension ends by itself

        QVERIFY(users().suspend(eve.id, QStringLiteral("for good")));
        read = **users().findById(eve.id);
        QVERIFY(!read.suspendedUntil.isValid());
        QVERIFY(read.isSuspendedAt(m_clock.now().addYears(10)));

        QVERIFY(users().unsuspend(eve.id));
        read = **users().findById(eve.id);
        QCOMPARE(read.status, UserStatus::Active);
        QVERIFY(read.suspendedReason.isEmpty());
        QVERIFY(!read.isSuspendedAt(m_clock.now()));
    }

    void changesToAMissingUserFail()
    {
        const QString missing = QStringLiteral("no-such-id");
        const QList<Expected<void, QString>> results {
            users().setPassword(missing, QStringLiteral("x")),
            users().setRole(missing, Role::Admin),
            users().setDisplayName(missing, QStringLiteral("x")),
            users().recordLogin(missing),
            users().suspend(missing, QStringLiteral("x")),
            users().unsuspend(missing),
            users().remove(missing),
        };
        for (const auto &result : results) {
            QVERIFY(!result);
            QVERIFY2(result.error().contains(QStringLiteral("no user with id no-such-id")),
                     qPrintable(result.error()));
        }
    }

    void listIsSortedIgnoringCase()
    {
        added(QStringLiteral("bob"));
        added(QStringLiteral("Alice"), Role::Admin);
        added(QStringLiteral("carol"), Role::Admin);
        auto list = users().list();
        QVERIFY(list);
        QStringList names;
        for (const User &user : *list)
            names.append(user.username);
        QCOMPARE(names,
                 (QStringList {QStringLiteral("Alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
        QCOMPARE(*users().count(), 3);
        QCOMPARE(*users().countWithRole(Role::Admin), 2);
        QCOMPARE(*users().countWithRole(Role::Moderator), 0);
    }

    void removeCascadesToTokensButNotToTheAuditLog()
    {
        const User frank = added(QStringLiteral("frank"));
        const User grace = added(QStringLiteral("grace"));
        RefreshToken token;
        token.userId = frank.id;
        token.familyId = QStringLiteral("family");
        token.tokenHash = RefreshTokenStore::hashToken(QStringLiteral("secret"));
        token.expiresAt = m_clock.now().addDays(30);
        QVERIFY(m_store->refreshTokens().insert(token));
        token.userId = grace.id;
        token.tokenHash = RefreshTokenStore::hashToken(QStringLiteral("other"));
        QVERIFY(m_store->refreshTokens().insert(token));
        QVERIFY(m_store->audit().append(AuditLog::UserCreated, {}, frank.id, {}));

        QVERIFY(users().remove(frank.id));
        QVERIFY(!users().findById(frank.id)->has_value());
        QVERIFY(!m_store->refreshTokens()
                     .findByHash(RefreshTokenStore::hashToken(QStringLiteral("secret")))
                     ->has_value());
        QVERIFY(m_store->refreshTokens()
                    .findByHash(RefreshTokenStore::hashToken(QStringLiteral("other")))
                    ->has_value());
        AuditQuery query;
        query.userId = frank.id;
        QCOMPARE(m_store->audit().query(query)->size(), 1);
        // The username is free again.
        QVERIFY(users().add({QStringLiteral("Frank"), {}, Role::User, {}}));
    }

    void roleAndStatusStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("role"); // -1: not a role
        QTest::newRow("user") << QStringLiteral("user") << int(Role::User);
        QTest::newRow("moderator") << QStringLiteral("moderator") << int(Role::Moderator);
        QTest::newRow("admin") << QStringLiteral("admin") << int(Role::Admin);
        QTest::newRow("capitalised") << QStringLiteral("Admin") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("unknown") << QStringLiteral("root") << -1;
    }
    void roleAndStatusStrings()
    {
        QFETCH(QString, text);
        QFETCH(int, role);
        const auto parsed = roleFromString(text);
        QCOMPARE(parsed.has_value(), role >= 0);
        if (parsed) {
            QCOMPARE(int(*parsed), role);
            QCOMPARE(roleToString(*parsed), text);
        }
        QVERIFY(statusFromString(QStringLiteral("suspended")) == UserStatus::Suspended);
        QVERIFY(!statusFromString(QStringLiteral("banned")));
        QCOMPARE(statusToString(UserStatus::Active), QStringLiteral("active"));
    }
};

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
