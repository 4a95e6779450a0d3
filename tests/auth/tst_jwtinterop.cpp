// Tokens signed by the npm `jsonwebtoken` package are accepted (HS256 with a shared secret, RS256
// and ES256 with PEM keys and with a JWKS), and jsonwebtoken accepts what JwtSigner issues.
// Skipped when node or the package (tests/interop/node_modules, via NODE_PATH) is missing.
#include "core/Clock.h"
#include "core/auth/Base64Url.h"
#include "core/auth/JwkSet.h"
#include "core/auth/JwtSigner.h"
#include "core/auth/JwtVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace gatehouse;

namespace {

constexpr qint64 Now = 1'700'000'000;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestJwtInterop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hs256FromJsonwebtoken();
    void rs256FromJsonwebtoken_data();
    void rs256FromJsonwebtoken();
    void es256FromJsonwebtoken_data();
    void es256FromJsonwebtoken();
    void jsonwebtokenAcceptsOurTokens();

private:
    // Runs the node script; its stdout, or a failed test.
    QByteArray runNode(const QStringList &arguments, bool *ok);
    JwtVerifier verifierFor(const QList<JwtKey> &keys);
    void checkPublicKeyToken(const char *name, JwtAlgorithm algorithm, bool fromJwks);

    QString m_node;
    QJsonObject m_signed;
    ManualClock m_clock {QDateTime::fromSecsSinceEpoch(Now + 60, Qt::UTC)};
};

QByteArray TestJwtInterop::runNode(const QStringList &arguments, bool *ok)
{
    QProcess node;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(s("NODE_PATH")))
        environment.insert(s("NODE_PATH"), s(GATEHOUSE_INTEROP_NODE_MODULES));
    node.setProcessEnvironment(environment);
    node.start(m_node, QStringList {s(GATEHOUSE_JWT_NODE_SCRIPT)} + arguments);
    *ok = node.waitForFinished(60'000) && node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0;
    if (!*ok)
        qWarning("node %s: %s", qPrintable(arguments.join(u' ')), node.readAllStandardError().constData());
    return node.readAllStandardOutput();
}

void TestJwtInterop::initTestCase()
{
    m_node = QStandardPaths::findExecutable(s("node"));
    if (m_node.isEmpty())
        QSKIP("node is not installed");
    bool ok = false;
    const QByteArray output = runNode({s("sign"), QString::number(Now)}, &ok);
    if (!ok)
        QSKIP("the jsonwebtoken package is missing: run npm ci in tests/interop (ctest does, as the fixture "
              "interop_npm)");
    m_signed = QJsonDocument::fromJson(output).object();
    QVERIFY(m_signed.contains(s("hs256")) && m_signed.contains(s("rs256")) && m_signed.contains(s("es256")));
}

JwtVerifier TestJwtInterop::verifierFor(const QList<JwtKey> &keys)
{
    JwtVerifierOptions options;
    options.keys = keys;
    options.issuers = {s("https://issuer.example")};
    options.audiences = {s("gatehouse")};
    return *JwtVerifier::create(options, &m_clock);
}

void TestJwtInterop::hs256FromJsonwebtoken()
{
    const QJsonObject hs = m_signed.value(s("hs256")).toObject();
    const auto secret = Base64Url::decode(hs.value(s("secret")).toString().toLatin1());
    QVERIFY(secret);
    const JwtVerifier verifier = verifierFor({*JwtKey::hmacSecret(*secret, s("node-hs"))});
    const auto verified = verifier.verify(hs.value(s("token")).toString());
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    QCOMPARE(verified->userId, s("node-user"));
    QCOMPARE(verified->name, s("Node User"));
    QCOMPARE(verified->role, s("moderator"));
    QCOMPARE(verified->keyId, s("node-hs"));
    QCOMPARE(verified->issuedAt, QDateTime::fromSecsSinceEpoch(Now, Qt::UTC));
    QCOMPARE(verified->expiresAt, QDateTime::fromSecsSinceEpoch(Now + 15 * 60, Qt::UTC)); // expiresIn: "15m"

    // jsonwebtoken's "exp" is enforced with our clock.
    m_clock.advance(15 * 60 * 1000 + 60'000);
    const auto expired = verifier.verify(hs.value(s("token")).toString());
    m_clock.set(QDateTime::fromSecsSinceEpoch(Now + 60, Qt::UTC));
    QVERIFY(!expired);
    QCOMPARE(expired.error().codeString(), s("token_expired"));
    // A different secret refuses it.
    QCOMPARE(verifierFor({*JwtKey::hmacSecret(QByteArray(32, 'x'))})
                 .verify(hs.value(s("token")).toString())
                 .error()
                 .reason,
             JwtError::Reason::BadSignature);
}

void TestJwtInterop::checkPublicKeyToken(const char *name, JwtAlgorithm algorithm, bool fromJwks)
{
    const QJsonObject signedBy = m_signed.value(s(name)).toObject();
    QList<JwtKey> keys;
    if (fromJwks) {
        const QJsonObject jwks {{s("keys"), QJsonArray {signedBy.value(s("jwk"))}}};
        const auto set = JwkSet::fromJson(QJsonDocument(jwks).toJson());
        QVERIFY2(set, qPrintable(set ? QString() : set.error()));
        QVERIFY(set->warnings().isEmpty());
        keys = set->keys();
    } else {
        const auto key
            = JwtKey::publicKey(algorithm, signedBy.value(s("publicKeyPem")).toString().toLatin1());
        QVERIFY2(key, qPrintable(key ? QString() : key.error()));
        keys = {*key};
    }
    const auto verified = verifierFor(keys).verify(signedBy.value(s("token")).toString());
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    QCOMPARE(verified->userId, s("node-user"));
    QCOMPARE(verified->algorithm, algorithm);
}

void TestJwtInterop::rs256FromJsonwebtoken_data()
{
    QTest::addColumn<bool>("fromJwks");
    QTest::newRow("PEM") << false;
    QTest::newRow("JWKS") << true;
}

void TestJwtInterop::rs256FromJsonwebtoken()
{
    QFETCH(bool, fromJwks);
    checkPublicKeyToken("rs256", JwtAlgorithm::RS256, fromJwks);
    if (QTest::currentTestFailed())
        return;
    // roles: ["user", "admin"] maps to admin.
    const QJsonObject rs = m_signed.value(s("rs256")).toObject();
    const auto key
        = JwtKey::publicKey(JwtAlgorithm::RS256, rs.value(s("publicKeyPem")).toString().toLatin1());
    QCOMPARE(verifierFor({*key}).verify(rs.value(s("token")).toString())->role, s("admin"));
}

void TestJwtInterop::es256FromJsonwebtoken_data()
{
    rs256FromJsonwebtoken_data();
}

void TestJwtInterop::es256FromJsonwebtoken()
{
    QFETCH(bool, fromJwks);
    checkPublicKeyToken("es256", JwtAlgorithm::ES256, fromJwks);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject es = m_signed.value(s("es256")).toObject();
    const auto key
        = JwtKey::publicKey(JwtAlgorithm::ES256, es.value(s("publicKeyPem")).toString().toLatin1());
    const auto verified = verifierFor({*key}).verify(es.value(s("token")).toString());
    QCOMPARE(verified->name, s("nodeling")); // preferred_username
    QCOMPARE(verified->role, s("user"));
}

void TestJwtInterop::jsonwebtokenAcceptsOurTokens()
{
    const QByteArray secret(32, '\x5a');
    JwtSignerOptions options;
    options.issuer = s("gatehouse");
    options.audience = {s("gatehouse")};
    options.keyId = s("k1");
    const auto issued
        = JwtSigner::create(secret, options, &m_clock)->sign({s("u7"), s("Élodie"), s("admin"), {}});
    QVERIFY(issued);
    bool ok = false;
    const QByteArray output = runNode({s("verify"), QString::fromLatin1(Base64Url::encode(secret)),
                                       issued->token, QString::number(Now + 61)},
                                      &ok);
    QVERIFY(ok);
    const QJsonObject payload = QJsonDocument::fromJson(output).object();
    QCOMPARE(payload.value(s("sub")).toString(), s("u7"));
    QCOMPARE(payload.value(s("name")).toString(), s("Élodie"));
    QCOMPARE(payload.value(s("role")).toString(), s("admin"));
    QCOMPARE(payload.value(s("jti")).toString(), issued->jti);
    // ...and refuses it once expired, by its own clock.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(s("TokenExpiredError: jwt expired")));
    runNode({s("verify"), QString::fromLatin1(Base64Url::encode(secret)), issued->token,
             QString::number(Now + 60 + 900)},
            &ok);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(TestJwtInterop)
#include "tst_jwtinterop.moc"
