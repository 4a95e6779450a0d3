// The signer: the documented claims, lifetime, issuer / audience / kid, refusals, and expiry of
// what it issues as the clock moves.
#include "JwtTestKeys.h"
#include "core/Clock.h"
#include "core/auth/JwtSigner.h"
#include "core/auth/JwtVerifier.h"

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

QJsonObject decodePart(const QString &token, int part)
{
    const QByteArray text = token.toLatin1().split('.').at(part);
    return QJsonDocument::fromJson(QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding)).object();
}

} // namespace

class TestJwtSigner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signsTheDocumentedClaims();
    void signsIssuerAudienceAndKid();
    void extraClaimsNeverOverrideRegisteredOnes();
    void signerRefusesBadInput();
    void expiryFollowsTheClock_data();
    void expiryFollowsTheClock();

private:
    JwtVerifier verifierFor(const QList<JwtKey> &keys, JwtVerifierOptions options = {})
    {
        options.keys = keys;
        return *JwtVerifier::create(options, &m_clock);
    }
    ManualClock m_clock {QDateTime::fromSecsSinceEpoch(Now, Qt::UTC)};
};

void TestJwtSigner::signsTheDocumentedClaims()
{
    m_clock.set(QDateTime::fromSecsSinceEpoch(Now, Qt::UTC));
    const auto signer = JwtSigner::create(Secret, {}, &m_clock);
    QVERIFY(signer);
    const auto issued = signer->sign({s("42"), s("Alice"), s("moderator"), {}});
    QVERIFY2(issued, qPrintable(issued ? QString() : issued.error()));
    QCOMPARE(issued->expiresIn(), 15 * 60);
    QCOMPARE(issued->issuedAt, QDateTime::fromSecsSinceEpoch(Now, Qt::UTC));

    const QJsonObject header = decodePart(issued->token, 0);
    QCOMPARE(header.value(s("alg")).toString(), s("HS256"));
    QCOMPARE(header.value(s("typ")).toString(), s("JWT"));
    QVERIFY(!header.contains(s("kid")));
    const QJsonObject claims = decodePart(issued->token, 1);
    QCOMPARE(claims.value(s("sub")).toString(), s("42"));
    QCOMPARE(claims.value(s("name")).toString(), s("Alice"));
    QCOMPARE(claims.value(s("role")).toString(), s("moderator"));
    QCOMPARE(claims.value(s("iat")).toInteger(), Now);
    QCOMPARE(claims.value(s("exp")).toInteger(), Now + 900);
    QCOMPARE(claims.value(s("jti")).toString(), issued->jti);
    QVERIFY(!claims.contains(s("iss")) && !claims.contains(s("aud")));

    const auto verified = verifierFor({signer->verificationKey()}).verify(issued->token);
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    QCOMPARE(verified->userId, s("42"));
    QCOMPARE(verified->name, s("Alice"));
    QCOMPARE(verified->role, s("moderator"));
    QCOMPARE(verified->jti, issued->jti);
    QCOMPARE(verified->expiresAt, issued->expiresAt);
    QVERIFY(signer->sign({s("42"), {}, s("user"), {}})->jti != issued->jti);
}

void TestJwtSigner::signsIssuerAudienceAndKid()
{
    JwtSignerOptions options;
    options.issuer = s("gatehouse");
    options.audience = {s("gatehouse")};
    options.keyId = s("2024-01");
    options.lifetime = std::chrono::minutes(5);
    const auto signer = JwtSigner::create(Secret, options, &m_clock);
    const auto issued = signer->sign({s("u1"), {}, s("user"), {}});
    QCOMPARE(decodePart(issued->token, 0).value(s("kid")).toString(), s("2024-01"));
    QCOMPARE(decodePart(issued->token, 1).value(s("aud")).toString(), s("gatehouse"));
    QCOMPARE(decodePart(issued->token, 1).value(s("iss")).toString(), s("gatehouse"));
    QVERIFY(!decodePart(issued->token, 1).contains(s("name")));
    QCOMPARE(issued->expiresIn(), 300);

    JwtVerifierOptions verifierOptions;
    verifierOptions.issuers = {s("gatehouse")};
    verifierOptions.audiences = {s("gatehouse")};
    const auto verified = verifierFor({signer->verificationKey()}, verifierOptions).verify(issued->token);
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    QCOMPARE(verified->keyId, s("2024-01"));
    QCOMPARE(verified->issuer, s("gatehouse"));

    options.audience = {s("a"), s("b")};
    const auto two = JwtSigner::create(Secret, options, &m_clock)->sign({s("u1"), {}, s("user"), {}});
    QCOMPARE(decodePart(two->token, 1).value(s("aud")).toArray(), (QJsonArray {s("a"), s("b")}));
}

void TestJwtSigner::extraClaimsNeverOverrideRegisteredOnes()
{
    const auto signer = JwtSigner::create(Secret, {}, &m_clock);
    const QJsonObject extra {{s("sub"), s("evil")},
                             {s("role"), s("admin")},
                             {s("exp"), Now + 999999},
                             {s("name"), s("Mallory")},
                             {s("deviceId"), s("d1")}};
    const auto issued = signer->sign({s("u1"), {}, s("user"), extra});
    const auto verified = verifierFor({signer->verificationKey()}).verify(issued->token);
    QVERIFY(verified);
    QCOMPARE(verified->userId, s("u1"));
    QCOMPARE(verified->role, s("user"));
    QCOMPARE(verified->name, QString());
    QCOMPARE(verified->expiresAt, issued->expiresAt);
    QCOMPARE(verified->claims.value(s("deviceId")).toString(), s("d1"));
}

void TestJwtSigner::signerRefusesBadInput()
{
    QVERIFY(!JwtSigner::create(QByteArray(31, 'x'), {}, &m_clock));
    QVERIFY(JwtSigner::create(QByteArray(31, 'x'), {}, &m_clock).error().contains(s("32 bytes")));
    JwtSignerOptions zero;
    zero.lifetime = std::chrono::seconds(0);
    QVERIFY(!JwtSigner::create(Secret, zero, &m_clock));
    const auto signer = JwtSigner::create(Secret, {}, &m_clock);
    QVERIFY(!signer->sign({QString(), {}, s("user"), {}}));
    QVERIFY(signer->sign({s("u1"), {}, s("root"), {}}).error().contains(s("root")));
}

void TestJwtSigner::expiryFollowsTheClock_data()
{
    QTest::addColumn<int>("leeway");
    QTest::addColumn<int>("advance");
    QTest::addColumn<bool>("valid");
    QTest::newRow("no leeway, last second") << 0 << 899 << true;
    QTest::newRow("no leeway, at exp") << 0 << 900 << false;
    QTest::newRow("60 s leeway, last second") << 60 << 959 << true;
    QTest::newRow("60 s leeway, at exp + leeway") << 60 << 960 << false;
    QTest::newRow("clock behind the issuer by the leeway") << 60 << -60 << true;
    QTest::newRow("clock behind the issuer beyond the leeway") << 60 << -61 << false;
}

void TestJwtSigner::expiryFollowsTheClock()
{
    QFETCH(int, leeway);
    QFETCH(int, advance);
    QFETCH(bool, valid);
    m_clock.set(QDateTime::fromSecsSinceEpoch(Now, Qt::UTC));
    const auto signer = JwtSigner::create(Secret, {}, &m_clock);
    const QString token = signer->sign({s("u1"), {}, s("user"), {}})->token;
    JwtVerifierOptions options;
    options.leeway = std::chrono::seconds(leeway);
    const JwtVerifier verifier = verifierFor({signer->verificationKey()}, options);
    m_clock.advance(qint64(advance) * 1000);
    const auto result = verifier.verify(token);
    QCOMPARE(bool(result), valid);
    if (!valid)
        QCOMPARE(result.error().codeString(), advance > 0 ? s("token_expired") : s("invalid_token"));
    m_clock.set(QDateTime::fromSecsSinceEpoch(Now, Qt::UTC));
}

QTEST_GUILESS_MAIN(TestJwtSigner)
#include "tst_jwtsigner.moc"
