// Keychain (QtKeychain) and KeychainSecretLoader against real services, in one of two modes:
//  - TestKeychain, here (keychain.secret-service): a real Secret Service, gnome-keyring-daemon in
//    a private D-Bus session set up by with-private-keyring.sh; refuses to run anywhere else, so it
//    never touches the keyring of whoever runs it;
//  - TestKeychainWithoutBackend (GATEHOUSE_KEYCHAIN_TEST=no-backend, see
//    tst_keychain_without_backend.cpp).
#include "KeychainTestHelpers.h"

#include <QCoreApplication>
#include <QPointer>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

QByteArray everyByteValue()
{
    QByteArray bytes;
    for (int value = 0; value < 256; ++value)
        bytes.append(char(value));
    return bytes;
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void readMissingEntry();
    void removeMissingEntry();
    void servicesAreSeparate();
    void contextDestroyedDropsTheAnswer_data();
    void contextDestroyedDropsTheAnswer();
    void keychainObjectMayGoFirst();
    void loaderGeneratesOnceThenReuses();
    void loaderEnvironmentWins();
    void loaderRefusesAShortEntry();
    void loaderRefusesABadEnvironmentValue();
};

void TestKeychain::initTestCase()
{
    if (qgetenv("GATEHOUSE_TEST_PRIVATE_KEYRING") != "1")
        QFAIL("Run this through tests/keychain/with-private-keyring.sh (ctest -L keychain does): it "
              "writes to the Secret Service and must not use your own keyring.");
}

void TestKeychain::roundTrip_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");

    QTest::newRow("NUL and 0xFF bytes")
        << QByteArray("\x00\xff\x00secret\xff\xfe\x00", 11) << QByteArray("\xff\x00", 2);
    QTest::newRow("every byte value") << everyByteValue() << everyByteValue().repeated(2);
    QTest::newRow("text, then 64 KiB") << QByteArray("plain text") << everyByteValue().repeated(256);
}

// Write, read, overwrite, read, remove, read: binary data comes back byte for byte.
void TestKeychain::roundTrip()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    const Keychain keychain(uniqueService(u"roundtrip"_s));
    const QString key = u"entry"_s;

    auto written = writeNow(keychain, key, first);
    VERIFY_SUCCEEDED(written);
    auto read = readNow(keychain, key);
    VERIFY_SUCCEEDED(read);
    QCOMPARE(read->value(), std::optional<QByteArray>(first));

    written = writeNow(keychain, key, second);
    VERIFY_SUCCEEDED(written);
    read = readNow(keychain, key);
    VERIFY_SUCCEEDED(read);
    QCOMPARE(read->value(), std::optional<QByteArray>(second));

    const auto removed = removeNow(keychain, key);
    VERIFY_SUCCEEDED(removed);
    read = readNow(keychain, key);
    VERIFY_SUCCEEDED(read);
    QCOMPARE(read->value(), std::optional<QByteArray>());
}

void TestKeychain::readMissingEntry()
{
    const Keychain keychain(uniqueService(u"missing"_s));
    const auto read = readNow(keychain, u"never-written"_s);
    VERIFY_SUCCEEDED(read); // not an error
    QVERIFY(!read->value().has_value());
}

void TestKeychain::removeMissingEntry()
{
    const Keychain keychain(uniqueService(u"missing"_s));
    const auto removed = removeNow(keychain, u"never-written"_s);
    VERIFY_SUCCEEDED(removed);
}

void TestKeychain::servicesAreSeparate()
{
    const Keychain one(uniqueService(u"one"_s));
    const Keychain other(uniqueService(u"other"_s));
    const QString key = u"shared-key"_s;

    VERIFY_SUCCEEDED(writeNow(one, key, "one's secret"));
    auto read = readNow(other, key);
    VERIFY_SUCCEEDED(read);
    QCOMPARE(read->value(), std::optional<QByteArray>()); // the other service sees nothing

    VERIFY_SUCCEEDED(writeNow(other, key, "other's secret"));
    read = readNow(one, key);
    VERIFY_SUCCEEDED(read);
    QCOMPARE(read->value(), std::optional<QByteArray>("one's secret"));

    VERIFY_SUCCEEDED(removeNow(other, key));
    read = readNow(one, key);
    VERIFY_SUCCEEDED(read);
    QCOMPARE(read->value(), std::optional<QByteArray>("one's secret")); // removing there left it here
}

void TestKeychain::contextDestroyedDropsTheAnswer_data()
{
    QTest::addColumn<bool>("started");
    QTest::newRow("before the jobs start") << false;
    // One pass of the event loop runs the jobs' queued start: the first request is on its way to
    // the keyring, whose answer can only be handled in a later pass.
    QTest::newRow("while the first job runs") << true;
}

// The context dies before the answers: no callback runs, nothing crashes, and the jobs still
// complete (the write is kept).
void TestKeychain::contextDestroyedDropsTheAnswer()
{
    QFETCH(bool, started);
    const Keychain keychain(uniqueService(u"context"_s));
    const QString key = u"entry"_s;
    int answers = 0;

    QPointer<QObject> context = new QObject;
    keychain.write(key, "written without anyone listening", context,
                   [&answers](const DoneResult &) { ++answers; });
    keychain.read(key, context, [&answers](const Keychain::ReadResult &) { ++answers; });
    keychain.remove(u"other"_s, context, [&answers](const DoneResult &) { ++answers; });
    if (started)
        QCoreApplication::processEvents();
    QCOMPARE(answers, 0);
    delete context;

    // QtKeychain runs jobs one after another: when this read answers, the three above are done.
    const auto read = readNow(keychain, key);
    VERIFY_SUCCEEDED(read);
    QCOMPARE(read->value(), std::optional<QByteArray>("written without anyone listening"));
    QCOMPARE(answers, 0);
}

// Jobs do not depend on the Keychain object: the answer still reaches a living context.
void TestKeychain::keychainObjectMayGoFirst()
{
    auto keychain = std::make_unique<Keychain>(uniqueService(u"gone"_s));
    const auto read = waitFor<Keychain::ReadResult>([&](QObject *context, auto done) {
        keychain->read(u"entry"_s, context, std::move(done));
        keychain.reset();
    });
    VERIFY_SUCCEEDED(read);
    QVERIFY(!read->value().has_value());
}

void TestKeychain::loaderGeneratesOnceThenReuses()
{
    const QString service = uniqueService(u"loader"_s);
    Keychain keychain(service);

    const auto first = loadNow(keychain, std::nullopt);
    VERIFY_SUCCEEDED(first);
    QCOMPARE((*first)->origin(), JwtSecret::Origin::Generated);
    QCOMPARE((*first)->bytes().size(), JwtSecret::Size);
    QCOMPARE((*first)->originDescription(), u"generated into the OS keychain"_s);

    // It is in the keychain, under the loader's key, as raw bytes.
    const auto stored = readNow(keychain, KeychainSecretLoader::key());
    VERIFY_SUCCEEDED(stored);
    QCOMPARE(stored->value(), std::optional<QByteArray>((*first)->bytes()));

    // A later start (another Keychain object on the same service) finds the same secret.
    Keychain again(service);
    const auto second = loadNow(again, std::nullopt);
    VERIFY_SUCCEEDED(second);
    QCOMPARE((*second)->origin(), JwtSecret::Origin::Store);
    QCOMPARE((*second)->bytes(), (*first)->bytes());
    QCOMPARE((*second)->originDescription(), u"from the OS keychain"_s);

    // Another service is another app's secret.
    Keychain elsewhere(uniqueService(u"loader-elsewhere"_s));
    const auto third = loadNow(elsewhere, std::nullopt);
    VERIFY_SUCCEEDED(third);
    QCOMPARE((*third)->origin(), JwtSecret::Origin::Generated);
    QVERIFY((*third)->bytes() != (*first)->bytes());
}

void TestKeychain::loaderEnvironmentWins()
{
    Keychain keychain(uniqueService(u"environment"_s));
    const QByteArray stored(JwtSecret::Size, 'k');
    VERIFY_SUCCEEDED(writeNow(keychain, KeychainSecretLoader::key(), stored));

    const QByteArray fromEnvironment(JwtSecret::Size, 'e');
    const auto loaded = loadNow(keychain, fromEnvironment.toBase64());
    VERIFY_SUCCEEDED(loaded);
    QCOMPARE((*loaded)->origin(), JwtSecret::Origin::Environment);
    QCOMPARE((*loaded)->bytes(), fromEnvironment);

    // The keychain is left as it was; and an empty one is not filled.
    auto read = readNow(keychain, KeychainSecretLoader::key());
    VERIFY_SUCCEEDED(read);
    QCOMPARE(read->value(), std::optional<QByteArray>(stored));
    Keychain empty(uniqueService(u"environment-empty"_s));
    VERIFY_SUCCEEDED(loadNow(empty, fromEnvironment.toBase64()));
    read = readNow(empty, KeychainSecretLoader::key());
    VERIFY_SUCCEEDED(read);
    QCOMPARE(read->value(), std::optional<QByteArray>());
}

// A damaged or foreign entry is reported, with the way out, and left alone.
void TestKeychain::loaderRefusesAShortEntry()
{
    const QString service = uniqueService(u"short"_s);
    Keychain keychain(service);
    const QByteArray tooShort(JwtSecret::Size - 1, 's');
    VERIFY_SUCCEEDED(writeNow(keychain, KeychainSecretLoader::key(), tooShort));

    const auto loaded = loadNow(keychain, std::nullopt);
    QVERIFY(loaded);
    QVERIFY(!*loaded);
    QVERIFY(!loaded->error().keychainError);
    QVERIFY(!loaded->error().isNoKeychain());
    const QString message = loaded->error().message;
    QVERIFY2(message.contains(service) && message.contains(KeychainSecretLoader::key())
                 && message.contains(u"Delete the entry"_s),
             qPrintable(message));

    const auto read = readNow(keychain, KeychainSecretLoader::key());
    VERIFY_SUCCEEDED(read);
    QCOMPARE(read->value(), std::optional<QByteArray>(tooShort));
}

void TestKeychain::loaderRefusesABadEnvironmentValue()
{
    Keychain keychain(uniqueService(u"bad-environment"_s));
    const auto loaded = loadNow(keychain, QByteArray("too short"));
    QVERIFY(loaded);
    QVERIFY(!*loaded);
    QVERIFY(!loaded->error().keychainError);
    QVERIFY2(loaded->error().message.contains(u"GATEHOUSE_JWT_SECRET"_s),
             qPrintable(loaded->error().message));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qgetenv("GATEHOUSE_KEYCHAIN_TEST") == "no-backend")
        return runTestsWithoutBackend(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
