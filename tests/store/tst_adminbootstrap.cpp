// AdminBootstrap: the first start creates `admin` with a generated or configured password, writes
// an audit record, and does nothing once any user exists.
#include "core/auth/AdminBootstrap.h"
#include "core/auth/PasswordHasher.h"
#include "core/store/Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

class TestAdminBootstrap : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_stores = 0;
    const PasswordHasher m_hasher {PasswordHasher::Limits::minimum()};

    QProcessEnvironment environment(const QString &password = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
        if (!password.isNull())
            env.insert(AdminBootstrap::PasswordVariable, password);
        return env;
    }

private Q_SLOTS:
    void init()
    {
        auto store = Store::open(m_dir.filePath(QString::number(++m_stores)));
        QVERIFY2(store, qPrintable(store ? QString() : store.error()));
        m_store = std::move(*store);
    }
    void cleanup() { m_store.reset(); }

    void generatedPassword()
    {
        auto result = AdminBootstrap::run(*m_store, m_hasher, environment());
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QVERIFY(result->created);
        const QString password = result->generatedPassword;
        QVERIFY(password.size() >= 16);

        auto admin = m_store->users().findByUsername(QStringLiteral("admin"));
        QVERIFY(admin && admin->has_value());
        QCOMPARE((*admin)->role, Role::Admin);
        QVERIFY((*admin)->passwordHash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!(*admin)->passwordHash.contains(password));
        QVERIFY(m_hasher.verify((*admin)->passwordHash, password).matches);

        AuditQuery query;
        query.type = AuditLog::UserCreated;
        auto records = m_store->audit().query(query);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->constFirst().userId, (*admin)->id);
        QCOMPARE(records->constFirst().details.value(QStringLiteral("passwordFrom")).toString(),
                 QStringLiteral("generated"));

        // Second start: nothing to do, nothing to show.
        auto again = AdminBootstrap::run(*m_store, m_hasher, environment());
        QVERIFY(again);
        QVERIFY(!again->created);
        QVERIFY(again->generatedPassword.isEmpty());
        QCOMPARE(*m_store->users().count(), 1);
    }

    void generatedPasswordsDiffer()
    {
        auto first = AdminBootstrap::run(*m_store, m_hasher, environment());
        init();
        auto second = AdminBootstrap::run(*m_store, m_hasher, environment());
        QVERIFY(first && second);
        QVERIFY(first->generatedPassword != second->generatedPassword);
    }

    void passwordFromEnvironment()
    {
        const QString password = QStringLiteral("from the environment");
        auto result = AdminBootstrap::run(*m_store, m_hasher, environment(password));
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QVERIFY(result->created);
        QVERIFY(result->generatedPassword.isEmpty()); // nothing to print
        const User admin = **m_store->users().findByUsername(QStringLiteral("admin"));
        QVERIFY(m_hasher.verify(admin.passwordHash, password).matches);
        QCOMPARE(
            m_store->audit().query({})->constFirst().details.value(QStringLiteral("passwordFrom")).toString(),
            AdminBootstrap::PasswordVariable);
    }

    void tooShortEnvironmentPasswordIsRefused()
    {
        auto result = AdminBootstrap::run(*m_store, m_hasher, environment(QStringLiteral("short")));
        QVERIFY(!result);
        QVERIFY2(result.error().contains(AdminBootstrap::PasswordVariable), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QStringLiteral("at least 8")), qPrintable(result.error()));
        QCOMPARE(*m_store->users().count(), 0);
    }

    void existingUsersMeanNoBootstrap()
    {
        QVERIFY(m_store->users().add({QStringLiteral("first"), {}, Role::User, {}}));
        auto result = AdminBootstrap::run(*m_store, m_hasher, environment(QStringLiteral("long enough pw")));
        QVERIFY(result);
        QVERIFY(!result->created);
        QVERIFY(!m_store->users().findByUsername(QStringLiteral("admin"))->has_value());
    }
};

QTEST_GUILESS_MAIN(TestAdminBootstrap)
#include "tst_adminbootstrap.moc"
