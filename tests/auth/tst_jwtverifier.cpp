// The verifier's rules as two tables: every way a token is refused (with the exact error code,
// reason and a word of the message) and the token shapes that must pass. Time is a ManualClock.
#include "JwtTestKeys.h"
#include "core/Clock.h"
#include "core/auth/JwtSigner.h"
#include "core/auth/JwtVerifier.h"

#include <QJsonArray>
#include <QtTest>

using namespace gatehouse;

namespace {

constexpr qint64 Now = 1'700'000'000;
const QByteArray SecretOne(32, 'a');
const QByteArray SecretTwo = QByteArray("second secret, at least 32 bytes long");
const QString Issuer = QStringLiteral("https://issuer.test");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestJwtVerifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejects_data();
    void rejects();
    void accepts_data();
    void accepts();

private:
    QJsonObject claims(std::initializer_list<std::pair<QString, QJsonValue>> changes = {}) const;
    QByteArray hs(const QJsonObject &payload, const QString &kid = s("hs1"),
                  const QByteArray &secret = SecretOne) const;
    QByteArray rs(const QJsonObject &payload, const QString &kid = s("rsa1")) const;
    QByteArray es(const QJsonObject &payload, const QString &kid = s("ec1")) const;

    ManualClock m_clock {QDateTime::fromSecsSinceEpoch(Now, Qt::UTC)};
    // Made here rather than in initTestCase(): "-datatags" runs the _data functions without it.
    TestKeyPair m_rsa = JwtTestKeys::rsa();
    TestKeyPair m_otherRsa = JwtTestKeys::rsa();
    TestKeyPair m_ec = JwtTestKeys::ec();
    std::optional<JwtVerifier> m_verifier;
};

void TestJwtVerifier::initTestCase()
{
    JwtVerifierOptions options;
    options.keys = {*JwtKey::hmacSecret(SecretOne, s("hs1")), *JwtKey::hmacSecret(SecretTwo, s("hs2")),
                    *JwtKey::publicKey(JwtAlgorithm::RS256, m_rsa.publicPem, s("rsa1")),
                    *JwtKey::publicKey(JwtAlgorithm::ES256, m_ec.publicPem, s("ec1"))};
    options.issuers = {Issuer};
    options.audiences = {s("gatehouse")};
    options.leeway = std::chrono::seconds(60);
    auto verifier = JwtVerifier::create(options, &m_clock);
    QVERIFY2(verifier, qPrintable(verifier ? QString() : verifier.error()));
    m_verifier = *verifier;
}

QJsonObject TestJwtVerifier::claims(std::initializer_list<std::pair<QString, QJsonValue>> changes) const
{
    QJsonObject payload {{s("sub"), s("u1")},   {s("name"), s("Alice")},    {s("role"), s("user")},
                         {s("iss"), Issuer},    {s("aud"), s("gatehouse")}, {s("iat"), Now},
                         {s("exp"), Now + 900}, {s("jti"), s("token-1")}};
    for (const auto &[name, value] : changes) {
        if (value.isUndefined())
            payload.remove(name);
        else
            payload.insert(name, value);
    }
    return payload;
}

QByteArray TestJwtVerifier::hs(const QJsonObject &payload, const QString &kid, const QByteArray &secret) const
{
    QJsonObject headers;
    if (!kid.isEmpty())
        headers.insert(s("kid"), kid);
    return JwtTestKeys::sign(JWT_ALG_HS256, secret, payload, headers);
}

QByteArray TestJwtVerifier::rs(const QJsonObject &payload, const QString &kid) const
{
    return JwtTestKeys::sign(JWT_ALG_RS256, m_rsa.privatePem, payload,
                             kid.isEmpty() ? QJsonObject() : QJsonObject {{s("kid"), kid}});
}

QByteArray TestJwtVerifier::es(const QJsonObject &payload, const QString &kid) const
{
    return JwtTestKeys::sign(JWT_ALG_ES256, m_ec.privatePem, payload, QJsonObject {{s("kid"), kid}});
}

void TestJwtVerifier::rejects_data()
{
    using R = JwtError::Reason;
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const auto row = [](const char *name, const QByteArray &token, R reason, const char *messagePart) {
        const QString code = reason == R::Expired ? s("token_expired") : s("invalid_token");
        QTest::newRow(name) << token << int(reason) << code << s(messagePart);
    };
    const QByteArray good = hs(claims());
    const QByteArray goodRs = rs(claims());
    const QList<QByteArray> parts = good.split('.');
    const QByteArray hsHeader = R"({"alg":"HS256","typ":"JWT","kid":"hs1"})";
    const QByteArray payload = JwtTestKeys::json(claims());
    const auto withSignature = [](const QByteArray &token, const QByteArray &signature) -> QByteArray {
        return token.left(token.lastIndexOf('.') + 1) + signature;
    };
    const auto flipFirstSignatureChar = [](QByteArray token) {
        const qsizetype at = token.lastIndexOf('.') + 1;
        token[at] = token.at(at) == 'A' ? 'B' : 'A';
        return token;
    };

    // Size and structure, all before any JSON is parsed or libjwt runs.
    row("oversized garbage", QByteArray(8 * 1024 + 1, 'a'), R::Oversized, "limit");
    row("oversized but well signed", hs(claims({{s("pad"), QString(8 * 1024, QLatin1Char('x'))}})),
        R::Oversized, "limit");
    row("empty", QByteArray(), R::Malformed, "empty");
    row("one part", parts.at(0), R::Malformed, "3 parts");
    row("two parts", parts.at(0) + '.' + parts.at(1), R::Malformed, "3 parts");
    row("four parts", goodRs + ".AAAA", R::Malformed, "3 parts");
    row("five parts (JWE)", "a.b.c.d.e", R::Malformed, "JWE");
    row("Bearer prefix left on", "Bearer " + good, R::Malformed, "header is not base64url");
    row("padded header", JwtTestKeys::base64Url(hsHeader) + "==." + parts.at(1) + '.' + parts.at(2),
        R::Malformed, "header is not base64url");
    row("header not JSON", JwtTestKeys::assemble("not json", payload, parts.at(2)), R::Malformed,
        "header is not a JSON object");
    row("header is an array", JwtTestKeys::assemble(R"(["HS256"])", payload, parts.at(2)), R::Malformed,
        "header is not a JSON object");
    row("header with trailing comma", JwtTestKeys::assemble(R"({"alg":"HS256",})", payload, parts.at(2)),
        R::Malformed, "header is not a JSON object");
    row("header without alg", JwtTestKeys::forgeHs256(R"({"typ":"JWT"})", payload, SecretOne), R::Malformed,
        "\"alg\"");
    row("payload not base64url", parts.at(0) + ".e30*." + parts.at(2), R::Malformed,
        "payload is not base64url");
    row("payload not JSON", JwtTestKeys::forgeHs256(hsHeader, "{sub:1}", SecretOne), R::Malformed,
        "payload is not a JSON object");
    row("payload is an array", JwtTestKeys::forgeHs256(hsHeader, "[1]", SecretOne), R::Malformed,
        "payload is not a JSON object");
    row("no signature", withSignature(good, {}), R::Malformed, "no signature");
    row("signature with a non-url character", withSignature(good, parts.at(2).left(10) + '+'), R::Malformed,
        "signature is not base64url");
    {
        // The same bytes spelled with different unused low bits: libjwt verifies it for RS256.
        // A 256-byte RS256 signature ends in a character with 4 unused bits: A, Q, g or w.
        QByteArray token = goodRs;
        QVERIFY(QByteArray("AQgw").contains(token.back()));
        token.back() = char(token.back() + 1);
        row("non-canonical signature base64", token, R::Malformed, "signature is not base64url");
    }
    row("crit header", JwtTestKeys::forgeHs256(R"({"alg":"HS256","crit":["exp"]})", payload, SecretOne),
        R::Malformed, "crit");
    row("typ is not JWT", JwtTestKeys::forgeHs256(R"({"alg":"HS256","typ":"at+jwt"})", payload, SecretOne),
        R::Malformed, "typ");
    row("kid is a number", JwtTestKeys::forgeHs256(R"({"alg":"HS256","kid":1})", payload, SecretOne),
        R::Malformed, "kid");

    // Algorithms.
    row("alg none, unsigned", JwtTestKeys::assemble(R"({"alg":"none"})", payload), R::AlgorithmNone, "none");
    row("alg NONE with a signature", JwtTestKeys::assemble(R"({"alg":"NONE"})", payload, parts.at(2)),
        R::AlgorithmNone, "none");
    row("duplicate alg, the last is none",
        JwtTestKeys::forgeHs256(R"({"alg":"HS256","alg":"none"})", payload, SecretOne), R::AlgorithmNone,
        "none");
    row("lowercase hs256 (libjwt accepts it)",
        JwtTestKeys::forgeHs256(R"({"alg":"hs256","kid":"hs1"})", payload, SecretOne), R::AlgorithmNotAllowed,
        "hs256");
    row("HS512", JwtTestKeys::sign(JWT_ALG_HS512, SecretOne, claims()), R::AlgorithmNotAllowed, "HS512");
    row("RS512", JwtTestKeys::sign(JWT_ALG_RS512, m_rsa.privatePem, claims()), R::AlgorithmNotAllowed,
        "RS512");
    row("HS/RS confusion: HMAC keyed with the RSA public key",
        JwtTestKeys::forgeHs256(R"({"alg":"HS256","typ":"JWT","kid":"rsa1"})", payload,
                                JwtKey::publicKey(JwtAlgorithm::RS256, m_rsa.publicPem)->material()),
        R::AlgorithmNotAllowed, "pinned");
    row("HS/RS confusion without kid",
        JwtTestKeys::forgeHs256(R"({"alg":"HS256","typ":"JWT"})", payload,
                                JwtKey::publicKey(JwtAlgorithm::RS256, m_rsa.publicPem)->material()),
        R::BadSignature, "signature");
    row("ES256 token naming the RSA key",
        JwtTestKeys::sign(JWT_ALG_ES256, m_ec.privatePem, claims(), QJsonObject {{s("kid"), s("rsa1")}}),
        R::AlgorithmNotAllowed, "pinned");
    row("unknown kid", hs(claims(), s("nope")), R::UnknownKey, "nope");

    // Signatures.
    row("tampered payload (role raised)",
        parts.at(0) + '.' + JwtTestKeys::base64Url(JwtTestKeys::json(claims({{s("role"), s("admin")}}))) + '.'
            + parts.at(2),
        R::BadSignature, "signature");
    row("tampered HS256 signature", flipFirstSignatureChar(good), R::BadSignature, "signature");
    row("tampered RS256 signature", flipFirstSignatureChar(goodRs), R::BadSignature, "signature");
    row("tampered ES256 signature", flipFirstSignatureChar(es(claims())), R::BadSignature, "signature");
    row("another HS256 secret", hs(claims(), s("hs1"), QByteArray(32, 'b')), R::BadSignature, "signature");
    row("another RSA key",
        JwtTestKeys::sign(JWT_ALG_RS256, m_otherRsa.privatePem, claims(), {{s("kid"), s("rsa1")}}),
        R::BadSignature, "signature");
    row("embedded jwk header is ignored",
        JwtTestKeys::sign(JWT_ALG_RS256, m_otherRsa.privatePem, claims(),
                          {{s("kid"), s("rsa1")}, {s("jwk"), m_otherRsa.jwk}}),
        R::BadSignature, "signature");

    // Claims (all on validly signed tokens); the leeway is 60 s.
    row("expired", hs(claims({{s("exp"), Now - 61}})), R::Expired, "expired");
    row("expired at the leeway edge", hs(claims({{s("exp"), Now - 60}})), R::Expired, "expired");
    row("expired, RS256", rs(claims({{s("exp"), Now - 3600}})), R::Expired, "expired");
    row("not yet valid", hs(claims({{s("nbf"), Now + 61}})), R::NotYetValid, "not valid before");
    row("issued in the future", hs(claims({{s("iat"), Now + 61}})), R::IssuedInFuture, "future");
    row("wrong issuer", hs(claims({{s("iss"), s("https://evil.test")}})), R::WrongIssuer, "evil.test");
    row("no issuer", hs(claims({{s("iss"), QJsonValue::Undefined}})), R::WrongIssuer, "no issuer");
    row("wrong audience", hs(claims({{s("aud"), s("other")}})), R::WrongAudience, "other");
    row("wrong audience array", hs(claims({{s("aud"), QJsonArray {s("a"), s("b")}}})), R::WrongAudience,
        "'a', 'b'");
    row("no audience", hs(claims({{s("aud"), QJsonValue::Undefined}})), R::WrongAudience, "no audience");
    row("no exp", hs(claims({{s("exp"), QJsonValue::Undefined}})), R::MissingClaim, "expiry");
    row("no sub", hs(claims({{s("sub"), QJsonValue::Undefined}})), R::MissingClaim, "\"sub\"");
    row("empty sub", hs(claims({{s("sub"), s("")}})), R::MissingClaim, "\"sub\"");
    row("sub is an object", hs(claims({{s("sub"), QJsonObject()}})), R::InvalidClaim, "\"sub\"");
    row("exp is a string", hs(claims({{s("exp"), s("1700000900")}})), R::InvalidClaim, "\"exp\"");
    row("exp out of range", hs(claims({{s("exp"), 1e20}})), R::InvalidClaim, "out of range");
    row("nbf negative", hs(claims({{s("nbf"), -5}})), R::InvalidClaim, "out of range");
    row("iss is a number", hs(claims({{s("iss"), 7}})), R::InvalidClaim, "\"iss\"");
    row("aud holds a number", hs(claims({{s("aud"), QJsonArray {s("gatehouse"), 1}}})), R::InvalidClaim,
        "\"aud\"");
    row("jti is a number", hs(claims({{s("jti"), 7}})), R::InvalidClaim, "\"jti\"");
    row("expired and wrong issuer: not worth a refresh",
        hs(claims({{s("exp"), Now - 3600}, {s("iss"), s("https://evil.test")}})), R::WrongIssuer, "issuer");
}

void TestJwtVerifier::rejects()
{
    QFETCH(QByteArray, token);
    QFETCH(int, reason);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    const auto result = m_verifier->verify(QByteArrayView(token));
    QVERIFY2(!result, "the token was accepted");
    const JwtError &error = result.error();
    QVERIFY2(int(error.reason) == reason,
             qPrintable(QStringLiteral("reason %1, expected %2: %3")
                            .arg(int(error.reason))
                            .arg(reason)
                            .arg(error.message)));
    QCOMPARE(error.codeString(), code);
    QVERIFY2(error.message.contains(messagePart),
             qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"").arg(error.message, messagePart)));
}

void TestJwtVerifier::accepts_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("keyId");

    const auto row = [](const char *name, const QByteArray &token, const char *userId,
                        const char *displayName, const char *role, const char *keyId) {
        QTest::newRow(name) << token << s(userId) << s(displayName) << s(role) << s(keyId);
    };
    row("HS256", hs(claims()), "u1", "Alice", "user", "hs1");
    row("HS256, second secret, no kid", hs(claims(), QString(), SecretTwo), "u1", "Alice", "user", "hs2");
    row("RS256 from PEM", rs(claims()), "u1", "Alice", "user", "rsa1");
    row("RS256 without kid", rs(claims(), QString()), "u1", "Alice", "user", "rsa1");
    row("ES256 from PEM", es(claims()), "u1", "Alice", "user", "ec1");
    row("aud array", hs(claims({{s("aud"), QJsonArray {s("other"), s("gatehouse")}}})), "u1", "Alice", "user",
        "hs1");
    row("exp just inside the leeway", hs(claims({{s("exp"), Now - 59}})), "u1", "Alice", "user", "hs1");
    row("nbf at the leeway edge", hs(claims({{s("nbf"), Now + 60}})), "u1", "Alice", "user", "hs1");
    row("iat at the leeway edge", hs(claims({{s("iat"), Now + 60}})), "u1", "Alice", "user", "hs1");
    row("fractional exp", hs(claims({{s("exp"), double(Now) + 0.5}})), "u1", "Alice", "user", "hs1");
    row("no iat, no jti", hs(claims({{s("iat"), QJsonValue::Undefined}, {s("jti"), QJsonValue::Undefined}})),
        "u1", "Alice", "user", "hs1");
    row("numeric sub", hs(claims({{s("sub"), 42}})), "42", "Alice", "user", "hs1");
    row("preferred_username",
        hs(claims({{s("name"), QJsonValue::Undefined}, {s("preferred_username"), s("al")}})), "u1", "al",
        "user", "hs1");
    row("no name at all", hs(claims({{s("name"), QJsonValue::Undefined}})), "u1", "", "user", "hs1");
    row("role admin", hs(claims({{s("role"), s("admin")}})), "u1", "Alice", "admin", "hs1");
    row("role in capitals", hs(claims({{s("role"), s("Moderator")}})), "u1", "Alice", "moderator", "hs1");
    row("unknown role", hs(claims({{s("role"), s("superuser")}})), "u1", "Alice", "user", "hs1");
    row("role is a number", hs(claims({{s("role"), 3}})), "u1", "Alice", "user", "hs1");
    row("no role", hs(claims({{s("role"), QJsonValue::Undefined}})), "u1", "Alice", "user", "hs1");
    row("roles array, highest wins",
        hs(claims({{s("role"), QJsonValue::Undefined},
                   {s("roles"), QJsonArray {s("user"), s("moderator"), s("x")}}})),
        "u1", "Alice", "moderator", "hs1");
    row("roles array with admin",
        hs(claims({{s("role"), QJsonValue::Undefined}, {s("roles"), QJsonArray {s("admin"), s("user")}}})),
        "u1", "Alice", "admin", "hs1");
    row("role wins over roles", hs(claims({{s("roles"), QJsonArray {s("admin")}}})), "u1", "Alice", "user",
        "hs1");
    row("typ in lowercase",
        JwtTestKeys::forgeHs256(R"({"alg":"HS256","typ":"jwt"})", JwtTestKeys::json(claims()), SecretOne),
        "u1", "Alice", "user", "hs1");
}

void TestJwtVerifier::accepts()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, userId);
    QFETCH(QString, name);
    QFETCH(QString, role);
    QFETCH(QString, keyId);

    const auto result = m_verifier->verify(QByteArrayView(token));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->userId, userId);
    QCOMPARE(result->name, name);
    QCOMPARE(result->role, role);
    QCOMPARE(result->keyId, keyId);
    QCOMPARE(result->issuer, Issuer);
    QCOMPARE(result->claims.value(s("sub")).isUndefined(), false);
    if (result->claims.contains(s("iat")))
        QCOMPARE(result->issuedAt,
                 QDateTime::fromSecsSinceEpoch(result->claims.value(s("iat")).toInteger(), Qt::UTC));
    QVERIFY(result->expiresAt.isValid());
    // The QString overload agrees.
    QVERIFY(m_verifier->verify(QString::fromLatin1(token)));
}

QTEST_GUILESS_MAIN(TestJwtVerifier)
#include "tst_jwtverifier.moc"
