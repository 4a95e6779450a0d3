// Where a connecting client's token is found, per allowed source, and that a query token never
// stays in the handshake.
#include "core/auth/HandshakeCredentials.h"

#include <QTest>

using namespace gatehouse;

namespace {

using Source = HandshakeCredentials::Source;
using Sources = HandshakeCredentials::Sources;

Handshake makeHandshake(const QString &authToken, const QByteArray &authorization, const QByteArray &cookie,
                        const QByteArray &url)
{
    Handshake handshake;
    if (!authToken.isNull())
        handshake.auth.insert(QStringLiteral("token"), authToken);
    if (!authorization.isNull())
        handshake.headers.append({"authorization", authorization});
    if (!cookie.isNull())
        handshake.headers.append({"cookie", cookie});
    handshake.url = url;
    const qsizetype q = url.indexOf('?');
    if (q >= 0)
        handshake.query.setQuery(QString::fromUtf8(url.mid(q + 1)));
    return handshake;
}

} // namespace

class TestHandshakeCredentials : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void extract_data()
    {
        QTest::addColumn<QString>("authToken");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("cookie");
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<Sources>("sources");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("source");

        const Sources defaults = HandshakeCredentials::defaultSources();
        const Sources all = defaults | Source::QueryParameter;
        const QByteArray url = "/socket.io/?EIO=4&transport=polling";
        QTest::newRow("auth.token") << QStringLiteral("A") << QByteArray() << QByteArray() << url << defaults
                                    << QStringLiteral("A") << int(Source::AuthPayload);
        QTest::newRow("auth wins over header")
            << QStringLiteral("A") << QByteArray("Bearer H") << QByteArray() << url << defaults
            << QStringLiteral("A") << int(Source::AuthPayload);
        QTest::newRow("bearer header")
            << QString() << QByteArray("Bearer H.e.y") << QByteArray() << url << defaults
            << QStringLiteral("H.e.y") << int(Source::AuthorizationHeader);
        QTest::newRow("bearer is case-insensitive")
            << QString() << QByteArray("bearer   H  ") << QByteArray() << url << defaults
            << QStringLiteral("H") << int(Source::AuthorizationHeader);
        QTest::newRow("basic auth is not a token") << QString() << QByteArray("Basic dTpw") << QByteArray()
                                                   << url << defaults << QString() << int(Source::None);
        QTest::newRow("session cookie")
            << QString() << QByteArray() << QByteArray("a=1; gatehouse_session=C; b=2") << url << defaults
            << QStringLiteral("C") << int(Source::SessionCookie);
        QTest::newRow("other cookies only") << QString() << QByteArray() << QByteArray("gatehouse_sessionx=C")
                                            << url << defaults << QString() << int(Source::None);
        QTest::newRow("query is off by default")
            << QString() << QByteArray() << QByteArray() << url + "&token=Q" << defaults << QString()
            << int(Source::None);
        QTest::newRow("query when enabled")
            << QString() << QByteArray() << QByteArray() << url + "&token=Q%2Bx" << all
            << QStringLiteral("Q+x") << int(Source::QueryParameter);
        QTest::newRow("header disabled") << QString() << QByteArray("Bearer H") << QByteArray() << url
                                         << Sources(Source::AuthPayload) << QString() << int(Source::None);
        QTest::newRow("empty auth.token falls through")
            << QStringLiteral("") << QByteArray("Bearer H") << QByteArray() << url << defaults
            << QStringLiteral("H") << int(Source::AuthorizationHeader);
    }
    void extract()
    {
        QFETCH(QString, authToken);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, cookie);
        QFETCH(QByteArray, url);
        QFETCH(Sources, sources);
        QFETCH(QString, token);
        QFETCH(int, source);
        Handshake handshake = makeHandshake(authToken, authorization, cookie, url);
        const auto found = HandshakeCredentials::extract(handshake, sources);
        QCOMPARE(found.token, token);
        QCOMPARE(int(found.source), source);
    }

    void queryTokenIsRedactedFromTheHandshake()
    {
        Handshake handshake
            = makeHandshake({}, {}, {}, "/socket.io/?EIO=4&token=s3cr3t.jwt.value&transport=websocket");
        const auto found
            = HandshakeCredentials::extract(handshake, HandshakeCredentials::Sources(Source::QueryParameter));
        QCOMPARE(found.token, QStringLiteral("s3cr3t.jwt.value"));
        QVERIFY(!handshake.url.contains("s3cr3t"));
        QVERIFY(handshake.url.contains("transport=websocket"));
        QVERIFY(!handshake.query.toString().contains(QStringLiteral("s3cr3t")));
        QCOMPARE(handshake.queryItem(QStringLiteral("token")), QStringLiteral("[redacted]"));
    }

    void parseSources_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<Sources>("sources");
        QTest::newRow("all") << QStringLiteral("auth, header ,cookie,query") << true
                             << (HandshakeCredentials::defaultSources() | Source::QueryParameter);
        QTest::newRow("one") << QStringLiteral("header") << true << Sources(Source::AuthorizationHeader);
        QTest::newRow("empty") << QString() << true << Sources();
        QTest::newRow("typo") << QStringLiteral("auth, headers") << false << Sources();
    }
    void parseSources()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(Sources, sources);
        const auto parsed = HandshakeCredentials::parseSources(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, sources);
    }
};

QTEST_GUILESS_MAIN(TestHandshakeCredentials)
#include "tst_handshakecredentials.moc"
