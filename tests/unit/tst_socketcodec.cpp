// Socket.IO v5 packet format: <type>[<attachments>-][<nsp>,][<id>][<json>].
// Reference behaviour: socket.io-parser v4 (Decoder.decodeString / isPayloadValid and the binary
// reconstruction) and the Socket.IO v5 protocol document and its test suite.
#include "core/protocol/SocketCodec.h"

#include <QTest>

#include <optional>

using namespace gatehouse;

Q_DECLARE_METATYPE(gatehouse::SocketPacketType)

namespace {

constexpr quint64 MaxId = std::numeric_limits<quint64>::max();

template <typename T> QByteArray errorOf(const Expected<T, QString> &result)
{
    return result.hasValue() ? QByteArray() : result.error().toUtf8();
}

QList<QByteArray> someAttachments(int count)
{
    QList<QByteArray> attachments;
    for (int i = 0; i < count; ++i)
        attachments.append(QByteArray(i + 1, static_cast<char>(i)));
    return attachments;
}

QByteArray placeholder(int num)
{
    return QByteArrayLiteral(R"({"_placeholder":true,"num":)") + QByteArray::number(num) + '}';
}

} // namespace

class TestSocketCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void decode_data();
    void decode();
    void decodeLenient_data();
    void decodeLenient();
    void decodeInvalid_data();
    void decodeInvalid();
    void decodeLimits_data();
    void decodeLimits();
    void encodeEdgeCases();
    void placeholdersValid_data();
    void placeholdersValid();
    void reservedEventNames_data();
    void reservedEventNames();
};

// Canonical encodings: what encode() produces and decode() takes back unchanged.
static void addCanonicalRows()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<SocketPacketType>("type");
    QTest::addColumn<QString>("nsp");
    QTest::addColumn<bool>("hasId");
    QTest::addColumn<quint64>("id");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("attachments");

    const QString main = QStringLiteral("/");
    const QString admin = QStringLiteral("/admin");
    using T = SocketPacketType;

    // CONNECT
    QTest::newRow("spec: connect main")
        << QByteArrayLiteral("0") << T::Connect << main << false << 0ULL << QByteArray() << 0;
    QTest::newRow("spec: connect admin with sid")
        << QByteArrayLiteral(R"(0/admin,{"sid":"oSO0OpakMV_3jnilAAAA"})") << T::Connect << admin << false
        << 0ULL << QByteArrayLiteral(R"({"sid":"oSO0OpakMV_3jnilAAAA"})") << 0;
    QTest::newRow("spec: connect custom, no payload")
        << QByteArrayLiteral("0/custom,") << T::Connect << QStringLiteral("/custom") << false << 0ULL
        << QByteArray() << 0;
    QTest::newRow("connect main with auth") << QByteArrayLiteral(R"(0{"token":"123"})") << T::Connect << main
                                            << false << 0ULL << QByteArrayLiteral(R"({"token":"123"})") << 0;
    QTest::newRow("connect with empty object")
        << QByteArrayLiteral("0{}") << T::Connect << main << false << 0ULL << QByteArrayLiteral("{}") << 0;
    // DISCONNECT
    QTest::newRow("spec: disconnect main")
        << QByteArrayLiteral("1") << T::Disconnect << main << false << 0ULL << QByteArray() << 0;
    QTest::newRow("spec: disconnect admin")
        << QByteArrayLiteral("1/admin,") << T::Disconnect << admin << false << 0ULL << QByteArray() << 0;
    // EVENT
    QTest::newRow("spec: event") << QByteArrayLiteral(R"(2["foo"])") << T::Event << main << false << 0ULL
                                 << QByteArrayLiteral(R"(["foo"])") << 0;
    QTest::newRow("spec: event admin") << QByteArrayLiteral(R"(2/admin,["bar"])") << T::Event << admin
                                       << false << 0ULL << QByteArrayLiteral(R"(["bar"])") << 0;
    QTest::newRow("spec: event with ack id") << QByteArrayLiteral(R"(212["foo"])") << T::Event << main << true
                                             << 12ULL << QByteArrayLiteral(R"(["foo"])") << 0;
    QTest::newRow("spec sample: event admin with id")
        << QByteArrayLiteral(R"(2/admin,1["tellme"])") << T::Event << admin << true << 1ULL
        << QByteArrayLiteral(R"(["tellme"])") << 0;
    QTest::newRow("test suite: event with args")
        << QByteArrayLiteral(R"(2["message",1,"2",{"3":[true]}])") << T::Event << main << false << 0ULL
        << QByteArrayLiteral(R"(["message",1,"2",{"3":[true]}])") << 0;
    QTest::newRow("test suite: event with ack 456")
        << QByteArrayLiteral(R"(2456["message-with-ack",1,"2",{"3":[false]}])") << T::Event << main << true
        << 456ULL << QByteArrayLiteral(R"(["message-with-ack",1,"2",{"3":[false]}])") << 0;
    QTest::newRow("number as event name")
        << QByteArrayLiteral("2[1]") << T::Event << main << false << 0ULL << QByteArrayLiteral("[1]") << 0;
    QTest::newRow("parser test: number name and args")
        << QByteArrayLiteral(R"(2[1,"a",{}])") << T::Event << main << false << 0ULL
        << QByteArrayLiteral(R"([1,"a",{}])") << 0;
    QTest::newRow("empty string event name") << QByteArrayLiteral(R"(2[""])") << T::Event << main << false
                                             << 0ULL << QByteArrayLiteral(R"([""])") << 0;
    QTest::newRow("reserved name in a later argument")
        << QByteArrayLiteral(R"(2["msg","connect"])") << T::Event << main << false << 0ULL
        << QByteArrayLiteral(R"(["msg","connect"])") << 0;
    QTest::newRow("reserved name, other case") << QByteArrayLiteral(R"(2["Connect"])") << T::Event << main
                                               << false << 0ULL << QByteArrayLiteral(R"(["Connect"])") << 0;
    QTest::newRow("event ack id 0") << QByteArrayLiteral(R"(20["a"])") << T::Event << main << true << 0ULL
                                    << QByteArrayLiteral(R"(["a"])") << 0;
    QTest::newRow("event ack id uint64 max") << QByteArrayLiteral(R"(218446744073709551615["a"])") << T::Event
                                             << main << true << MaxId << QByteArrayLiteral(R"(["a"])") << 0;
    QTest::newRow("nsp with digits then id")
        << QByteArrayLiteral(R"(2/v2,7["a"])") << T::Event << QStringLiteral("/v2") << true << 7ULL
        << QByteArrayLiteral(R"(["a"])") << 0;
    QTest::newRow("unicode nsp") << QByteArrayLiteral("2/\xc3\xbc\xe2\x82\xac,[\"x\"]") << T::Event
                                 << QStringLiteral("/\u00fc\u20ac") << false << 0ULL
                                 << QByteArrayLiteral(R"(["x"])") << 0;
    QTest::newRow("nested nsp") << QByteArrayLiteral(R"(2/a/b,["x"])") << T::Event << QStringLiteral("/a/b")
                                << false << 0ULL << QByteArrayLiteral(R"(["x"])") << 0;
    QTest::newRow("unicode payload kept verbatim")
        << QByteArrayLiteral("2[\"\xe2\x80\xa8\xf0\x9f\x98\x80\",\"\\u2028\"]") << T::Event << main << false
        << 0ULL << QByteArrayLiteral("[\"\xe2\x80\xa8\xf0\x9f\x98\x80\",\"\\u2028\"]") << 0;
    QTest::newRow("placeholder-like object in plain event")
        << QByteArrayLiteral(R"(2["a",{"_placeholder":true,"num":5}])") << T::Event << main << false << 0ULL
        << QByteArrayLiteral(R"(["a",{"_placeholder":true,"num":5}])") << 0;
    // ACK
    QTest::newRow("spec: ack admin") << QByteArrayLiteral(R"(3/admin,13["bar"])") << T::Ack << admin << true
                                     << 13ULL << QByteArrayLiteral(R"(["bar"])") << 0;
    QTest::newRow("spec: ack with empty array")
        << QByteArrayLiteral("312[]") << T::Ack << main << true << 12ULL << QByteArrayLiteral("[]") << 0;
    QTest::newRow("test suite: ack back")
        << QByteArrayLiteral(R"(3456[1,"2",{"3":[false]}])") << T::Ack << main << true << 456ULL
        << QByteArrayLiteral(R"([1,"2",{"3":[false]}])") << 0;
    QTest::newRow("ack whose first element is not a string")
        << QByteArrayLiteral(R"(31[null,true,{}])") << T::Ack << main << true << 1ULL
        << QByteArrayLiteral(R"([null,true,{}])") << 0;
    QTest::newRow("ack starting with reserved name")
        << QByteArrayLiteral(R"(31["connect"])") << T::Ack << main << true << 1ULL
        << QByteArrayLiteral(R"(["connect"])") << 0;
    QTest::newRow("ack id 0") << QByteArrayLiteral("30[]") << T::Ack << main << true << 0ULL
                              << QByteArrayLiteral("[]") << 0;
    QTest::newRow("ack id uint64 max") << QByteArrayLiteral("318446744073709551615[]") << T::Ack << main
                                       << true << MaxId << QByteArrayLiteral("[]") << 0;
    // CONNECT_ERROR
    QTest::newRow("spec: connect error")
        << QByteArrayLiteral(R"(4{"message":"Not authorized"})") << T::ConnectError << main << false << 0ULL
        << QByteArrayLiteral(R"({"message":"Not authorized"})") << 0;
    QTest::newRow("parser test: connect error string")
        << QByteArrayLiteral(R"(4"Unauthorized")") << T::ConnectError << main << false << 0ULL
        << QByteArrayLiteral(R"("Unauthorized")") << 0;
    QTest::newRow("connect error admin")
        << QByteArrayLiteral(R"(4/admin,{"message":"x","data":{"a":1}})") << T::ConnectError << admin << false
        << 0ULL << QByteArrayLiteral(R"({"message":"x","data":{"a":1}})") << 0;
    // BINARY_EVENT / BINARY_ACK
    QTest::newRow("spec: binary event")
        << QByteArrayLiteral(R"(51-["baz",{"_placeholder":true,"num":0}])") << T::BinaryEvent << main << false
        << 0ULL << QByteArrayLiteral(R"(["baz",{"_placeholder":true,"num":0}])") << 1;
    QTest::newRow("spec: binary event admin, 2 attachments")
        << QByteArrayLiteral(
               R"(52-/admin,["baz",{"_placeholder":true,"num":0},{"_placeholder":true,"num":1}])")
        << T::BinaryEvent << admin << false << 0ULL
        << QByteArrayLiteral(R"(["baz",{"_placeholder":true,"num":0},{"_placeholder":true,"num":1}])") << 2;
    QTest::newRow("test suite: binary event with ack")
        << QByteArrayLiteral(
               R"(52-789["message-with-ack",{"_placeholder":true,"num":0},{"_placeholder":true,"num":1}])")
        << T::BinaryEvent << main << true << 789ULL
        << QByteArrayLiteral(
               R"(["message-with-ack",{"_placeholder":true,"num":0},{"_placeholder":true,"num":1}])")
        << 2;
    QTest::newRow("nested placeholder")
        << QByteArrayLiteral(R"(51-["a",{"b":["c",{"_placeholder":true,"num":0}]}])") << T::BinaryEvent
        << main << false << 0ULL << QByteArrayLiteral(R"(["a",{"b":["c",{"_placeholder":true,"num":0}]}])")
        << 1;
    QTest::newRow("binary event, number name")
        << QByteArrayLiteral(R"(51-[7,{"_placeholder":true,"num":0}])") << T::BinaryEvent << main << false
        << 0ULL << QByteArrayLiteral(R"([7,{"_placeholder":true,"num":0}])") << 1;
    QTest::newRow("unused attachment")
        << QByteArrayLiteral(R"(52-["a",{"_placeholder":true,"num":1}])") << T::BinaryEvent << main << false
        << 0ULL << QByteArrayLiteral(R"(["a",{"_placeholder":true,"num":1}])") << 2;
    QTest::newRow("not a placeholder: _placeholder is a string")
        << QByteArrayLiteral(R"(51-["a",{"_placeholder":"true","num":99}])") << T::BinaryEvent << main
        << false << 0ULL << QByteArrayLiteral(R"(["a",{"_placeholder":"true","num":99}])") << 1;
    QTest::newRow("spec: binary ack")
        << QByteArrayLiteral(R"(61-15["bar",{"_placeholder":true,"num":0}])") << T::BinaryAck << main << true
        << 15ULL << QByteArrayLiteral(R"(["bar",{"_placeholder":true,"num":0}])") << 1;
    QTest::newRow("spec sample: binary ack admin")
        << QByteArrayLiteral(R"(61-/admin,1[{"_placeholder":true,"num":0}])") << T::BinaryAck << admin << true
        << 1ULL << QByteArrayLiteral(R"([{"_placeholder":true,"num":0}])") << 1;
    QTest::newRow("test suite: binary ack")
        << QByteArrayLiteral(R"(62-789[{"_placeholder":true,"num":0},{"_placeholder":true,"num":1}])")
        << T::BinaryAck << main << true << 789ULL
        << QByteArrayLiteral(R"([{"_placeholder":true,"num":0},{"_placeholder":true,"num":1}])") << 2;
    QTest::newRow("binary ack id 0") << QByteArrayLiteral(R"(61-0[{"_placeholder":true,"num":0}])")
                                     << T::BinaryAck << main << true << 0ULL
                                     << QByteArrayLiteral(R"([{"_placeholder":true,"num":0}])") << 1;
    QTest::newRow("binary ack id max")
        << QByteArrayLiteral(R"(61-/x,18446744073709551615[{"_placeholder":true,"num":0}])") << T::BinaryAck
        << QStringLiteral("/x") << true << MaxId << QByteArrayLiteral(R"([{"_placeholder":true,"num":0}])")
        << 1;
    QTest::newRow("binary ack, empty array") << QByteArrayLiteral("61-[]") << T::BinaryAck << main << false
                                             << 0ULL << QByteArrayLiteral("[]") << 1;
}

void TestSocketCodec::encode_data()
{
    addCanonicalRows();
}

void TestSocketCodec::encode()
{
    QFETCH(QByteArray, text);
    QFETCH(SocketPacketType, type);
    QFETCH(QString, nsp);
    QFETCH(bool, hasId);
    QFETCH(quint64, id);
    QFETCH(QByteArray, payload);
    QFETCH(int, attachments);

    SocketPacket packet;
    packet.type = type;
    packet.nsp = nsp;
    if (hasId)
        packet.id = id;
    packet.payload = payload;
    packet.attachments = someAttachments(attachments);
    packet.attachmentCount = attachments;
    QCOMPARE(SocketCodec::encode(packet), text);
}

void TestSocketCodec::decode_data()
{
    addCanonicalRows();
}

void TestSocketCodec::decode()
{
    QFETCH(QByteArray, text);
    QFETCH(SocketPacketType, type);
    QFETCH(QString, nsp);
    QFETCH(bool, hasId);
    QFETCH(quint64, id);
    QFETCH(QByteArray, payload);
    QFETCH(int, attachments);

    const auto decoded = SocketCodec::decode(text);
    QVERIFY2(decoded.hasValue(), errorOf(decoded).constData());
    QCOMPARE(decoded->type, type);
    QCOMPARE(decoded->nsp, nsp);
    QCOMPARE(decoded->id.has_value(), hasId);
    if (hasId)
        QCOMPARE(*decoded->id, id);
    QCOMPARE(decoded->payload, payload);
    QCOMPARE(decoded->attachmentCount, attachments);
    QVERIFY(decoded->attachments.isEmpty()); // completed later from the binary frames
    QCOMPARE(decoded->isBinary(), attachments > 0);

    // Re-encoding gives the same text once the attachments have arrived.
    SocketPacket completed = *decoded;
    completed.attachments = someAttachments(attachments);
    QCOMPARE(SocketCodec::encode(completed), text);
    if (completed.isBinary())
        QVERIFY(SocketCodec::placeholdersValid(completed));
}

// Inputs the reference decoder accepts that are not in canonical form.
void TestSocketCodec::decodeLenient_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<SocketPacketType>("type");
    QTest::addColumn<QString>("nsp");
    QTest::addColumn<bool>("hasId");
    QTest::addColumn<quint64>("id");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("attachments");
    QTest::addColumn<QByteArray>("canonical");

    using T = SocketPacketType;
    const QString main = QStringLiteral("/");
    const QString custom = QStringLiteral("/custom");

    QTest::newRow("test suite: connect nsp without comma")
        << QByteArrayLiteral("0/custom") << T::Connect << custom << false << 0ULL << QByteArray() << 0
        << QByteArrayLiteral("0/custom,");
    QTest::newRow("test suite: disconnect nsp without comma")
        << QByteArrayLiteral("1/custom") << T::Disconnect << custom << false << 0ULL << QByteArray() << 0
        << QByteArrayLiteral("1/custom,");
    QTest::newRow("leading zeros in ack id")
        << QByteArrayLiteral(R"(2007["a"])") << T::Event << main << true << 7ULL
        << QByteArrayLiteral(R"(["a"])") << 0 << QByteArrayLiteral(R"(27["a"])");
    QTest::newRow("leading zero in attachment count")
        << QByteArrayLiteral(R"(501-["a",{"_placeholder":true,"num":0}])") << T::BinaryEvent << main << false
        << 0ULL << QByteArrayLiteral(R"(["a",{"_placeholder":true,"num":0}])") << 1
        << QByteArrayLiteral(R"(51-["a",{"_placeholder":true,"num":0}])");
    QTest::newRow("whitespace inside payload kept")
        << QByteArrayLiteral("2[ \"a\" ,\n1\t]") << T::Event << main << false << 0ULL
        << QByteArrayLiteral("[ \"a\" ,\n1\t]") << 0 << QByteArrayLiteral("2[ \"a\" ,\n1\t]");
    QTest::newRow("whitespace after payload kept")
        << QByteArrayLiteral("2/custom,3[\"a\"]\n ") << T::Event << custom << true << 3ULL
        << QByteArrayLiteral("[\"a\"]\n ") << 0 << QByteArrayLiteral("2/custom,3[\"a\"]\n ");
    QTest::newRow("explicit main nsp")
        << QByteArrayLiteral(R"(2/,["a"])") << T::Event << main << false << 0ULL
        << QByteArrayLiteral(R"(["a"])") << 0 << QByteArrayLiteral(R"(2["a"])");
    QTest::newRow("escaped reserved-looking name is parsed first")
        << QByteArrayLiteral(R"(2["\u0063onnect2"])") << T::Event << main << false << 0ULL
        << QByteArrayLiteral(R"(["\u0063onnect2"])") << 0 << QByteArrayLiteral(R"(2["\u0063onnect2"])");
}

void TestSocketCodec::decodeLenient()
{
    QFETCH(QByteArray, text);
    QFETCH(SocketPacketType, type);
    QFETCH(QString, nsp);
    QFETCH(bool, hasId);
    QFETCH(quint64, id);
    QFETCH(QByteArray, payload);
    QFETCH(int, attachments);
    QFETCH(QByteArray, canonical);

    const auto decoded = SocketCodec::decode(text);
    QVERIFY2(decoded.hasValue(), errorOf(decoded).constData());
    QCOMPARE(decoded->type, type);
    QCOMPARE(decoded->nsp, nsp);
    QCOMPARE(decoded->id.has_value(), hasId);
    if (hasId)
        QCOMPARE(*decoded->id, id);
    QCOMPARE(decoded->payload, payload);
    QCOMPARE(decoded->attachmentCount, attachments);

    SocketPacket completed = *decoded;
    completed.attachments = someAttachments(attachments);
    QCOMPARE(SocketCodec::encode(completed), canonical);
}

void TestSocketCodec::decodeInvalid_data()
{
    QTest::addColumn<QByteArray>("text");

    // Packet type
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unknown type 7") << QByteArrayLiteral(R"(7["a"])");
    QTest::newRow("parser test: 999") << QByteArrayLiteral("999");
    QTest::newRow("test suite: abc") << QByteArrayLiteral("abc");
    QTest::newRow("minus") << QByteArrayLiteral(R"(-2["a"])");
    QTest::newRow("space before type") << QByteArrayLiteral(R"( 2["a"])");
    QTest::newRow("NUL") << QByteArray(1, '\0');

    // EVENT payload
    QTest::newRow("test suite: event payload object") << QByteArrayLiteral("2{}");
    QTest::newRow("parser test: event admin object") << QByteArrayLiteral("2/admin,{}");
    QTest::newRow("parser test: event unterminated string") << QByteArrayLiteral(R"(2/admin,"invalid)");
    QTest::newRow("event payload string") << QByteArrayLiteral(R"(2"foo")");
    QTest::newRow("event payload null") << QByteArrayLiteral("2null");
    QTest::newRow("event payload true") << QByteArrayLiteral("2true");
    QTest::newRow("event without payload") << QByteArrayLiteral("2");
    QTest::newRow("event admin without payload") << QByteArrayLiteral("2/admin,");
    QTest::newRow("event with id, without payload") << QByteArrayLiteral("212");
    QTest::newRow("event empty array") << QByteArrayLiteral("2[]");
    QTest::newRow("event empty array, spaces") << QByteArrayLiteral("2[ ]");
    QTest::newRow("event empty array admin with id") << QByteArrayLiteral("2/admin,4[]");
    QTest::newRow("parser test: name is an object") << QByteArrayLiteral(R"(2[{"toString":"foo"}])");
    QTest::newRow("parser test: name is true") << QByteArrayLiteral(R"(2[true,"foo"])");
    QTest::newRow("parser test: name is null") << QByteArrayLiteral(R"(2[null,"bar"])");
    QTest::newRow("name is an array") << QByteArrayLiteral(R"(2[["a"]])");
    QTest::newRow("name is false") << QByteArrayLiteral("2[false]");
    QTest::newRow("parser test: reserved connect") << QByteArrayLiteral(R"(2["connect"])");
    QTest::newRow("reserved connect_error") << QByteArrayLiteral(R"(2["connect_error",{}])");
    QTest::newRow("parser test: reserved disconnect") << QByteArrayLiteral(R"(2["disconnect","123"])");
    QTest::newRow("reserved disconnecting") << QByteArrayLiteral(R"(2["disconnecting"])");
    QTest::newRow("reserved newListener") << QByteArrayLiteral(R"(2["newListener","x"])");
    QTest::newRow("reserved removeListener") << QByteArrayLiteral(R"(2["removeListener"])");
    QTest::newRow("reserved, admin with id") << QByteArrayLiteral(R"(2/admin,1["disconnect"])");
    QTest::newRow("reserved, escaped") << QByteArrayLiteral(R"(2["\u0063onnect"])");
    QTest::newRow("reserved, binary event")
        << QByteArrayLiteral(R"(51-["connect",{"_placeholder":true,"num":0}])");
    QTest::newRow("binary event, empty array") << QByteArrayLiteral("51-[]");
    QTest::newRow("binary event, object") << QByteArrayLiteral(R"(51-{"_placeholder":true,"num":0})");
    QTest::newRow("binary event, name is placeholder")
        << QByteArrayLiteral(R"(51-[{"_placeholder":true,"num":0}])");
    QTest::newRow("nsp without comma swallows payload") << QByteArrayLiteral(R"(2/admin["a"])");

    // Ack id
    QTest::newRow("test suite: ack id abc")
        << QByteArrayLiteral(R"(2abc["message-with-ack",1,"2",{"3":[false]}])");
    QTest::newRow("ack id with sign") << QByteArrayLiteral(R"(2+1["a"])");
    QTest::newRow("ack id uint64 max + 1") << QByteArrayLiteral(R"(218446744073709551616["a"])");
    QTest::newRow("ack id 20 digits") << QByteArrayLiteral(R"(299999999999999999999["a"])");
    QTest::newRow("ack id huge") << QByteArrayLiteral("3123456789012345678901234567890[]");
    QTest::newRow("binary ack id overflow")
        << QByteArrayLiteral(R"(61-18446744073709551616[{"_placeholder":true,"num":0}])");

    // ACK payload
    QTest::newRow("ack payload object") << QByteArrayLiteral("31{}");
    QTest::newRow("ack payload string") << QByteArrayLiteral(R"(31"a")");
    QTest::newRow("ack payload null") << QByteArrayLiteral("31null");
    QTest::newRow("ack payload object after nsp and id") << QByteArrayLiteral("3/admin,13{}");
    QTest::newRow("ack without payload") << QByteArrayLiteral("31");
    QTest::newRow("binary ack payload object") << QByteArrayLiteral(R"(61-1{"_placeholder":true,"num":0})");

    // CONNECT / DISCONNECT / CONNECT_ERROR payloads
    QTest::newRow("parser test: connect with array") << QByteArrayLiteral("0[]");
    QTest::newRow("parser test: connect with string") << QByteArrayLiteral(R"(0/admin,"invalid")");
    QTest::newRow("connect with null") << QByteArrayLiteral("0null");
    QTest::newRow("connect with array admin") << QByteArrayLiteral(R"(0/admin,[{"token":1}])");
    QTest::newRow("parser test: disconnect with object") << QByteArrayLiteral("1/admin,{}");
    QTest::newRow("disconnect with object") << QByteArrayLiteral("1{}");
    QTest::newRow("disconnect with array") << QByteArrayLiteral("1[]");
    QTest::newRow("disconnect with string") << QByteArrayLiteral(R"(1/admin,"bye")");
    QTest::newRow("connect error with array") << QByteArrayLiteral(R"(4["a"])");
    QTest::newRow("connect error with null") << QByteArrayLiteral("4null");
    QTest::newRow("connect error with bool") << QByteArrayLiteral("4/admin,true");
    QTest::newRow("connect error without payload") << QByteArrayLiteral("4");

    // Invalid JSON (JavaScript's JSON.parse rejects all of these)
    QTest::newRow("parser test: unterminated array") << QByteArrayLiteral(R"(42["some","data")");
    QTest::newRow("unterminated string") << QByteArrayLiteral(R"(2["a)");
    QTest::newRow("trailing comma") << QByteArrayLiteral(R"(2["a",])");
    QTest::newRow("leading comma") << QByteArrayLiteral(R"(2[,"a"])");
    QTest::newRow("single quotes") << QByteArrayLiteral("2['a']");
    QTest::newRow("garbage after payload") << QByteArrayLiteral(R"(2["a"]x)");
    QTest::newRow("extra closing bracket") << QByteArrayLiteral(R"(2["a"]])");
    QTest::newRow("two arrays") << QByteArrayLiteral(R"(2["a"][1])");
    QTest::newRow("undefined") << QByteArrayLiteral("2[undefined]");
    QTest::newRow("NaN") << QByteArrayLiteral(R"(2["a",NaN])");
    QTest::newRow("number with trailing dot") << QByteArrayLiteral(R"(2["a",1.])");
    QTest::newRow("number with leading dot") << QByteArrayLiteral(R"(2["a",.5])");
    QTest::newRow("negative number with leading dot") << QByteArrayLiteral(R"(2["a",-.5])");
    QTest::newRow("number with dot before exponent") << QByteArrayLiteral(R"(2["a",1.e5])");
    QTest::newRow("number with leading zero") << QByteArrayLiteral(R"(2["a",01])");
    QTest::newRow("number with plus sign") << QByteArrayLiteral(R"(2["a",+1])");
    QTest::newRow("hex number") << QByteArrayLiteral(R"(2["a",0x10])");
    QTest::newRow("unknown escape \\x") << QByteArrayLiteral(R"(2["a","\x41"])");
    QTest::newRow("unknown escape \\'") << QByteArrayLiteral(R"(2["a","\'"])");
    QTest::newRow("short unicode escape") << QByteArrayLiteral(R"(2["a","\u12"])");
    QTest::newRow("raw tab in string") << QByteArrayLiteral("2[\"a\",\"x\ty\"]");
    QTest::newRow("raw newline in string") << QByteArrayLiteral("2[\"a\",\"x\ny\"]");
    QTest::newRow("raw NUL in string") << QByteArray("2[\"a\",\"x\0y\"]", 12);
    QTest::newRow("invalid UTF-8") << QByteArrayLiteral("2[\"a\",\"\xff\"]");
    QTest::newRow("object with trailing comma") << QByteArrayLiteral(R"(0{"a":1,})");
    QTest::newRow("object with unquoted key") << QByteArrayLiteral("0{a:1}");
    QTest::newRow("True with capital") << QByteArrayLiteral(R"(2["a",True])");

    // Attachments
    QTest::newRow("parser test: 5 alone") << QByteArrayLiteral("5");
    QTest::newRow("6 alone") << QByteArrayLiteral("6");
    QTest::newRow("missing count") << QByteArrayLiteral(R"(5-["a",{"_placeholder":true,"num":0}])");
    QTest::newRow("count not a number") << QByteArrayLiteral(R"(5a-["a",{"_placeholder":true,"num":0}])");
    QTest::newRow("count with letter") << QByteArrayLiteral(R"(51a-["a",{"_placeholder":true,"num":0}])");
    QTest::newRow("missing dash") << QByteArrayLiteral(R"(51["a",{"_placeholder":true,"num":0}])");
    QTest::newRow("missing dash, dash inside payload")
        << QByteArrayLiteral(R"(51["a-b",{"_placeholder":true,"num":0}])");
    QTest::newRow("missing dash, binary ack") << QByteArrayLiteral(R"(61[{"_placeholder":true,"num":0}])");
    QTest::newRow("count with sign") << QByteArrayLiteral(R"(5+1-["a",{"_placeholder":true,"num":0}])");
    QTest::newRow("negative count") << QByteArrayLiteral(R"(5-1-["a",{"_placeholder":true,"num":0}])");
    QTest::newRow("count with space") << QByteArrayLiteral(R"(5 1-["a",{"_placeholder":true,"num":0}])");
    QTest::newRow("zero attachments") << QByteArrayLiteral(R"(50-["a"])");
    QTest::newRow("zero attachments, binary ack") << QByteArrayLiteral("60-1[]");
    QTest::newRow("count without payload") << QByteArrayLiteral("51-");
    QTest::newRow("count overflowing uint64")
        << QByteArrayLiteral(R"(5184467440737095516160-["a",{"_placeholder":true,"num":0}])");

    // Placeholders
    QTest::newRow("num out of range") << QByteArrayLiteral(R"(51-["a",{"_placeholder":true,"num":1}])");
    QTest::newRow("num far out of range")
        << QByteArrayLiteral(R"(51-["a",{"_placeholder":true,"num":1e300}])");
    QTest::newRow("num negative") << QByteArrayLiteral(R"(51-["a",{"_placeholder":true,"num":-1}])");
    QTest::newRow("num non-integer") << QByteArrayLiteral(R"(52-["a",{"_placeholder":true,"num":0.5}])");
    QTest::newRow("parser test: num is a string")
        << QByteArrayLiteral(R"(51-["a",{"_placeholder":true,"num":"splice"}])");
    QTest::newRow("num is a numeric string")
        << QByteArrayLiteral(R"(51-["a",{"_placeholder":true,"num":"0"}])");
    QTest::newRow("num missing") << QByteArrayLiteral(R"(51-["a",{"_placeholder":true}])");
    QTest::newRow("num null") << QByteArrayLiteral(R"(51-["a",{"_placeholder":true,"num":null}])");
    QTest::newRow("nested num out of range")
        << QByteArrayLiteral(R"(51-["a",{"b":[{"_placeholder":true,"num":3}]}])");
    QTest::newRow("binary ack num out of range")
        << QByteArrayLiteral(R"(61-1[{"_placeholder":true,"num":1}])");
    QTest::newRow("second placeholder out of range")
        << QByteArray(QByteArrayLiteral(R"(52-["a",)") + placeholder(0) + ',' + placeholder(2) + ']');
}

void TestSocketCodec::decodeInvalid()
{
    QFETCH(QByteArray, text);
    const auto decoded = SocketCodec::decode(text);
    QVERIFY2(!decoded.hasValue(), "an invalid packet was accepted");
    QVERIFY(!decoded.error().isEmpty());
}

void TestSocketCodec::decodeLimits_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("maxAttachments");
    QTest::addColumn<bool>("accepted");

    const QByteArray defaultMax = QByteArray::number(SocketCodec::Limits {}.maxAttachments);
    const QByteArray overDefault = QByteArray::number(SocketCodec::Limits {}.maxAttachments + 1);
    QTest::newRow("at default limit") << QByteArray('5' + defaultMax + R"(-["a"])") << -1 << true;
    QTest::newRow("over default limit") << QByteArray('5' + overDefault + R"(-["a"])") << -1 << false;
    QTest::newRow("far over default limit") << QByteArrayLiteral(R"(51000000-["a"])") << -1 << false;
    QTest::newRow("at limit 2") << QByteArray(QByteArrayLiteral(R"(52-["a",)") + placeholder(1) + ']') << 2
                                << true;
    QTest::newRow("over limit 2") << QByteArray(QByteArrayLiteral(R"(53-["a",)") + placeholder(1) + ']') << 2
                                  << false;
    QTest::newRow("binary ack over limit 1") << QByteArrayLiteral("62-1[]") << 1 << false;
    QTest::newRow("limit 0 rejects every binary packet")
        << QByteArray(QByteArrayLiteral(R"(51-["a",)") + placeholder(0) + ']') << 0 << false;
    QTest::newRow("limit 0, plain event fine") << QByteArrayLiteral(R"(2["a"])") << 0 << true;
}

void TestSocketCodec::decodeLimits()
{
    QFETCH(QByteArray, text);
    QFETCH(int, maxAttachments);
    QFETCH(bool, accepted);

    const auto decoded = maxAttachments < 0 ? SocketCodec::decode(text)
                                            : SocketCodec::decode(text, SocketCodec::Limits {maxAttachments});
    QCOMPARE(decoded.hasValue(), accepted);
}

void TestSocketCodec::encodeEdgeCases()
{
    // The attachment count written is that of the attachment list, and plain packets never
    // carry one.
    SocketPacket binary;
    binary.type = SocketPacketType::BinaryEvent;
    binary.payload = QByteArrayLiteral(R"(["a",)") + placeholder(0) + ',' + placeholder(1) + ']';
    binary.attachmentCount = 5;
    binary.attachments = someAttachments(2);
    QCOMPARE(SocketCodec::encode(binary), QByteArrayLiteral("52-") + binary.payload);

    SocketPacket plain;
    plain.type = SocketPacketType::Event;
    plain.payload = QByteArrayLiteral(R"(["a"])");
    plain.attachmentCount = 1;
    plain.attachments = someAttachments(1);
    QCOMPARE(SocketCodec::encode(plain), QByteArrayLiteral(R"(2["a"])"));

    // An empty namespace is the main one, as in the reference encoder (`obj.nsp && "/" !== obj.nsp`).
    SocketPacket unnamed;
    unnamed.type = SocketPacketType::Connect;
    unnamed.nsp = QString();
    QCOMPARE(SocketCodec::encode(unnamed), QByteArrayLiteral("0"));
    QVERIFY(SocketCodec::decode(SocketCodec::encode(unnamed)).hasValue());

    SocketPacket ack;
    ack.type = SocketPacketType::Ack;
    ack.nsp = QStringLiteral("/chat");
    ack.id = 0;
    ack.payload = QByteArrayLiteral("[]");
    QCOMPARE(SocketCodec::encode(ack), QByteArrayLiteral("3/chat,0[]"));
}

void TestSocketCodec::placeholdersValid_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("attachments");
    QTest::addColumn<bool>("valid");

    const QByteArray two = QByteArrayLiteral(R"(["a",)") + placeholder(0) + ',' + placeholder(1) + ']';
    QTest::newRow("two of two") << two << 2 << true;
    QTest::newRow("two of three") << two << 3 << true;
    QTest::newRow("two, one arrived") << two << 1 << false;
    QTest::newRow("two, none arrived") << two << 0 << false;
    QTest::newRow("no placeholders") << QByteArrayLiteral(R"(["a",1])") << 0 << true;
    QTest::newRow("nested in object")
        << QByteArray(QByteArrayLiteral(R"([{"x":{"y":)") + placeholder(0) + "}}]") << 1 << true;
    QTest::newRow("nested out of range")
        << QByteArray(QByteArrayLiteral(R"([{"x":{"y":)") + placeholder(1) + "}}]") << 1 << false;
    QTest::newRow("negative") << QByteArray(QByteArrayLiteral("[") + placeholder(-1) + ']') << 1 << false;
    QTest::newRow("invalid JSON") << QByteArrayLiteral(R"(["a",)") << 1 << false;
}

void TestSocketCodec::placeholdersValid()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, attachments);
    QFETCH(bool, valid);

    SocketPacket packet;
    packet.type = SocketPacketType::BinaryEvent;
    packet.payload = payload;
    packet.attachments = someAttachments(attachments);
    packet.attachmentCount = attachments;
    QCOMPARE(SocketCodec::placeholdersValid(packet), valid);
}

void TestSocketCodec::reservedEventNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("reserved");

    QTest::newRow("connect") << QStringLiteral("connect") << true;
    QTest::newRow("connect_error") << QStringLiteral("connect_error") << true;
    QTest::newRow("disconnect") << QStringLiteral("disconnect") << true;
    QTest::newRow("disconnecting") << QStringLiteral("disconnecting") << true;
    QTest::newRow("newListener") << QStringLiteral("newListener") << true;
    QTest::newRow("removeListener") << QStringLiteral("removeListener") << true;
    QTest::newRow("message") << QStringLiteral("message") << false;
    QTest::newRow("Connect") << QStringLiteral("Connect") << false;
    QTest::newRow("connection") << QStringLiteral("connection") << false;
    QTest::newRow("connect with space") << QStringLiteral("connect ") << false;
    QTest::newRow("error") << QStringLiteral("error") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSocketCodec::reservedEventNames()
{
    QFETCH(QString, name);
    QFETCH(bool, reserved);
    QCOMPARE(SocketCodec::isReservedEventName(name), reserved);
}

QTEST_GUILESS_MAIN(TestSocketCodec)
#include "tst_socketcodec.moc"
