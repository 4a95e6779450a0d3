// SecureRandom: sizes and alphabets, no repeats, and the constant-time comparison's answers.
#include "core/auth/SecureRandom.h"

#include <QSet>
#include <QTest>

using namespace gatehouse;

class TestSecureRandom : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bytesAndTokens()
    {
        QCOMPARE(SecureRandom::bytes(32).size(), 32);
        QCOMPARE(SecureRandom::bytes(0).size(), 0);
        QSet<QString> tokens;
        for (int i = 0; i < 1000; ++i) {
            const QString token = SecureRandom::token();
            QCOMPARE(token.size(), 43);
            QVERIFY(!token.contains(u'=') && !token.contains(u'+') && !token.contains(u'/'));
            tokens.insert(token);
        }
        QCOMPARE(tokens.size(), 1000);
    }

    void passwords()
    {
        const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
        QSet<QChar> seen;
        for (int i = 0; i < 200; ++i) {
            const QString password = SecureRandom::password();
            QCOMPARE(password.size(), 20);
            for (QChar c : password) {
                QVERIFY2(alphabet.contains(c), qPrintable(password));
                seen.insert(c);
            }
        }
        QCOMPARE(seen.size(), alphabet.size()); // 4000 draws reach every symbol
        QCOMPARE(SecureRandom::password(32).size(), 32);
    }

    void equal_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("expected");
        QTest::newRow("same") << QByteArray("secret") << QByteArray("secret") << true;
        QTest::newRow("empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("last byte") << QByteArray("secret") << QByteArray("secreT") << false;
        QTest::newRow("first byte") << QByteArray("secret") << QByteArray("Secret") << false;
        QTest::newRow("prefix") << QByteArray("secret") << QByteArray("secre") << false;
        QTest::newRow("one empty") << QByteArray("x") << QByteArray() << false;
    }
    void equal()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, expected);
        QCOMPARE(SecureRandom::equal(a, b), expected);
    }
};

QTEST_GUILESS_MAIN(TestSecureRandom)
#include "tst_securerandom.moc"
