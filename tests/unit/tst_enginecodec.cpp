// Engine.IO v4 wire format: single packets (WebSocket frames) and long-polling payloads.
// Reference behaviour: engine.io-parser v5 and the Engine.IO v4 protocol document.
#include "core/protocol/EngineCodec.h"

#include <QTest>

using namespace gatehouse;

namespace gatehouse {

char *toString(const EnginePacket &packet)
{
    QByteArray text;
    if (packet.binary)
        text = "binary(" + packet.data.toHex(' ') + ')';
    else
        text = "text(" + QByteArray(1, static_cast<char>(packet.type)) + ", \"" + packet.data + "\")";
    return qstrdup(text.constData());
}

} // namespace gatehouse

Q_DECLARE_METATYPE(gatehouse::EnginePacket)

namespace {

EnginePacket text(EnginePacketType type, const QByteArray &data = {})
{
    return EnginePacket::text(type, data);
}

EnginePacket message(const QByteArray &data)
{
    return EnginePacket::text(EnginePacketType::Message, data);
}

template <typename T> QByteArray errorOf(const Expected<T, QString> &result)
{
    return result.hasValue() ? QByteArray() : result.error().toUtf8();
}

const QByteArray Euro = QByteArrayLiteral("\xe2\x82\xac"); // U+20AC
const QByteArray LineSeparator = QByteArrayLiteral("\xe2\x80\xa8"); // U+2028
const QByteArray Emoji = QByteArrayLiteral("\xf0\x9f\x98\x80"); // U+1F600
const QByteArray Handshake = QByteArrayLiteral(R"({"sid":"lv_VI97HAXpY6yYWAAAC","upgrades":["websocket"],)"
                                               R"("pingInterval":25000,"pingTimeout":5000,)"
                                               R"("maxPayload":1000000})");

} // namespace

class TestEngineCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encodeText_data();
    void encodeText();
    void decodeText_data();
    void decodeText();
    void decodeTextBinary_data();
    void decodeTextBinary();
    void decodeTextInvalid_data();
    void decodeTextInvalid();

    void encodePayload_data();
    void encodePayload();
    void appendToPayload();
    void decodePayload_data();
    void decodePayload();
    void payloadRoundTrip_data();
    void payloadRoundTrip();
    void decodePayloadInvalid_data();
    void decodePayloadInvalid();
};

// Rows shared by encodeText and decodeText: a text packet and its frame.
static void addTextRows()
{
    QTest::addColumn<EnginePacket>("packet");
    QTest::addColumn<QByteArray>("frame");

    QTest::newRow("open") << text(EnginePacketType::Open, Handshake)
                          << QByteArray(QByteArrayLiteral("0") + Handshake);
    QTest::newRow("open, no data") << text(EnginePacketType::Open) << QByteArrayLiteral("0");
    QTest::newRow("close") << text(EnginePacketType::Close) << QByteArrayLiteral("1");
    QTest::newRow("ping") << text(EnginePacketType::Ping) << QByteArrayLiteral("2");
    QTest::newRow("ping probe") << text(EnginePacketType::Ping, "probe") << QByteArrayLiteral("2probe");
    QTest::newRow("pong") << text(EnginePacketType::Pong) << QByteArrayLiteral("3");
    QTest::newRow("pong probe") << text(EnginePacketType::Pong, "probe") << QByteArrayLiteral("3probe");
    QTest::newRow("spec: message hello") << message("hello") << QByteArrayLiteral("4hello");
    QTest::newRow("message, empty") << message({}) << QByteArrayLiteral("4");
    QTest::newRow("message, socket.io event")
        << message(R"(2["hey","Jude"])") << QByteArrayLiteral(R"(42["hey","Jude"])");
    QTest::newRow("message, socket.io connect") << message("0") << QByteArrayLiteral("40");
    QTest::newRow("message, digits") << message("123") << QByteArrayLiteral("4123");
    QTest::newRow("message, starts with b") << message("bAQIDBA==") << QByteArrayLiteral("4bAQIDBA==");
    QTest::newRow("message, unicode") << message(Euro + LineSeparator + Emoji)
                                      << QByteArray(QByteArrayLiteral("4") + Euro + LineSeparator + Emoji);
    QTest::newRow("message, record separator inside (websocket)") << message("a\x1e"
                                                                             "b")
                                                                  << QByteArrayLiteral("4a\x1e"
                                                                                       "b");
    QTest::newRow("message, NUL and newline") << message(QByteArray("a\0\nb", 4)) << QByteArray("4a\0\nb", 5);
    QTest::newRow("upgrade") << text(EnginePacketType::Upgrade) << QByteArrayLiteral("5");
    QTest::newRow("noop") << text(EnginePacketType::Noop) << QByteArrayLiteral("6");
}

void TestEngineCodec::encodeText_data()
{
    addTextRows();
}

void TestEngineCodec::encodeText()
{
    QFETCH(EnginePacket, packet);
    QFETCH(QByteArray, frame);
    QCOMPARE(EngineCodec::encodeText(packet), frame);
}

void TestEngineCodec::decodeText_data()
{
    addTextRows();
}

void TestEngineCodec::decodeText()
{
    QFETCH(EnginePacket, packet);
    QFETCH(QByteArray, frame);
    const auto decoded = EngineCodec::decodeText(frame);
    QVERIFY2(decoded.hasValue(), errorOf(decoded).constData());
    QCOMPARE(*decoded, packet);
    QCOMPARE(EngineCodec::encodeText(*decoded), frame);
}

// engine.io-parser's decodePacket takes "b" + base64 in any text frame (clients with
// forceBase64 send binary that way over WebSocket too); its encodePacket without binary support
// produces it.
void TestEngineCodec::decodeTextBinary_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("spec buffer 01020304")
        << QByteArrayLiteral("bAQIDBA==") << QByteArrayLiteral("\x01\x02\x03\x04");
    QTest::newRow("b alone: empty buffer") << QByteArrayLiteral("b") << QByteArray();
    QTest::newRow("one byte") << QByteArrayLiteral("bAA==") << QByteArray(1, '\0');
    QTest::newRow("all bit patterns") << QByteArrayLiteral("b+/8=") << QByteArrayLiteral("\xfb\xff");
    QTest::newRow("separator and NUL bytes")
        << QByteArrayLiteral("bHgD/") << QByteArrayLiteral("\x1e\x00\xff");
}

void TestEngineCodec::decodeTextBinary()
{
    QFETCH(QByteArray, frame);
    QFETCH(QByteArray, bytes);
    const auto decoded = EngineCodec::decodeText(frame);
    QVERIFY2(decoded.hasValue(), errorOf(decoded).constData());
    QCOMPARE(*decoded, EnginePacket::bytes(bytes));
    QCOMPARE(EngineCodec::encodeText(*decoded), frame);
}

void TestEngineCodec::decodeTextInvalid_data()
{
    QTest::addColumn<QByteArray>("frame");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("type 7") << QByteArrayLiteral("7");
    QTest::newRow("type 7 with data") << QByteArrayLiteral("7hello");
    QTest::newRow("type 9") << QByteArrayLiteral("9");
    QTest::newRow("letter x") << QByteArrayLiteral("x");
    QTest::newRow("spec test suite: abc") << QByteArrayLiteral("abc");
    QTest::newRow("uppercase B") << QByteArrayLiteral("BAQIDBA==");
    QTest::newRow("leading space") << QByteArrayLiteral(" 4hello");
    QTest::newRow("NUL type") << QByteArray(1, '\0');
    QTest::newRow("record separator") << QByteArrayLiteral("\x1e");
    QTest::newRow("minus") << QByteArrayLiteral("-1");
    QTest::newRow("non-ASCII first byte") << QByteArray(Euro + QByteArrayLiteral("4"));
    QTest::newRow("b + invalid base64 chars") << QByteArrayLiteral("b!!!!");
    QTest::newRow("b + base64 with space") << QByteArrayLiteral("bAQID BA==");
    QTest::newRow("b + misplaced padding") << QByteArrayLiteral("bAQ=ID");
    QTest::newRow("b + data after padding") << QByteArrayLiteral("bAQIDBA==AQ==");
}

void TestEngineCodec::decodeTextInvalid()
{
    QFETCH(QByteArray, frame);
    const auto decoded = EngineCodec::decodeText(frame);
    QVERIFY2(!decoded.hasValue(), "an invalid frame was accepted");
    QVERIFY(!decoded.error().isEmpty());
}

// Rows shared by encodePayload, decodePayload and the round trip.
static void addPayloadRows()
{
    QTest::addColumn<QList<EnginePacket>>("packets");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("spec: 4hello 2 4world")
        << QList<EnginePacket> {message("hello"), text(EnginePacketType::Ping), message("world")}
        << QByteArrayLiteral("4hello\x1e"
                             "2\x1e"
                             "4world");
    QTest::newRow("spec: text and binary")
        << QList<EnginePacket> {message("hello"), EnginePacket::bytes(QByteArrayLiteral("\x01\x02\x03\x04"))}
        << QByteArrayLiteral("4hello\x1e"
                             "bAQIDBA==");
    QTest::newRow("spec sample session: two events")
        << QList<EnginePacket> {message(R"(2["hello"])"), message(R"(2["world"])")}
        << QByteArrayLiteral("42[\"hello\"]\x1e"
                             "42[\"world\"]");
    QTest::newRow("single packet: no separator")
        << QList<EnginePacket> {message("hello")} << QByteArrayLiteral("4hello");
    QTest::newRow("open handshake") << QList<EnginePacket> {text(EnginePacketType::Open, Handshake)}
                                    << QByteArray(QByteArrayLiteral("0") + Handshake);
    QTest::newRow("every type") << QList<EnginePacket> {text(EnginePacketType::Open),
                                                        text(EnginePacketType::Close),
                                                        text(EnginePacketType::Ping),
                                                        text(EnginePacketType::Pong),
                                                        message({}),
                                                        text(EnginePacketType::Upgrade),
                                                        text(EnginePacketType::Noop)}
                                << QByteArrayLiteral("0\x1e"
                                                     "1\x1e"
                                                     "2\x1e"
                                                     "3\x1e"
                                                     "4\x1e"
                                                     "5\x1e"
                                                     "6");
    QTest::newRow("empty messages") << QList<EnginePacket> {message({}), message({})}
                                    << QByteArrayLiteral("4\x1e"
                                                         "4");
    QTest::newRow("empty binary") << QList<EnginePacket> {EnginePacket::bytes({})} << QByteArrayLiteral("b");
    QTest::newRow("empty binary between texts")
        << QList<EnginePacket> {message("a"), EnginePacket::bytes({}), message("b")}
        << QByteArrayLiteral("4a\x1e"
                             "b\x1e"
                             "4b");
    QTest::newRow("binary holding separator bytes")
        << QList<EnginePacket> {EnginePacket::bytes(QByteArrayLiteral("\x1e\x00\xff")), message("x")}
        << QByteArrayLiteral("bHgD/\x1e"
                             "4x");
    QTest::newRow("two binaries") << QList<EnginePacket> {EnginePacket::bytes(QByteArrayLiteral("\x01\x02")),
                                                          EnginePacket::bytes(QByteArrayLiteral("\x03\x04"))}
                                  << QByteArrayLiteral("bAQI=\x1e"
                                                       "bAwQ=");
    QTest::newRow("unicode") << QList<EnginePacket> {message(Euro), message(Emoji + LineSeparator)}
                             << QByteArray(QByteArrayLiteral("4") + Euro + '\x1e' + '4' + Emoji
                                           + LineSeparator);
    QTest::newRow("text starting with b") << QList<EnginePacket> {message("b")} << QByteArrayLiteral("4b");
}

void TestEngineCodec::encodePayload_data()
{
    addPayloadRows();
    QTest::newRow("no packets") << QList<EnginePacket> {} << QByteArray();
}

void TestEngineCodec::encodePayload()
{
    QFETCH(QList<EnginePacket>, packets);
    QFETCH(QByteArray, body);
    QCOMPARE(EngineCodec::encodePayload(packets), body);
}

void TestEngineCodec::appendToPayload()
{
    QByteArray payload;
    EngineCodec::appendToPayload(payload, message("hello"));
    QCOMPARE(payload, QByteArrayLiteral("4hello"));
    EngineCodec::appendToPayload(payload, EnginePacket::bytes(QByteArrayLiteral("\x01\x02\x03\x04")));
    QCOMPARE(payload,
             QByteArrayLiteral("4hello\x1e"
                               "bAQIDBA=="));
    EngineCodec::appendToPayload(payload, text(EnginePacketType::Noop));
    QCOMPARE(payload,
             QByteArrayLiteral("4hello\x1e"
                               "bAQIDBA==\x1e"
                               "6"));
}

void TestEngineCodec::decodePayload_data()
{
    addPayloadRows();
}

void TestEngineCodec::decodePayload()
{
    QFETCH(QList<EnginePacket>, packets);
    QFETCH(QByteArray, body);
    const auto decoded = EngineCodec::decodePayload(body);
    QVERIFY2(decoded.hasValue(), errorOf(decoded).constData());
    QCOMPARE(*decoded, packets);
}

void TestEngineCodec::payloadRoundTrip_data()
{
    addPayloadRows();
}

void TestEngineCodec::payloadRoundTrip()
{
    QFETCH(QList<EnginePacket>, packets);
    const QByteArray body = EngineCodec::encodePayload(packets);
    const auto decoded = EngineCodec::decodePayload(body);
    QVERIFY(decoded.hasValue());
    QCOMPARE(*decoded, packets);
    QCOMPARE(EngineCodec::encodePayload(*decoded), body);
}

// engine.io-parser's decodePayload yields an error packet for any segment that is not a packet,
// and the server then answers 400 and closes the session; we reject the whole body.
void TestEngineCodec::decodePayloadInvalid_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("separator alone") << QByteArrayLiteral("\x1e");
    QTest::newRow("leading separator") << QByteArrayLiteral("\x1e"
                                                            "4hello");
    QTest::newRow("trailing separator") << QByteArrayLiteral("4hello\x1e");
    QTest::newRow("empty segment between separators") << QByteArrayLiteral("4a\x1e\x1e"
                                                                           "4b");
    QTest::newRow("spec test suite: abc") << QByteArrayLiteral("abc");
    QTest::newRow("unknown type 7") << QByteArrayLiteral("7");
    QTest::newRow("unknown type in second segment") << QByteArrayLiteral("4hello\x1e"
                                                                         "7");
    QTest::newRow("unknown letter in last segment") << QByteArrayLiteral("4a\x1e"
                                                                         "4b\x1e"
                                                                         "x");
    QTest::newRow("invalid base64 chars") << QByteArrayLiteral("b!!!!");
    QTest::newRow("base64 with space") << QByteArrayLiteral("4hello\x1e"
                                                            "bAQID BA==");
    QTest::newRow("misplaced padding") << QByteArrayLiteral("bAQ=ID");
    QTest::newRow("data after padding") << QByteArrayLiteral("bAQIDBA==AQ==\x1e"
                                                             "4x");
    QTest::newRow("base64url alphabet") << QByteArrayLiteral("b-_8=");
}

void TestEngineCodec::decodePayloadInvalid()
{
    QFETCH(QByteArray, body);
    const auto decoded = EngineCodec::decodePayload(body);
    QVERIFY2(!decoded.hasValue(), "an invalid payload was accepted");
    QVERIFY(!decoded.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestEngineCodec)
#include "tst_enginecodec.moc"
