// The signing secret (environment, 0600 file, generation, refusal of readable files) and the
// loading of verification keys (HS256 secrets, PEM public keys, JWKS files).
#include "JwtTestKeys.h"
#include "core/auth/JwkSet.h"
#include "core/auth/JwtKey.h"
#include "core/auth/JwtSecret.h"
#include "core/auth/JwtSecretFile.h"
#include "core/auth/MemorySecretStore.h"
#include "core/platform/PrivateFile.h"

#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace gatehouse;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestJwtSecret : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void environmentValue_data();
    void environmentValue();
    void environmentWinsOverTheFile();
    void generatedOnceThenReused();
    void refusesAFileOthersCanRead();
    void refusesACorruptFile();
    void secondWriterGetsTheFirstSecret();
    void memoryStore();
    void environmentVariable();
    void hmacSecretNeeds32Bytes();
    void publicKeys_data();
    void publicKeys();
    void publicKeyFromFile();
    void jwks();
    void jwksSkipsAndRefuses_data();
    void jwksSkipsAndRefuses();

private:
    // Made here rather than in initTestCase(): "-datatags" runs the _data functions without it.
    TestKeyPair m_rsa = JwtTestKeys::rsa();
    TestKeyPair m_ec = JwtTestKeys::ec();
};

void TestJwtSecret::environmentValue_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("secret"); // empty: refused

    const QByteArray random
        = QByteArray::fromHex("00ff10e0c3a1b2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9d0e1f2");
    QTest::newRow("base64 with padding") << random.toBase64() << random;
    QTest::newRow("base64 with a newline") << QByteArray(random.toBase64() + '\n') << random;
    QTest::newRow("base64url without padding")
        << random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) << random;
    const QByteArray doubled = random + random;
    QTest::newRow("64 random bytes, base64") << doubled.toBase64() << doubled;
    QTest::newRow("raw passphrase of 40 bytes") << QByteArray("correct horse battery staple, and more!!")
                                                << QByteArray("correct horse battery staple, and more!!");
    QTest::newRow("too short") << QByteArray("tiny") << QByteArray();
    QTest::newRow("base64 of 16 bytes") << QByteArray(16, 'x').toBase64() << QByteArray();
}

void TestJwtSecret::environmentValue()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, secret);
    const auto parsed = JwtSecret::fromEnvironmentValue(value);
    if (secret.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(parsed.error().contains(s("GATEHOUSE_JWT_SECRET")));
        QVERIFY(parsed.error().contains(s("openssl rand -base64 32")));
    } else {
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(*parsed, secret);
    }
}

void TestJwtSecret::environmentWinsOverTheFile()
{
    QTemporaryDir dir;
    JwtSecretFile file(dir.path());
    const QByteArray value = QByteArray(32, 'e').toBase64();
    const auto secret = JwtSecret::resolve(file, value);
    QVERIFY(secret);
    QCOMPARE(secret->origin(), JwtSecret::Origin::Environment);
    QCOMPARE(secret->bytes(), QByteArray(32, 'e'));
    QVERIFY(!QFile::exists(file.path())); // nothing written when the environment provides it
    QVERIFY(!JwtSecret::resolve(file, QByteArray("short")));
}

void TestJwtSecret::generatedOnceThenReused()
{
    QTemporaryDir dir;
    JwtSecretFile file(dir.path() + s("/data")); // the folder is created too
    const auto first = JwtSecret::resolve(file, std::nullopt);
    QVERIFY2(first, qPrintable(first ? QString() : first.error()));
    QCOMPARE(first->origin(), JwtSecret::Origin::Generated);
    QCOMPARE(first->bytes().size(), JwtSecret::Size);
    QVERIFY(first->originDescription().contains(file.path()));
    QCOMPARE(file.path(), dir.path() + s("/data/jwt-secret"));

    QFile stored(file.path());
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), first->bytes().toBase64() + '\n');
#ifndef Q_OS_WIN
    struct stat status { };
    QCOMPARE(::stat(QFile::encodeName(file.path()).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, mode_t(0600));
#endif
    const auto second = JwtSecret::resolve(file, std::nullopt);
    QVERIFY(second);
    QCOMPARE(second->origin(), JwtSecret::Origin::Store);
    QCOMPARE(second->bytes(), first->bytes());
    QVERIFY(JwtSecret::generate() != JwtSecret::generate());
}

void TestJwtSecret::refusesAFileOthersCanRead()
{
#ifdef Q_OS_WIN
    QSKIP("Windows relies on the profile's ACLs");
#else
    QTemporaryDir dir;
    JwtSecretFile file(dir.path());
    QVERIFY(JwtSecret::resolve(file, std::nullopt));
    for (const mode_t mode : {0644, 0640, 0604, 0620}) {
        QCOMPARE(::chmod(QFile::encodeName(file.path()).constData(), mode), 0);
        const auto refused = JwtSecret::resolve(file, std::nullopt);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(s("chmod 600 ") + file.path()), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QString::number(mode, 8)), qPrintable(refused.error()));
    }
    QCOMPARE(::chmod(QFile::encodeName(file.path()).constData(), 0600), 0);
    QVERIFY(JwtSecret::resolve(file, std::nullopt));
    QCOMPARE(::chmod(QFile::encodeName(file.path()).constData(), 0400), 0);
    QVERIFY(JwtSecret::resolve(file, std::nullopt)); // read-only for the owner is fine
#endif
}

void TestJwtSecret::refusesACorruptFile()
{
    QTemporaryDir dir;
    JwtSecretFile file(dir.path());
    for (const QByteArray &contents : {QByteArray("not base64 at all!\n"), QByteArray(16, 'x').toBase64()}) {
        QFile::remove(file.path());
        QCOMPARE(*PrivateFile::createExclusive(file.path(), contents), PrivateFile::CreateResult::Created);
        const auto refused = JwtSecret::resolve(file, std::nullopt);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(s("delete it")), qPrintable(refused.error()));
    }
    QFile::remove(file.path());
    QVERIFY(QDir(file.path()).mkpath(s(".")));
    QVERIFY(!JwtSecret::resolve(file, std::nullopt)); // a folder where the file should be
}

// What the desktop app hands over after reading the keychain: the same rules as the file.
void TestJwtSecret::memoryStore()
{
    MemorySecretStore empty(s("the OS keychain"));
    const auto generated = JwtSecret::resolve(empty, std::nullopt);
    QVERIFY(generated);
    QCOMPARE(generated->origin(), JwtSecret::Origin::Generated);
    QCOMPARE(generated->originDescription(), s("generated into the OS keychain"));
    QCOMPARE(empty.secret(), std::optional<QByteArray>(generated->bytes()));
    QCOMPARE(*empty.storeIfAbsent(QByteArray(32, '2')), generated->bytes()); // the first one stays

    MemorySecretStore loaded(s("the OS keychain"), QByteArray(32, 'k'));
    const auto stored = JwtSecret::resolve(loaded, std::nullopt);
    QVERIFY(stored);
    QCOMPARE(stored->origin(), JwtSecret::Origin::Store);
    QCOMPARE(stored->bytes(), QByteArray(32, 'k'));
    QCOMPARE(stored->originDescription(), s("from the OS keychain"));
}

void TestJwtSecret::environmentVariable()
{
    const QByteArray previous = qgetenv("GATEHOUSE_JWT_SECRET");
    const auto restore = qScopeGuard([&] {
        if (previous.isEmpty())
            qunsetenv("GATEHOUSE_JWT_SECRET");
        else
            qputenv("GATEHOUSE_JWT_SECRET", previous);
    });
    qunsetenv("GATEHOUSE_JWT_SECRET");
    QCOMPARE(JwtSecret::environmentValue(), std::optional<QByteArray>());
    qputenv("GATEHOUSE_JWT_SECRET", QByteArray()); // empty counts as unset
    QCOMPARE(JwtSecret::environmentValue(), std::optional<QByteArray>());
    qputenv("GATEHOUSE_JWT_SECRET", "value");
    QCOMPARE(JwtSecret::environmentValue(), std::optional<QByteArray>("value"));
}

void TestJwtSecret::secondWriterGetsTheFirstSecret()
{
    QTemporaryDir dir;
    JwtSecretFile file(dir.path());
    const QByteArray first(32, '1');
    QCOMPARE(*file.storeIfAbsent(first), first);
    // A second process that generated its own secret at the same moment reads the first one.
    QCOMPARE(*file.storeIfAbsent(QByteArray(32, '2')), first);
    QCOMPARE(*PrivateFile::createExclusive(file.path(), "other"), PrivateFile::CreateResult::AlreadyExists);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {JwtSecretFile::fileName()});
}

void TestJwtSecret::hmacSecretNeeds32Bytes()
{
    QVERIFY(JwtKey::hmacSecret(QByteArray(32, 'k')));
    QCOMPARE(JwtKey::hmacSecret(QByteArray(32, 'k'), s("main"))->keyId(), s("main"));
    QVERIFY(JwtKey::hmacSecret(QByteArray(31, 'k')).error().contains(s("32 bytes")));
    QVERIFY(!JwtKey::hmacSecret(QByteArray()));
    QVERIFY(!JwtKey::hmacSecret(QByteArray(32, 'k'))->description().contains(s("kkkk")));
}

void TestJwtSecret::publicKeys_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("error"); // empty: accepted

    const auto rs = int(JwtAlgorithm::RS256);
    const auto es = int(JwtAlgorithm::ES256);
    QTest::newRow("RSA SPKI for RS256") << rs << m_rsa.publicPem << QString();
    QTest::newRow("RSA PKCS#1 for RS256") << rs << m_rsa.pkcs1PublicPem << QString();
    QTest::newRow("EC P-256 for ES256") << es << m_ec.publicPem << QString();
    QTest::newRow("RSA key for ES256") << es << m_rsa.publicPem << s("ES256 needs an EC key on P-256");
    QTest::newRow("EC key for RS256") << rs << m_ec.publicPem << s("RS256 needs an RSA key");
    QTest::newRow("EC P-384 for ES256") << es << JwtTestKeys::ec("P-384").publicPem << s("P-256");
    QTest::newRow("RSA 1024 bits") << rs << JwtTestKeys::rsa(1024).publicPem << s("too weak");
    QTest::newRow("public key for HS256")
        << int(JwtAlgorithm::HS256) << m_rsa.publicPem << s("shared secret");
    QTest::newRow("private key") << rs << m_rsa.privatePem << s("private key");
    QTest::newRow("not PEM") << rs << QByteArray("hello") << s("BEGIN PUBLIC KEY");
    QByteArray broken = m_rsa.publicPem;
    broken.replace(40, 20, QByteArray(20, 'A'));
    QTest::newRow("damaged PEM") << rs << broken << s("cannot read");
}

void TestJwtSecret::publicKeys()
{
    QFETCH(int, algorithm);
    QFETCH(QByteArray, pem);
    QFETCH(QString, error);
    const auto key = JwtKey::publicKey(JwtAlgorithm(algorithm), pem, s("k1"));
    if (error.isEmpty()) {
        QVERIFY2(key, qPrintable(key ? QString() : key.error()));
        QCOMPARE(int(key->algorithm()), algorithm);
        QVERIFY(key->material().startsWith("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(key->description().contains(s("'k1'")));
    } else {
        QVERIFY(!key);
        QVERIFY2(key.error().contains(error), qPrintable(key.error()));
    }
}

void TestJwtSecret::publicKeyFromFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("key.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_ec.publicPem);
    file.close();
    QVERIFY(JwtKey::publicKeyFromFile(JwtAlgorithm::ES256, path));
    const auto wrong = JwtKey::publicKeyFromFile(JwtAlgorithm::RS256, path);
    QVERIFY(!wrong);
    QVERIFY(wrong.error().startsWith(path));
    QVERIFY(JwtKey::publicKeyFromFile(JwtAlgorithm::RS256, dir.filePath(s("missing.pem")))
                .error()
                .contains(s("missing")));
}

void TestJwtSecret::jwks()
{
    QJsonObject rsa = m_rsa.jwk;
    rsa.insert(s("kid"), s("r1"));
    rsa.insert(s("alg"), s("RS256"));
    rsa.insert(s("use"), s("sig"));
    QJsonObject ec = m_ec.jwk;
    ec.insert(s("kid"), s("e1"));
    ec.insert(s("key_ops"), QJsonArray {s("verify")});
    QTemporaryDir dir;
    const QString path = dir.filePath(s("jwks.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(JwtTestKeys::json(QJsonObject {{s("keys"), QJsonArray {rsa, ec}}}));
    file.close();

    const auto set = JwkSet::fromFile(path);
    QVERIFY2(set, qPrintable(set ? QString() : set.error()));
    QCOMPARE(set->keys().size(), 2);
    QVERIFY(set->warnings().isEmpty());
    QCOMPARE(set->keys().at(0).algorithm(), JwtAlgorithm::RS256);
    QCOMPARE(set->keys().at(0).keyId(), s("r1"));
    QCOMPARE(set->keys().at(1).algorithm(), JwtAlgorithm::ES256);
    // Rebuilt from n/e and x/y, the keys are exactly the PEM ones.
    QCOMPARE(set->keys().at(0).material(),
             JwtKey::publicKey(JwtAlgorithm::RS256, m_rsa.publicPem)->material());
    QCOMPARE(set->keys().at(1).material(),
             JwtKey::publicKey(JwtAlgorithm::ES256, m_ec.publicPem)->material());
    QVERIFY(JwkSet::fromFile(dir.filePath(s("missing.json"))).error().contains(s("missing.json")));
}

void TestJwtSecret::jwksSkipsAndRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("warning"); // the set loads with one key and this warning
    QTest::addColumn<QString>("error"); // or it is refused with this

    QJsonObject good = m_rsa.jwk;
    good.insert(s("kid"), s("good"));
    const auto with = [&](QJsonObject jwk, std::initializer_list<std::pair<QString, QJsonValue>> changes) {
        for (const auto &[name, value] : changes)
            jwk.insert(name, value);
        return JwtTestKeys::json(QJsonObject {{s("keys"), QJsonArray {good, jwk}}});
    };
    const QJsonObject p384 = JwtTestKeys::ec("P-384").jwk;
    QTest::newRow("symmetric key") << with({}, {{s("kty"), s("oct")}, {s("k"), s("c2VjcmV0")}})
                                   << s("symmetric keys") << QString();
    QTest::newRow("RS512 key") << with(m_rsa.jwk, {{s("alg"), s("RS512")}}) << s("RS512") << QString();
    QTest::newRow("encryption key") << with(m_rsa.jwk, {{s("use"), s("enc")}}) << s("\"enc\"") << QString();
    QTest::newRow("key_ops without verify")
        << with(m_rsa.jwk, {{s("key_ops"), QJsonArray {s("encrypt")}}}) << s("key_ops") << QString();
    QTest::newRow("P-384 curve") << with(p384, {}) << s("P-384") << QString();
    QTest::newRow("OKP key") << with({}, {{s("kty"), s("OKP")}}) << s("OKP") << QString();
    QTest::newRow("private part present")
        << with(m_ec.jwk, {{s("d"), s("AAAA")}}) << s("private key material") << QString();

    QTest::newRow("not JSON") << QByteArray("{keys:") << QString() << s("\"keys\" array");
    QTest::newRow("keys not an array") << QByteArray(R"({"keys":{}})") << QString() << s("\"keys\" array");
    QTest::newRow("empty set") << QByteArray(R"({"keys":[]})") << QString() << s("no keys");
    QTest::newRow("only unusable keys")
        << QByteArray(R"({"keys":[{"kty":"oct"}]})") << QString() << s("no usable key");
    QTest::newRow("bad base64url modulus")
        << with(m_rsa.jwk, {{s("n"), s("abc+/")}}) << QString() << s("\"n\"");
    QTest::newRow("missing exponent")
        << with(QJsonObject {{s("kty"), s("RSA")}, {s("n"), m_rsa.jwk.value(s("n"))}}, {}) << QString()
        << s("\"e\"");
    QTest::newRow("point off the curve")
        << with(m_ec.jwk, {{s("y"), m_ec.jwk.value(s("x"))}}) << QString() << s("not on curve");
    QTest::newRow("short coordinate") << with(m_ec.jwk, {{s("x"), s("AAAA")}}) << QString() << s("32 bytes");
    QTest::newRow("weak RSA") << with(JwtTestKeys::rsa(1024).jwk, {}) << QString() << s("too weak");
    QTest::newRow("duplicate kid") << with(m_ec.jwk, {{s("kid"), s("good")}}) << QString() << s("two keys");
    QTest::newRow("kid not a string") << with(m_ec.jwk, {{s("kid"), 5}}) << QString() << s("\"kid\"");
    QTest::newRow("key not an object")
        << QByteArray(R"({"keys":[1]})") << QString() << s("not a JSON object");
}

void TestJwtSecret::jwksSkipsAndRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, warning);
    QFETCH(QString, error);
    const auto set = JwkSet::fromJson(json);
    if (error.isEmpty()) {
        QVERIFY2(set, qPrintable(set ? QString() : set.error()));
        QCOMPARE(set->warnings().size(), 1);
        QVERIFY2(set->warnings().constFirst().contains(warning), qPrintable(set->warnings().constFirst()));
        QCOMPARE(set->keys().size(), warning.contains(s("private")) ? 2 : 1);
    } else {
        QVERIFY(!set);
        QVERIFY2(set.error().contains(error), qPrintable(set.error()));
    }
}

QTEST_GUILESS_MAIN(TestJwtSecret)
#include "tst_jwtsecret.moc"
