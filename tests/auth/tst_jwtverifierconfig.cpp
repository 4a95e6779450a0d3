// Verifier configurations beyond the default table (JWKS by kid, kid fallback, optional exp,
// claim mapping, size limit, the signature cache), and the libjwt 1.10 behaviours it guards against.
#include "JwtTestKeys.h"
#include "core/Clock.h"
#include "core/auth/JwkSet.h"
#include "core/auth/JwtSigner.h"
#include "core/auth/JwtVerifier.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace gatehouse;

namespace {

constexpr qint64 Now = 1'700'000'000;
const QByteArray Secret(32, 's');

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject baseClaims(qint64 exp = Now + 900)
{
    return {{s("sub"), s("u1")}, {s("iat"), Now}, {s("exp"), exp}};
}

} // namespace

class TestJwtVerifierConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jwksKeysAreChosenByKid();
    void keylessSecretAcceptsAnyKid();
    void expiryCanBeOptional();
    void customClaimMapping();
    void sizeLimitIsConfigurable();
    void createRefusesUselessOptions();
    void libjwtAloneIsNotEnough();
    void verificationIsCheap();
    void cachedSignaturesStillExpire();

private:
    JwtVerifier verifierFor(const QList<JwtKey> &keys, JwtVerifierOptions options = {})
    {
        options.keys = keys;
        return *JwtVerifier::create(options, &m_clock);
    }
    ManualClock m_clock {QDateTime::fromSecsSinceEpoch(Now, Qt::UTC)};
};

void TestJwtVerifierConfig::jwksKeysAreChosenByKid()
{
    const TestKeyPair rsaOne = JwtTestKeys::rsa();
    const TestKeyPair rsaTwo = JwtTestKeys::rsa();
    const TestKeyPair ec = JwtTestKeys::ec();
    const auto withKid = [](QJsonObject jwk, const char *kid) {
        jwk.insert(s("kid"), s(kid));
        return jwk;
    };
    const QJsonObject jwks {
        {s("keys"),
         QJsonArray {withKid(rsaOne.jwk, "r1"), withKid(rsaTwo.jwk, "r2"), withKid(ec.jwk, "e1")}}};
    const auto set = JwkSet::fromJson(JwtTestKeys::json(jwks));
    QVERIFY2(set, qPrintable(set ? QString() : set.error()));
    QCOMPARE(set->keys().size(), 3);
    const JwtVerifier verifier = verifierFor(set->keys());

    const auto sign = [](jwt_alg_t alg, const TestKeyPair &pair, const char *kid) {
        return JwtTestKeys::sign(alg, pair.privatePem, baseClaims(), {{s("kid"), s(kid)}});
    };
    QCOMPARE(verifier.verify(QByteArrayView(sign(JWT_ALG_RS256, rsaOne, "r1")))->keyId, s("r1"));
    QCOMPARE(verifier.verify(QByteArrayView(sign(JWT_ALG_RS256, rsaTwo, "r2")))->keyId, s("r2"));
    QCOMPARE(verifier.verify(QByteArrayView(sign(JWT_ALG_ES256, ec, "e1")))->keyId, s("e1"));
    QCOMPARE(verifier.verify(QByteArrayView(sign(JWT_ALG_RS256, rsaOne, "r2"))).error().reason,
             JwtError::Reason::BadSignature);
    QCOMPARE(verifier.verify(QByteArrayView(sign(JWT_ALG_RS256, rsaOne, "r9"))).error().reason,
             JwtError::Reason::UnknownKey);
    // Without a kid every key of the token's algorithm is tried.
    QCOMPARE(
        verifier.verify(QByteArrayView(JwtTestKeys::sign(JWT_ALG_RS256, rsaTwo.privatePem, baseClaims())))
            ->keyId,
        s("r2"));
}

void TestJwtVerifierConfig::keylessSecretAcceptsAnyKid()
{
    const TestKeyPair rsa = JwtTestKeys::rsa();
    const JwtVerifier verifier = verifierFor(
        {*JwtKey::hmacSecret(Secret), *JwtKey::publicKey(JwtAlgorithm::RS256, rsa.publicPem, s("r1"))});
    const QByteArray foreignKid
        = JwtTestKeys::sign(JWT_ALG_HS256, Secret, baseClaims(), {{s("kid"), s("theirs")}});
    QVERIFY(verifier.verify(QByteArrayView(foreignKid)));
    // A kid that names a key selects only that key: the keyless secret is not tried then.
    const QByteArray namesRsa = JwtTestKeys::sign(JWT_ALG_HS256, Secret, baseClaims(), {{s("kid"), s("r1")}});
    QCOMPARE(verifier.verify(QByteArrayView(namesRsa)).error().reason, JwtError::Reason::AlgorithmNotAllowed);
}

void TestJwtVerifierConfig::expiryCanBeOptional()
{
    QJsonObject claims = baseClaims();
    claims.remove(s("exp"));
    const QByteArray token = JwtTestKeys::sign(JWT_ALG_HS256, Secret, claims);
    QCOMPARE(verifierFor({*JwtKey::hmacSecret(Secret)}).verify(QByteArrayView(token)).error().reason,
             JwtError::Reason::MissingClaim);
    JwtVerifierOptions options;
    options.requireExpiry = false;
    const auto verified = verifierFor({*JwtKey::hmacSecret(Secret)}, options).verify(QByteArrayView(token));
    QVERIFY(verified);
    QVERIFY(!verified->expiresAt.isValid());
}

void TestJwtVerifierConfig::customClaimMapping()
{
    JwtVerifierOptions options;
    options.claims.userId = s("uid");
    options.claims.name = {s("display")};
    options.claims.role = {s("https://example.com/roles"), s("realm_access.roles")};
    const JwtVerifier verifier = verifierFor({*JwtKey::hmacSecret(Secret)}, options);

    QJsonObject keycloak = baseClaims();
    keycloak.insert(s("uid"), 1234);
    keycloak.insert(s("display"), s("Kay"));
    keycloak.insert(s("realm_access"),
                    QJsonObject {{s("roles"), QJsonArray {s("offline_access"), s("admin")}}});
    auto verified = verifier.verify(QByteArrayView(JwtTestKeys::sign(JWT_ALG_HS256, Secret, keycloak)));
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    QCOMPARE(verified->userId, s("1234"));
    QCOMPARE(verified->name, s("Kay"));
    QCOMPARE(verified->role, s("admin"));

    QJsonObject auth0 = baseClaims();
    auth0.insert(s("uid"), s("auth0|1"));
    auth0.insert(s("https://example.com/roles"), QJsonArray {s("moderator")});
    verified = verifier.verify(QByteArrayView(JwtTestKeys::sign(JWT_ALG_HS256, Secret, auth0)));
    QVERIFY(verified);
    QCOMPARE(verified->role, s("moderator"));
    QCOMPARE(verified->name, QString());

    // "sub" is not consulted when another claim is configured.
    QCOMPARE(verifier.verify(QByteArrayView(JwtTestKeys::sign(JWT_ALG_HS256, Secret, baseClaims())))
                 .error()
                 .reason,
             JwtError::Reason::MissingClaim);
}

void TestJwtVerifierConfig::sizeLimitIsConfigurable()
{
    JwtVerifierOptions options;
    options.maxTokenBytes = 200;
    const JwtVerifier verifier = verifierFor({*JwtKey::hmacSecret(Secret)}, options);
    QJsonObject claims = baseClaims();
    QVERIFY(verifier.verify(QByteArrayView(JwtTestKeys::sign(JWT_ALG_HS256, Secret, claims))));
    claims.insert(s("pad"), QString(100, QLatin1Char('x')));
    const QByteArray big = JwtTestKeys::sign(JWT_ALG_HS256, Secret, claims);
    QVERIFY(big.size() > 200);
    QCOMPARE(verifier.verify(QByteArrayView(big)).error().reason, JwtError::Reason::Oversized);
    QCOMPARE(verifier.verify(QString::fromLatin1(big)).error().reason, JwtError::Reason::Oversized);
}

void TestJwtVerifierConfig::createRefusesUselessOptions()
{
    QVERIFY(JwtVerifier::create({}).error().contains(s("no JWT keys")));
    JwtVerifierOptions options;
    options.keys = {*JwtKey::hmacSecret(Secret)};
    options.leeway = std::chrono::seconds(-1);
    QVERIFY(!JwtVerifier::create(options));
    options.leeway = std::chrono::seconds(0);
    options.maxTokenBytes = 10;
    QVERIFY(!JwtVerifier::create(options));
    QVERIFY(!JwtVerifier::create(options, nullptr));
}

// What jwt_decode() of libjwt 1.10 accepts on its own, next to what the verifier does with the
// same input. Reported with qInfo rather than asserted, so a fixed libjwt does not fail the test;
// the verifier's refusals are asserted.
void TestJwtVerifierConfig::libjwtAloneIsNotEnough()
{
    const TestKeyPair rsa = JwtTestKeys::rsa();
    const JwtKey rsaKey = *JwtKey::publicKey(JwtAlgorithm::RS256, rsa.publicPem);
    const JwtVerifier verifier = verifierFor({rsaKey, *JwtKey::hmacSecret(Secret)});
    const QByteArray payload = JwtTestKeys::json(baseClaims());
    const auto libjwtAccepts = [](const QByteArray &token, const QByteArray &key) {
        jwt_t *jwt = nullptr;
        const int result
            = jwt_decode(&jwt, token.constData(), reinterpret_cast<const unsigned char *>(key.constData()),
                         int(key.size()));
        jwt_free(jwt);
        return result == 0;
    };
    const auto check = [&](const char *what, const QByteArray &token, const QByteArray &key) {
        qInfo("libjwt alone %s: %s", libjwtAccepts(token, key) ? "ACCEPTS" : "refuses", what);
        const auto result = verifier.verify(QByteArrayView(token));
        QVERIFY2(!result, what);
    };
    check("HS256 token keyed with the RS256 public key PEM (alg confusion)",
          JwtTestKeys::forgeHs256(R"({"alg":"HS256","typ":"JWT"})", payload, rsaKey.material()),
          rsaKey.material());
    check("any token when the key is empty (signature skipped)",
          JwtTestKeys::forgeHs256(R"({"alg":"HS256"})", payload, "whatever"), QByteArray());
    check("RS256 token with a fourth part appended",
          JwtTestKeys::sign(JWT_ALG_RS256, rsa.privatePem, baseClaims()) + ".garbage", rsaKey.material());
    check("RS256 token with junk after the signature",
          JwtTestKeys::sign(JWT_ALG_RS256, rsa.privatePem, baseClaims()) + "!!", rsaKey.material());
    QByteArray nonCanonical = JwtTestKeys::sign(JWT_ALG_RS256, rsa.privatePem, baseClaims());
    nonCanonical.back() = char(nonCanonical.back() + 1); // 256 bytes: the last character has 4 unused bits
    check("RS256 signature spelled with non-zero unused bits", nonCanonical, rsaKey.material());
    check("lowercase \"hs256\"", JwtTestKeys::forgeHs256(R"({"alg":"hs256"})", payload, Secret), Secret);
    check("expired token (libjwt checks no claims)",
          JwtTestKeys::sign(JWT_ALG_HS256, Secret, baseClaims(Now - 3600)), Secret);
}

void TestJwtVerifierConfig::verificationIsCheap()
{
    const TestKeyPair rsa = JwtTestKeys::rsa();
    const TestKeyPair ec = JwtTestKeys::ec();
    const QList<JwtKey> keys
        = {*JwtKey::hmacSecret(Secret), *JwtKey::publicKey(JwtAlgorithm::RS256, rsa.publicPem),
           *JwtKey::publicKey(JwtAlgorithm::ES256, ec.publicPem)};
    JwtVerifierOptions uncached;
    uncached.signatureCacheSize = 0;
    const JwtVerifier verifiers[] = {verifierFor(keys, uncached), verifierFor(keys)};
    const QByteArray tokens[] = {JwtTestKeys::sign(JWT_ALG_HS256, Secret, baseClaims()),
                                 JwtTestKeys::sign(JWT_ALG_RS256, rsa.privatePem, baseClaims()),
                                 JwtTestKeys::sign(JWT_ALG_ES256, ec.privatePem, baseClaims())};
    constexpr int Rounds = 100;
    for (const JwtVerifier &verifier : verifiers) {
        for (const QByteArray &token : tokens) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < Rounds; ++i)
                QVERIFY(verifier.verify(QByteArrayView(token)));
            const qint64 micros = timer.nsecsElapsed() / 1000 / Rounds;
            qInfo("%s, %s: %lld us per verification",
                  qPrintable(jwtAlgorithmName(verifier.verify(QByteArrayView(token))->algorithm)),
                  verifier.options().signatureCacheSize ? "cache on" : "cache off", micros);
            // Generous: sanitizers and a loaded CI machine. A regression to many ms would show.
            QVERIFY2(micros < 20'000, "verification is expected to take well under a millisecond");
        }
    }
}

void TestJwtVerifierConfig::cachedSignaturesStillExpire()
{
    m_clock.set(QDateTime::fromSecsSinceEpoch(Now, Qt::UTC));
    const TestKeyPair rsa = JwtTestKeys::rsa();
    JwtVerifierOptions options;
    options.leeway = std::chrono::seconds(0);
    options.signatureCacheSize = 2;
    const JwtVerifier verifier
        = verifierFor({*JwtKey::publicKey(JwtAlgorithm::RS256, rsa.publicPem)}, options);
    const QByteArray token = JwtTestKeys::sign(JWT_ALG_RS256, rsa.privatePem, baseClaims());
    QVERIFY(verifier.verify(QByteArrayView(token)));
    QVERIFY(verifier.verify(QByteArrayView(token)));
    // A copy shares the cache, and the claims are checked on every use.
    const JwtVerifier copy = verifier;
    m_clock.advance(900 * 1000);
    QCOMPARE(copy.verify(QByteArrayView(token)).error().reason, JwtError::Reason::Expired);
    m_clock.set(QDateTime::fromSecsSinceEpoch(Now, Qt::UTC));
    // A tampered copy of a cached token is a different token.
    QByteArray tampered = token;
    const qsizetype at = tampered.lastIndexOf('.') + 1;
    tampered[at] = tampered.at(at) == 'A' ? 'B' : 'A';
    QCOMPARE(verifier.verify(QByteArrayView(tampered)).error().reason, JwtError::Reason::BadSignature);
    // Eviction keeps the cache bounded and correct.
    for (int i = 0; i < 5; ++i) {
        QJsonObject claims = baseClaims();
        claims.insert(s("n"), i);
        QVERIFY(verifier.verify(QByteArrayView(JwtTestKeys::sign(JWT_ALG_RS256, rsa.privatePem, claims))));
    }
    QVERIFY(verifier.verify(QByteArrayView(token)));
}

QTEST_GUILESS_MAIN(TestJwtVerifierConfig)
#include "tst_jwtverifierconfig.moc"
