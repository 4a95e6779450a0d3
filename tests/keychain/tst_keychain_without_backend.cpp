// Keychain and KeychainSecretLoader where there is no keychain service: keychain.no-backend (no
// session bus at all) and keychain.no-secret-service (a session bus on which none can start).
// Also QtKeychain's error codes as ours, and what the messages tell people to do.
#include "KeychainTestHelpers.h"

#include <qt6keychain/keychain.h>

using namespace gatehouse;
using namespace gatehouse::test;

class TestKeychainWithoutBackend : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void errorCodes_data();
    void errorCodes();
    void operationsReportNoBackend_data();
    void operationsReportNoBackend();
    void loaderReportsNoKeychain();
    void loaderUsesTheEnvironmentWithoutKeychain();
};

// QtKeychain's codes as ours; EntryNotFound never becomes an error (nullopt, or a successful remove).
void TestKeychainWithoutBackend::errorCodes_data()
{
    QTest::addColumn<int>("qtKeychainError");
    QTest::addColumn<KeychainError::Code>("code");
    QTest::addColumn<QString>("advice"); // what the message tells people to do

    using Code = KeychainError::Code;
    QTest::newRow("NoBackendAvailable") << int(QKeychain::NoBackendAvailable) << Code::NoBackendAvailable
                                        << u"Install and unlock a keyring"_s;
    QTest::newRow("AccessDenied") << int(QKeychain::AccessDenied) << Code::AccessDenied
                                  << u"Unlock it and try again"_s;
    QTest::newRow("AccessDeniedByUser") << int(QKeychain::AccessDeniedByUser) << Code::AccessDeniedByUser
                                        << u"allow Gatehouse to use the keychain"_s;
    QTest::newRow("NotImplemented") << int(QKeychain::NotImplemented) << Code::NotImplemented
                                    << u"Use a keyring such as GNOME Keyring or KWallet"_s;
    QTest::newRow("CouldNotDeleteEntry") << int(QKeychain::CouldNotDeleteEntry) << Code::CouldNotDeleteEntry
                                         << u"Unlock the keychain and try again"_s;
    QTest::newRow("OtherError") << int(QKeychain::OtherError) << Code::OtherError
                                << u"set up and unlocked, then try again"_s;
    QTest::newRow("a code from a later QtKeychain")
        << 42 << Code::OtherError << u"set up and unlocked, then try again"_s;
}

void TestKeychainWithoutBackend::errorCodes()
{
    QFETCH(int, qtKeychainError);
    QFETCH(KeychainError::Code, code);
    QFETCH(QString, advice);
    QCOMPARE(KeychainError::codeFromQtKeychain(qtKeychainError), code);

    const KeychainError error(code, u"backend detail"_s);
    const QString message = error.userMessage();
    QVERIFY2(message.contains(advice), qPrintable(message));
    // The backend's detail is shown where it is all there is to go on.
    if (code == KeychainError::Code::OtherError || code == KeychainError::Code::CouldNotDeleteEntry)
        QVERIFY2(message.contains(u"backend detail"_s), qPrintable(message));
}

void TestKeychainWithoutBackend::operationsReportNoBackend_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("read") << u"read"_s;
    QTest::newRow("write") << u"write"_s;
    QTest::newRow("remove") << u"remove"_s;
}

// QtKeychain's libsecret backend says OtherError here ("Could not connect: No such file or
// directory", "The name org.freedesktop.secrets was not provided by any .service files"); the
// Keychain must make that NoBackendAvailable, the code on which the app falls back.
void TestKeychainWithoutBackend::operationsReportNoBackend()
{
    QFETCH(QString, operation);
    const Keychain keychain(uniqueService(u"no-backend"_s));
    std::optional<KeychainError> error;
    if (operation == u"read"_s) {
        const auto read = readNow(keychain, u"entry"_s);
        QVERIFY(read);
        QVERIFY(!*read);
        error = read->error();
    } else {
        const auto done = operation == u"write"_s ? writeNow(keychain, u"entry"_s, "data")
                                                  : removeNow(keychain, u"entry"_s);
        QVERIFY(done);
        QVERIFY(!*done);
        error = done->error();
    }
    QVERIFY2(error->code() == KeychainError::Code::NoBackendAvailable, qPrintable(describe(*error)));
    QVERIFY(!error->backendMessage().isEmpty()); // QtKeychain's words, for the log
    qInfo("%s: QtKeychain said \"%s\"", qPrintable(operation), qPrintable(error->backendMessage()));
    const QString message = error->userMessage();
    QVERIFY2(message.contains(u"No secret service is running"_s) && message.contains(u"GNOME Keyring"_s)
                 && message.contains(u"KWallet"_s) && message.contains(u"sign in for this session only"_s),
             qPrintable(message));
}

void TestKeychainWithoutBackend::loaderReportsNoKeychain()
{
    Keychain keychain(uniqueService(u"no-backend-loader"_s));
    const auto loaded = loadNow(keychain, std::nullopt);
    QVERIFY(loaded);
    QVERIFY(!*loaded);
    QVERIFY(loaded->error().isNoKeychain()); // the caller's cue to fall back, with a warning
    QCOMPARE(loaded->error().message, loaded->error().keychainError->userMessage());
}

// GATEHOUSE_JWT_SECRET is enough on its own: the keychain is not even asked.
void TestKeychainWithoutBackend::loaderUsesTheEnvironmentWithoutKeychain()
{
    const QByteArray secret(JwtSecret::Size, 'e');
    const QByteArray previous = qgetenv("GATEHOUSE_JWT_SECRET");
    qputenv("GATEHOUSE_JWT_SECRET", secret.toBase64());
    Keychain keychain(uniqueService(u"no-backend-environment"_s));
    const auto loaded = waitFor<KeychainSecretLoader::Result>(
        [&](QObject *context, auto done) { KeychainSecretLoader::load(keychain, context, std::move(done)); });
    if (previous.isEmpty())
        qunsetenv("GATEHOUSE_JWT_SECRET");
    else
        qputenv("GATEHOUSE_JWT_SECRET", previous);
    VERIFY_SUCCEEDED(loaded);
    QCOMPARE((*loaded)->origin(), JwtSecret::Origin::Environment);
    QCOMPARE((*loaded)->bytes(), secret);
}

int gatehouse::test::runTestsWithoutBackend(int argc, char **argv)
{
    TestKeychainWithoutBackend test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_without_backend.moc"
