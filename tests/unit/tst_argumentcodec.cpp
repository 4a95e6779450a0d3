// Arguments keep the JSON text they arrived as, so a relay re-sends the same bytes; binary data
// travels as attachments referenced by placeholders. Also covers JsonText, which does the raw
// JSON work underneath.
#include "core/protocol/ArgumentCodec.h"
#include "core/protocol/JsonText.h"
#include "core/protocol/SocketCodec.h"

#include <QTest>

using namespace gatehouse;

Q_DECLARE_METATYPE(gatehouse::JsonText::Kind)
Q_DECLARE_METATYPE(gatehouse::SocketPacketType)

namespace {

using ByteList = QList<QByteArray>;

template <typename T> QByteArray errorOf(const Expected<T, QString> &result)
{
    return result.hasValue() ? QByteArray() : result.error().toUtf8();
}

QByteArray placeholder(int num)
{
    return QByteArrayLiteral(R"({"_placeholder":true,"num":)") + QByteArray::number(num) + '}';
}

// The attachment a placeholder value of `arg` points at.
QByteArray resolve(const Argument &arg, const QJsonValue &placeholderValue)
{
    const int num = placeholderValue.toObject().value(QStringLiteral("num")).toInt(-1);
    if (!arg.attachments() || num < 0 || num >= arg.attachments()->size())
        return QByteArrayLiteral("<unresolved>");
    return arg.attachments()->at(num);
}

ByteList rawJsonOf(const Arguments &args)
{
    ByteList raw;
    for (const Argument &arg : args)
        raw.append(arg.rawJson());
    return raw;
}

ByteList toByteList(const QList<QByteArrayView> &views)
{
    ByteList list;
    for (QByteArrayView view : views)
        list.append(view.toByteArray());
    return list;
}

// Decodes a complete packet the way the server does: text part, then its binary frames.
SocketPacket decodePacket(const QByteArray &text, const ByteList &attachments = {})
{
    auto decoded = SocketCodec::decode(text);
    if (!decoded) {
        qWarning("cannot decode %s: %s", text.constData(), errorOf(decoded).constData());
        return {};
    }
    SocketPacket packet = std::move(*decoded);
    packet.attachments = attachments;
    return packet;
}

const QByteArray LineSeparator = QByteArrayLiteral("\xe2\x80\xa8"); // U+2028, raw UTF-8
const QByteArray Emoji = QByteArrayLiteral("\xf0\x9f\x98\x80"); // U+1F600

} // namespace

class TestArgumentCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // JsonText
    void splitArray_data();
    void splitArray();
    void parse_data();
    void parse();
    void parseDeepNesting();
    void validate_data();
    void validate();
    void serialize_data();
    void serialize();

    // ArgumentCodec
    void decodeAndRelay_data();
    void decodeAndRelay();
    void encodeValues();
    void encodeAck();
    void encodeTypeFollowsContent_data();
    void encodeTypeFollowsContent();
    void binaryRelayKeepsAttachments();
    void binaryAckRelay();
    void mixedBinarySourcesAreRenumbered();
    void mixedWithRelayedBinary();
    void sameBinaryArgumentTwice();

    // Argument
    void argumentBinary();
    void argumentBogusPlaceholders_data();
    void argumentBogusPlaceholders();
    void argumentEquality();
};

// --- JsonText -------------------------------------------------------------------------------

void TestArgumentCodec::splitArray_data()
{
    QTest::addColumn<QByteArray>("array");
    QTest::addColumn<ByteList>("elements");

    QTest::newRow("empty") << QByteArrayLiteral("[]") << ByteList {};
    QTest::newRow("empty with space") << QByteArrayLiteral("[ ]") << ByteList {};
    QTest::newRow("empty with whitespace around") << QByteArrayLiteral(" \n[\t\r\n]\n") << ByteList {};
    QTest::newRow("one number") << QByteArrayLiteral("[1]") << ByteList {"1"};
    QTest::newRow("three scalars") << QByteArrayLiteral(R"([1,"a",null])")
                                   << ByteList {"1", R"("a")", "null"};
    QTest::newRow("whitespace between elements")
        << QByteArrayLiteral("[ 1 ,\n\t\"a\" ,\r\n null ]") << ByteList {"1", R"("a")", "null"};
    QTest::newRow("whitespace inside elements kept")
        << QByteArrayLiteral("[\n  {\"a\" : 1},\n  [ 2 , 3 ]\n]") << ByteList {R"({"a" : 1})", "[ 2 , 3 ]"};
    QTest::newRow("nested") << QByteArrayLiteral(R"([[1,2],[3,[4,5]],{"a":[6,{"b":7}]}])")
                            << ByteList {"[1,2]", "[3,[4,5]]", R"({"a":[6,{"b":7}]})"};
    QTest::newRow("empty containers and string")
        << QByteArrayLiteral(R"(["",[],{},[[]]])") << ByteList {R"("")", "[]", "{}", "[[]]"};
    QTest::newRow("strings with commas and brackets")
        << QByteArrayLiteral(R"(["a,b","[x]","{y}","]","}",","])")
        << ByteList {R"("a,b")", R"("[x]")", R"("{y}")", R"("]")", R"("}")", R"(",")"};
    QTest::newRow("escaped quote then comma and bracket")
        << QByteArrayLiteral(R"(["a\",]b","c"])") << ByteList {R"("a\",]b")", R"("c")"};
    QTest::newRow("escaped backslash ends string")
        << QByteArrayLiteral(R"(["a\\",1])") << ByteList {R"("a\\")", "1"};
    QTest::newRow("escaped backslash and quote")
        << QByteArrayLiteral(R"(["\\\"]",2])") << ByteList {R"("\\\"]")", "2"};
    QTest::newRow("key with bracket")
        << QByteArrayLiteral(R"([{"]":"[","}":1},2])") << ByteList {R"({"]":"[","}":1})", "2"};
    QTest::newRow("big numbers") << QByteArrayLiteral("[12345678901234567890,-0.5e-7,1E+400]")
                                 << ByteList {"12345678901234567890", "-0.5e-7", "1E+400"};
    QTest::newRow("key order") << QByteArrayLiteral(R"([{"z":1,"a":2}])") << ByteList {R"({"z":1,"a":2})"};
    QTest::newRow("unicode") << QByteArray(QByteArrayLiteral("[\"") + LineSeparator + "\",\"\\u2028\",\""
                                           + Emoji + "\"]")
                             << ByteList {'"' + LineSeparator + '"', R"("\u2028")", '"' + Emoji + '"'};
    QTest::newRow("not an array: object") << QByteArrayLiteral(R"({"a":1})") << ByteList {};
    QTest::newRow("not an array: string") << QByteArrayLiteral(R"("[1]")") << ByteList {};
    QTest::newRow("not an array: empty") << QByteArray() << ByteList {};
}

void TestArgumentCodec::splitArray()
{
    QFETCH(QByteArray, array);
    QFETCH(ByteList, elements);
    QCOMPARE(toByteList(JsonText::splitArray(array)), elements);
}

void TestArgumentCodec::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("integer") << QByteArrayLiteral("42") << true << QJsonValue(42);
    QTest::newRow("negative exponent") << QByteArrayLiteral("-1.5e3") << true << QJsonValue(-1500.0);
    QTest::newRow("zero") << QByteArrayLiteral("0") << true << QJsonValue(0);
    QTest::newRow("negative zero fraction") << QByteArrayLiteral("-0.25") << true << QJsonValue(-0.25);
    QTest::newRow("big integer") << QByteArrayLiteral("12345678901234567890") << true
                                 << QJsonValue(12345678901234567890.0);
    QTest::newRow("string") << QByteArrayLiteral(R"("str")") << true << QJsonValue(QStringLiteral("str"));
    QTest::newRow("string with escapes") << QByteArrayLiteral(R"("a\"\\\/\b\f\n\r\t\u00e9\u2028")") << true
                                         << QJsonValue(QStringLiteral("a\"\\/\b\f\n\r\t\u00e9\u2028"));
    QTest::newRow("surrogate pair escape")
        << QByteArrayLiteral(R"("\ud83d\ude00")") << true << QJsonValue(QString::fromUtf8(Emoji));
    QTest::newRow("raw UTF-8") << QByteArray(QByteArrayLiteral("\"") + LineSeparator + Emoji + '"') << true
                               << QJsonValue(QString::fromUtf8(LineSeparator + Emoji));
    QTest::newRow("true") << QByteArrayLiteral("true") << true << QJsonValue(true);
    QTest::newRow("false") << QByteArrayLiteral("false") << true << QJsonValue(false);
    QTest::newRow("null") << QByteArrayLiteral("null") << true << QJsonValue(QJsonValue::Null);
    QTest::newRow("whitespace around") << QByteArrayLiteral(" \t\r\n 7 \n") << true << QJsonValue(7);
    QTest::newRow("object") << QByteArrayLiteral(R"({"z":1,"a":[true]})") << true
                            << QJsonValue(QJsonObject {{QStringLiteral("z"), 1},
                                                       {QStringLiteral("a"), QJsonArray {true}}});
    QTest::newRow("array") << QByteArrayLiteral(R"([1,"a",null,{}])") << true
                           << QJsonValue(QJsonArray {1, QStringLiteral("a"), QJsonValue(), QJsonObject()});
    QTest::newRow("empty array with spaces") << QByteArrayLiteral("[ ]") << true << QJsonValue(QJsonArray());

    QTest::newRow("empty") << QByteArray() << false << QJsonValue();
    QTest::newRow("whitespace only") << QByteArrayLiteral(" \n ") << false << QJsonValue();
    QTest::newRow("two scalars") << QByteArrayLiteral("1,2") << false << QJsonValue();
    QTest::newRow("two scalars, space") << QByteArrayLiteral("1 2") << false << QJsonValue();
    QTest::newRow("scalar then bracket") << QByteArrayLiteral(R"("a"])") << false << QJsonValue();
    QTest::newRow("scalar, bracket, scalar") << QByteArrayLiteral("1],[2") << false << QJsonValue();
    QTest::newRow("unterminated string") << QByteArrayLiteral(R"("a)") << false << QJsonValue();
    QTest::newRow("truncated literal") << QByteArrayLiteral("tru") << false << QJsonValue();
    QTest::newRow("capitalised literal") << QByteArrayLiteral("True") << false << QJsonValue();
    QTest::newRow("undefined") << QByteArrayLiteral("undefined") << false << QJsonValue();
    QTest::newRow("NaN") << QByteArrayLiteral("NaN") << false << QJsonValue();
    QTest::newRow("single quotes") << QByteArrayLiteral("'a'") << false << QJsonValue();
    QTest::newRow("unterminated object") << QByteArrayLiteral("{") << false << QJsonValue();
    QTest::newRow("extra brace") << QByteArrayLiteral(R"({"a":1}})") << false << QJsonValue();
    QTest::newRow("extra bracket") << QByteArrayLiteral("[1]]") << false << QJsonValue();
    QTest::newRow("trailing comma") << QByteArrayLiteral("[1,]") << false << QJsonValue();
    QTest::newRow("object trailing comma") << QByteArrayLiteral(R"({"a":1,})") << false << QJsonValue();
    QTest::newRow("unquoted key") << QByteArrayLiteral("{a:1}") << false << QJsonValue();
    QTest::newRow("trailing dot") << QByteArrayLiteral("1.") << false << QJsonValue();
    QTest::newRow("trailing dot in array") << QByteArrayLiteral("[1.]") << false << QJsonValue();
    QTest::newRow("leading dot") << QByteArrayLiteral(".5") << false << QJsonValue();
    QTest::newRow("minus leading dot in array") << QByteArrayLiteral("[-.5]") << false << QJsonValue();
    QTest::newRow("dot before exponent") << QByteArrayLiteral("[1.e5]") << false << QJsonValue();
    QTest::newRow("empty exponent") << QByteArrayLiteral("1e") << false << QJsonValue();
    QTest::newRow("leading zero") << QByteArrayLiteral("01") << false << QJsonValue();
    QTest::newRow("plus sign") << QByteArrayLiteral("+1") << false << QJsonValue();
    QTest::newRow("minus alone") << QByteArrayLiteral("-") << false << QJsonValue();
    QTest::newRow("unknown escape") << QByteArrayLiteral(R"(["\x41"])") << false << QJsonValue();
    QTest::newRow("escaped single quote") << QByteArrayLiteral(R"("\'")") << false << QJsonValue();
    QTest::newRow("short unicode escape") << QByteArrayLiteral(R"("\u12")") << false << QJsonValue();
    QTest::newRow("raw tab in string") << QByteArrayLiteral("[\"a\tb\"]") << false << QJsonValue();
    QTest::newRow("raw control char in string") << QByteArrayLiteral("\"a\x01"
                                                                     "b\"")
                                                << false << QJsonValue();
    QTest::newRow("raw NUL in string") << QByteArray("[\"a\0b\"]", 7) << false << QJsonValue();
    QTest::newRow("form feed as whitespace") << QByteArrayLiteral("[\f1]") << false << QJsonValue();
    QTest::newRow("invalid UTF-8") << QByteArrayLiteral("\"\xff\"") << false << QJsonValue();
}

void TestArgumentCodec::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QJsonValue, value);

    const std::optional<QJsonValue> parsed = JsonText::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestArgumentCodec::parseDeepNesting()
{
    const auto nested
        = [](int depth) -> QByteArray { return QByteArray(depth, '[') + QByteArray(depth, ']'); };
    QVERIFY(JsonText::parse(nested(1000)).has_value());
    QVERIFY(!JsonText::parse(nested(100000)).has_value()); // refused, and without exhausting the stack
    QVERIFY(!JsonText::parse(QByteArray(100000, '[')).has_value());
}

void TestArgumentCodec::validate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<JsonText::Kind>("kind");

    QTest::newRow("object") << QByteArrayLiteral(R"({"a":1})") << JsonText::Kind::Object;
    QTest::newRow("empty object") << QByteArrayLiteral("{}") << JsonText::Kind::Object;
    QTest::newRow("array") << QByteArrayLiteral("[1,2]") << JsonText::Kind::Array;
    QTest::newRow("empty array") << QByteArrayLiteral("[]") << JsonText::Kind::Array;
    QTest::newRow("string") << QByteArrayLiteral(R"("x")") << JsonText::Kind::String;
    QTest::newRow("empty string") << QByteArrayLiteral(R"("")") << JsonText::Kind::String;
    QTest::newRow("number") << QByteArrayLiteral("-3.5") << JsonText::Kind::Number;
    QTest::newRow("big number") << QByteArrayLiteral("12345678901234567890") << JsonText::Kind::Number;
    QTest::newRow("true") << QByteArrayLiteral("true") << JsonText::Kind::Bool;
    QTest::newRow("false") << QByteArrayLiteral(" false ") << JsonText::Kind::Bool;
    QTest::newRow("null") << QByteArrayLiteral("null") << JsonText::Kind::Null;
    QTest::newRow("invalid: empty") << QByteArray() << JsonText::Kind::Invalid;
    QTest::newRow("invalid: garbage") << QByteArrayLiteral("abc") << JsonText::Kind::Invalid;
    QTest::newRow("invalid: unbalanced") << QByteArrayLiteral(R"(["a")") << JsonText::Kind::Invalid;
    QTest::newRow("invalid: trailing dot") << QByteArrayLiteral("[1.]") << JsonText::Kind::Invalid;
}

void TestArgumentCodec::validate()
{
    QFETCH(QByteArray, text);
    QFETCH(JsonText::Kind, kind);
    const JsonText::Validated validated = JsonText::validate(text);
    QCOMPARE(validated.kind, kind);
    if (kind != JsonText::Kind::Invalid)
        QCOMPARE(validated.value, *JsonText::parse(text));
}

void TestArgumentCodec::serialize_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("string") << QJsonValue(QStringLiteral("hi")) << QByteArrayLiteral(R"("hi")");
    QTest::newRow("string with quote and backslash")
        << QJsonValue(QStringLiteral("a\"b\\c")) << QByteArrayLiteral(R"("a\"b\\c")");
    QTest::newRow("string with newline")
        << QJsonValue(QStringLiteral("a\nb")) << QByteArrayLiteral(R"("a\nb")");
    QTest::newRow("integer") << QJsonValue(42) << QByteArrayLiteral("42");
    QTest::newRow("negative double") << QJsonValue(-1.5) << QByteArrayLiteral("-1.5");
    QTest::newRow("true") << QJsonValue(true) << QByteArrayLiteral("true");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QByteArrayLiteral("null");
    QTest::newRow("undefined becomes null") << QJsonValue(QJsonValue::Undefined) << QByteArrayLiteral("null");
    QTest::newRow("object") << QJsonValue(QJsonObject {{QStringLiteral("k"), QStringLiteral("v")}})
                            << QByteArrayLiteral(R"({"k":"v"})");
    QTest::newRow("array") << QJsonValue(QJsonArray {1, QStringLiteral("a"), QJsonArray {}})
                           << QByteArrayLiteral(R"([1,"a",[]])");
}

void TestArgumentCodec::serialize()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, json);
    QCOMPARE(JsonText::serialize(value), json);
    QCOMPARE(*JsonText::parse(json), value.isUndefined() ? QJsonValue(QJsonValue::Null) : value);
}

// --- ArgumentCodec --------------------------------------------------------------------------

void TestArgumentCodec::decodeAndRelay_data()
{
    QTest::addColumn<QByteArray>("text"); // a received packet
    QTest::addColumn<QString>("eventName"); // for events
    QTest::addColumn<ByteList>("args"); // raw JSON of each argument
    QTest::addColumn<QByteArray>("relayed"); // payload when re-emitted as "relay" (or as an ack)

    QTest::newRow("no arguments") << QByteArrayLiteral(R"(2["msg"])") << QStringLiteral("msg") << ByteList {}
                                  << QByteArrayLiteral(R"(["relay"])");
    QTest::newRow("key order kept") << QByteArrayLiteral(R"(2["msg",{"z":1,"a":2}])") << QStringLiteral("msg")
                                    << ByteList {R"({"z":1,"a":2})"}
                                    << QByteArrayLiteral(R"(["relay",{"z":1,"a":2}])");
    QTest::newRow("big integers kept")
        << QByteArrayLiteral(R"(2["msg",12345678901234567890,{"id":98765432109876543210}])")
        << QStringLiteral("msg") << ByteList {"12345678901234567890", R"({"id":98765432109876543210})"}
        << QByteArrayLiteral(R"(["relay",12345678901234567890,{"id":98765432109876543210}])");
    QTest::newRow("number spelling kept")
        << QByteArrayLiteral(R"(2["msg",1.0,1e2,-0,0.10])") << QStringLiteral("msg")
        << ByteList {"1.0", "1e2", "-0", "0.10"} << QByteArrayLiteral(R"(["relay",1.0,1e2,-0,0.10])");
    QTest::newRow("escaped U+2028 kept")
        << QByteArrayLiteral(R"(2["msg","a\u2028b"])") << QStringLiteral("msg") << ByteList {R"("a\u2028b")"}
        << QByteArrayLiteral(R"(["relay","a\u2028b"])");
    QTest::newRow("raw U+2028 kept") << QByteArray(QByteArrayLiteral("2[\"msg\",\"a") + LineSeparator
                                                   + "b\"]")
                                     << QStringLiteral("msg") << ByteList {"\"a" + LineSeparator + "b\""}
                                     << QByteArray(QByteArrayLiteral("[\"relay\",\"a") + LineSeparator
                                                   + "b\"]");
    QTest::newRow("emoji raw and escaped")
        << QByteArray(QByteArrayLiteral("2[\"msg\",\"") + Emoji + R"(","\ud83d\ude00"])")
        << QStringLiteral("msg") << ByteList {'"' + Emoji + '"', R"("\ud83d\ude00")"}
        << QByteArray(QByteArrayLiteral("[\"relay\",\"") + Emoji + R"(","\ud83d\ude00"])");
    QTest::newRow("other escapes kept")
        << QByteArrayLiteral(R"(2["msg","\/\u00e9\t"])") << QStringLiteral("msg")
        << ByteList {R"("\/\u00e9\t")"} << QByteArrayLiteral(R"(["relay","\/\u00e9\t"])");
    QTest::newRow("nested arrays and tricky strings")
        << QByteArrayLiteral(R"(2["msg",[1,[2,"]"]],"a,b]",{"k":"}{"}])") << QStringLiteral("msg")
        << ByteList {R"([1,[2,"]"]])", R"("a,b]")", R"({"k":"}{"})"}
        << QByteArrayLiteral(R"(["relay",[1,[2,"]"]],"a,b]",{"k":"}{"}])");
    QTest::newRow("escaped quotes") << QByteArrayLiteral(R"(2["msg","a\",]b","\\"])") << QStringLiteral("msg")
                                    << ByteList {R"("a\",]b")", R"("\\")"}
                                    << QByteArrayLiteral(R"(["relay","a\",]b","\\"])");
    QTest::newRow("whitespace between elements")
        << QByteArrayLiteral("2[ \"msg\" , 1 ,\n{\"a\" : [ 1 , 2 ]} ]") << QStringLiteral("msg")
        << ByteList {"1", R"({"a" : [ 1 , 2 ]})"} << QByteArrayLiteral(R"(["relay",1,{"a" : [ 1 , 2 ]}])");
    QTest::newRow("null, bools, empty containers")
        << QByteArrayLiteral(R"(2["msg",null,true,false,[],{},""])") << QStringLiteral("msg")
        << ByteList {"null", "true", "false", "[]", "{}", R"("")"}
        << QByteArrayLiteral(R"(["relay",null,true,false,[],{},""])");
    QTest::newRow("number event name") << QByteArrayLiteral(R"(2[1,"a"])") << QStringLiteral("1")
                                       << ByteList {R"("a")"} << QByteArrayLiteral(R"(["relay","a"])");
    // Named as JavaScript's String(number) would: every digit kept, no exponent for integers.
    QTest::newRow("7-digit number event name")
        << QByteArrayLiteral(R"(2[1234567,1])") << QStringLiteral("1234567") << ByteList {"1"}
        << QByteArrayLiteral(R"(["relay",1])");
    QTest::newRow("12-digit number event name")
        << QByteArrayLiteral("2[123456789012]") << QStringLiteral("123456789012") << ByteList {}
        << QByteArrayLiteral(R"(["relay"])");
    QTest::newRow("fractional event name") << QByteArrayLiteral("2[1.5]") << QStringLiteral("1.5")
                                           << ByteList {} << QByteArrayLiteral(R"(["relay"])");
    QTest::newRow("negative event name") << QByteArrayLiteral("2[-3]") << QStringLiteral("-3") << ByteList {}
                                         << QByteArrayLiteral(R"(["relay"])");
    QTest::newRow("escaped event name")
        << QByteArrayLiteral(R"(2["caf\u00e9",1])") << QStringLiteral("caf\u00e9") << ByteList {"1"}
        << QByteArrayLiteral(R"(["relay",1])");
    QTest::newRow("with namespace and ack id")
        << QByteArrayLiteral(R"(2/chat,17["msg",{"z":[]}])") << QStringLiteral("msg")
        << ByteList {R"({"z":[]})"} << QByteArrayLiteral(R"(["relay",{"z":[]}])");
    QTest::newRow("ack") << QByteArrayLiteral(R"(35[1,"2",{"3":[false]}])") << QString()
                         << ByteList {"1", R"("2")", R"({"3":[false]})"}
                         << QByteArrayLiteral(R"([1,"2",{"3":[false]}])");
    QTest::newRow("ack, first argument is a string")
        << QByteArrayLiteral(R"(35["ok",12345678901234567890])") << QString()
        << ByteList {R"("ok")", "12345678901234567890"}
        << QByteArrayLiteral(R"(["ok",12345678901234567890])");
    QTest::newRow("empty ack") << QByteArrayLiteral("35[]") << QString() << ByteList {}
                               << QByteArrayLiteral("[]");
}

void TestArgumentCodec::decodeAndRelay()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, eventName);
    QFETCH(ByteList, args);
    QFETCH(QByteArray, relayed);

    const SocketPacket received = decodePacket(text);
    QVERIFY(!received.payload.isEmpty());
    const ArgumentCodec::Decoded decoded = ArgumentCodec::decode(received);
    QCOMPARE(decoded.eventName, eventName);
    QCOMPARE(rawJsonOf(decoded.args), args);
    for (const Argument &arg : decoded.args) {
        QVERIFY(!arg.hasAttachments());
        QVERIFY(!arg.isBinary());
    }

    const bool isEvent = received.type == SocketPacketType::Event;
    SocketPacket out;
    out.type = received.type;
    out.nsp = received.nsp;
    out.id = received.id;
    ArgumentCodec::encode(out, isEvent ? std::optional<QString>(QStringLiteral("relay")) : std::nullopt,
                          decoded.args);
    QCOMPARE(out.payload, relayed);
    QCOMPARE(out.type, received.type);
    QVERIFY(out.attachments.isEmpty());
    QCOMPARE(out.attachmentCount, 0);
    QCOMPARE(out.id, received.id);
    QCOMPARE(out.nsp, received.nsp);

    // What goes out must be something the reference decoder takes.
    const auto reparsed = SocketCodec::decode(SocketCodec::encode(out));
    QVERIFY2(reparsed.hasValue(), errorOf(reparsed).constData());
    QCOMPARE(rawJsonOf(ArgumentCodec::decode(*reparsed).args), args);
}

void TestArgumentCodec::encodeValues()
{
    const Arguments args {Argument(QStringLiteral("hi")),
                          Argument(42),
                          Argument(qint64(1) << 40),
                          Argument(true),
                          Argument(),
                          Argument(2.5),
                          Argument(QJsonObject {{QStringLiteral("k"), QStringLiteral("v")}}),
                          Argument(QJsonArray {1, QStringLiteral("x")}),
                          Argument(QLatin1StringView("latin")),
                          Argument::fromRawJson(QByteArrayLiteral(R"({"z":1,"a":2})"))};
    SocketPacket packet;
    ArgumentCodec::encode(packet, QStringLiteral("ev\"\u00e9"), args);
    QCOMPARE(packet.type, SocketPacketType::Event);
    // (the name is written by Qt's serializer: '"' escaped, U+00E9 as raw UTF-8)
    QCOMPARE(packet.payload,
             QByteArrayLiteral("[\"ev\\\"\xc3\xa9\",\"hi\",42,1099511627776,true,null,2.5,"
                               "{\"k\":\"v\"},[1,\"x\"],\"latin\",{\"z\":1,\"a\":2}]"));
    QVERIFY(packet.attachments.isEmpty());
    QCOMPARE(packet.attachmentCount, 0);
    QCOMPARE(SocketCodec::encode(packet), QByteArrayLiteral("2") + packet.payload);
    QVERIFY(SocketCodec::decode(SocketCodec::encode(packet)).hasValue());

    SocketPacket nameOnly;
    ArgumentCodec::encode(nameOnly, QStringLiteral("ping"), {});
    QCOMPARE(nameOnly.payload, QByteArrayLiteral(R"(["ping"])"));
}

void TestArgumentCodec::encodeAck()
{
    SocketPacket ack;
    ack.type = SocketPacketType::Ack;
    ack.id = 7;
    ArgumentCodec::encode(ack, std::nullopt, {Argument(1), Argument(QStringLiteral("2"))});
    QCOMPARE(ack.type, SocketPacketType::Ack);
    QCOMPARE(ack.payload, QByteArrayLiteral(R"([1,"2"])"));
    QCOMPARE(SocketCodec::encode(ack), QByteArrayLiteral(R"(37[1,"2"])"));

    SocketPacket empty;
    empty.type = SocketPacketType::Ack;
    empty.id = 0;
    empty.payload = QByteArrayLiteral("stale");
    ArgumentCodec::encode(empty, std::nullopt, {});
    QCOMPARE(empty.payload, QByteArrayLiteral("[]"));
    QCOMPARE(SocketCodec::encode(empty), QByteArrayLiteral("30[]"));
}

void TestArgumentCodec::encodeTypeFollowsContent_data()
{
    QTest::addColumn<SocketPacketType>("before");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<SocketPacketType>("after");

    using T = SocketPacketType;
    QTest::newRow("event, plain") << T::Event << false << T::Event;
    QTest::newRow("event, binary") << T::Event << true << T::BinaryEvent;
    QTest::newRow("binary event, plain") << T::BinaryEvent << false << T::Event;
    QTest::newRow("binary event, binary") << T::BinaryEvent << true << T::BinaryEvent;
    QTest::newRow("ack, plain") << T::Ack << false << T::Ack;
    QTest::newRow("ack, binary") << T::Ack << true << T::BinaryAck;
    QTest::newRow("binary ack, plain") << T::BinaryAck << false << T::Ack;
    QTest::newRow("binary ack, binary") << T::BinaryAck << true << T::BinaryAck;
}

void TestArgumentCodec::encodeTypeFollowsContent()
{
    QFETCH(SocketPacketType, before);
    QFETCH(bool, binary);
    QFETCH(SocketPacketType, after);

    SocketPacket packet;
    packet.type = before;
    packet.attachments = {QByteArrayLiteral("stale")};
    packet.attachmentCount = 1;
    const Arguments args {binary ? Argument::fromBinary(QByteArrayLiteral("\x00\x01")) : Argument(1)};
    ArgumentCodec::encode(packet, std::nullopt, args);
    QCOMPARE(packet.type, after);
    QCOMPARE(packet.attachmentCount, binary ? 1 : 0);
    QCOMPARE(packet.attachments, binary ? ByteList {QByteArrayLiteral("\x00\x01")} : ByteList {});
}

void TestArgumentCodec::binaryRelayKeepsAttachments()
{
    const ByteList attachments {QByteArrayLiteral("\x01\x02\x03"), QByteArrayLiteral("\x04\x05\x06")};
    const QByteArray payload = QByteArrayLiteral(R"(["message",)") + placeholder(0) + R"(,{"z":1,"nested":)"
        + placeholder(1) + R"(},12345678901234567890])";
    const SocketPacket received = decodePacket(QByteArrayLiteral("52-/chat,3") + payload, attachments);
    QCOMPARE(received.attachmentCount, 2);

    const ArgumentCodec::Decoded decoded = ArgumentCodec::decode(received);
    QCOMPARE(decoded.eventName, QStringLiteral("message"));
    QCOMPARE(decoded.args.size(), 3);
    QVERIFY(decoded.args.at(0).isBinary());
    QCOMPARE(decoded.args.at(0).binary(), attachments.at(0));
    QVERIFY(!decoded.args.at(1).isBinary()); // an object holding binary, not binary itself
    QCOMPARE(decoded.args.at(1).rawJson(), QByteArrayLiteral(R"({"z":1,"nested":)") + placeholder(1) + '}');
    QVERIFY(!decoded.args.at(2).isBinary());
    QCOMPARE(decoded.args.at(2).rawJson(), QByteArrayLiteral("12345678901234567890"));
    // All arguments of one packet share one attachment list.
    QVERIFY(decoded.args.at(0).attachments());
    QCOMPARE(decoded.args.at(0).attachments().get(), decoded.args.at(1).attachments().get());
    QCOMPARE(*decoded.args.at(0).attachments(), attachments);

    SocketPacket out;
    out.type = SocketPacketType::Event;
    ArgumentCodec::encode(out, QStringLiteral("message-back"), decoded.args);
    QCOMPARE(out.type, SocketPacketType::BinaryEvent);
    QCOMPARE(out.payload, QByteArrayLiteral(R"(["message-back",)") + payload.sliced(11));
    QCOMPARE(out.attachments, attachments);
    QCOMPARE(out.attachmentCount, 2);
    // Fast path: the attachments are the very same buffers, not copies.
    QVERIFY(out.attachments.at(0).constData() == decoded.args.at(0).attachments()->at(0).constData());
    QVERIFY(out.attachments.at(1).constData() == decoded.args.at(0).attachments()->at(1).constData());
    QCOMPARE(SocketCodec::encode(out), QByteArrayLiteral("52-") + out.payload);
    QVERIFY(SocketCodec::placeholdersValid(out));
}

void TestArgumentCodec::binaryAckRelay()
{
    // test suite: 452-789["message-with-ack",<0>,<1>] is answered with 462-789[<0>,<1>]
    const ByteList attachments {QByteArrayLiteral("\x01\x02\x03"), QByteArrayLiteral("\x04\x05\x06")};
    const SocketPacket received = decodePacket(QByteArrayLiteral(R"(52-789["message-with-ack",)")
                                                   + placeholder(0) + ',' + placeholder(1) + ']',
                                               attachments);
    const ArgumentCodec::Decoded decoded = ArgumentCodec::decode(received);
    QCOMPARE(decoded.eventName, QStringLiteral("message-with-ack"));

    SocketPacket ack;
    ack.type = SocketPacketType::Ack;
    ack.nsp = received.nsp;
    ack.id = received.id;
    ArgumentCodec::encode(ack, std::nullopt, decoded.args);
    QCOMPARE(ack.type, SocketPacketType::BinaryAck);
    QCOMPARE(ack.attachments, attachments);
    QCOMPARE(SocketCodec::encode(ack),
             QByteArrayLiteral("62-789[") + placeholder(0) + ',' + placeholder(1) + ']');
}

void TestArgumentCodec::mixedBinarySourcesAreRenumbered()
{
    const Arguments args {Argument::fromBinary(QByteArrayLiteral("first")), Argument(QStringLiteral("text")),
                          Argument::fromBinary(QByteArrayLiteral("second")),
                          Argument::fromBinary(QByteArrayLiteral("third"))};
    SocketPacket packet;
    ArgumentCodec::encode(packet, QStringLiteral("upload"), args);
    QCOMPARE(packet.type, SocketPacketType::BinaryEvent);
    QCOMPARE(packet.payload,
             QByteArrayLiteral(R"(["upload",)") + placeholder(0) + R"(,"text",)" + placeholder(1) + ','
                 + placeholder(2) + ']');
    QCOMPARE(
        packet.attachments,
        (ByteList {QByteArrayLiteral("first"), QByteArrayLiteral("second"), QByteArrayLiteral("third")}));
    QCOMPARE(packet.attachmentCount, 3);

    // The receiver gets each buffer back in place.
    const SocketPacket received = decodePacket(SocketCodec::encode(packet), packet.attachments);
    const Arguments back = ArgumentCodec::decode(received).args;
    QCOMPARE(back.size(), 4);
    QCOMPARE(back.at(0).binary(), QByteArrayLiteral("first"));
    QCOMPARE(back.at(1).toString(), QStringLiteral("text"));
    QCOMPARE(back.at(2).binary(), QByteArrayLiteral("second"));
    QCOMPARE(back.at(3).binary(), QByteArrayLiteral("third"));
}

void TestArgumentCodec::mixedWithRelayedBinary()
{
    // Arguments of a received packet (placeholders 0 and 1, used in reverse order, plus an
    // unused attachment 2) combined with a locally made binary argument.
    const ByteList attachments {QByteArrayLiteral("zero"), QByteArrayLiteral("one"),
                                QByteArrayLiteral("unused")};
    const SocketPacket received = decodePacket(QByteArrayLiteral(R"(53-["in",)") + placeholder(1)
                                                   + R"(,{"b":)" + placeholder(0) + R"(,"n":1}])",
                                               attachments);
    const Arguments in = ArgumentCodec::decode(received).args;
    QCOMPARE(in.size(), 2);

    const Arguments args {in.at(0), Argument::fromBinary(QByteArrayLiteral("local")), in.at(1), in.at(0)};
    SocketPacket packet;
    packet.type = SocketPacketType::Ack;
    packet.id = 4;
    ArgumentCodec::encode(packet, std::nullopt, args);
    QCOMPARE(packet.type, SocketPacketType::BinaryAck);
    // Renumbered in order of first use; the unused attachment is dropped.
    QCOMPARE(packet.attachments,
             (ByteList {QByteArrayLiteral("one"), QByteArrayLiteral("local"), QByteArrayLiteral("zero")}));
    QCOMPARE(packet.attachmentCount, 3);
    QCOMPARE(packet.payload,
             QByteArrayLiteral("[") + placeholder(0) + ',' + placeholder(1) + R"(,{"b":)" + placeholder(2)
                 + R"(,"n":1},)" + placeholder(0) + ']');

    const SocketPacket back = decodePacket(SocketCodec::encode(packet), packet.attachments);
    QCOMPARE(back.type, SocketPacketType::BinaryAck);
    const Arguments out = ArgumentCodec::decode(back).args;
    QCOMPARE(out.size(), 4);
    QCOMPARE(out.at(0).binary(), QByteArrayLiteral("one"));
    QCOMPARE(out.at(1).binary(), QByteArrayLiteral("local"));
    QCOMPARE(out.at(2).toObject().value(QStringLiteral("n")), QJsonValue(1));
    QCOMPARE(resolve(out.at(2), out.at(2).toObject().value(QStringLiteral("b"))), QByteArrayLiteral("zero"));
    QCOMPARE(out.at(3).binary(), QByteArrayLiteral("one"));
}

void TestArgumentCodec::sameBinaryArgumentTwice()
{
    const Argument blob = Argument::fromBinary(QByteArrayLiteral("blob"));
    SocketPacket packet;
    ArgumentCodec::encode(packet, QStringLiteral("twice"), {blob, blob});
    QCOMPARE(packet.type, SocketPacketType::BinaryEvent);
    QCOMPARE(packet.attachments, ByteList {QByteArrayLiteral("blob")});
    QCOMPARE(packet.payload, QByteArrayLiteral(R"(["twice",)") + placeholder(0) + ',' + placeholder(0) + ']');
}

// --- Argument -------------------------------------------------------------------------------

void TestArgumentCodec::argumentBinary()
{
    const QByteArray bytes("\x00\xff\x1e", 3);
    const Argument blob = Argument::fromBinary(bytes);
    QVERIFY(blob.isBinary());
    QVERIFY(blob.hasAttachments());
    QCOMPARE(blob.binary(), bytes);
    QCOMPARE(blob.rawJson(), placeholder(0));
    QVERIFY(!blob.isNull());

    const Argument empty = Argument::fromBinary({});
    QVERIFY(empty.isBinary());
    QCOMPARE(empty.binary(), QByteArray());

    // Binary data inside an array or object is not "exactly one piece of binary data".
    const auto only = std::make_shared<const ByteList>(ByteList {bytes});
    QVERIFY(!Argument::fromRawJson(QByteArray('[' + placeholder(0) + ']'), only).isBinary());
    QVERIFY(!Argument::fromRawJson(QByteArray(R"({"a":)" + placeholder(0) + '}'), only).isBinary());
    QVERIFY(Argument::fromRawJson(placeholder(0), only).isBinary());

    const Argument text(QStringLiteral("x"));
    QVERIFY(!text.isBinary());
    QVERIFY(!text.hasAttachments());
    QCOMPARE(text.binary(), QByteArray());
    QVERIFY(Argument().isNull());
    QCOMPARE(Argument().rawJson(), QByteArrayLiteral("null"));

    // Raw JSON keeps precision that the parsed view cannot.
    const Argument big = Argument::fromRawJson(QByteArrayLiteral("12345678901234567891"));
    QCOMPARE(big.rawJson(), QByteArrayLiteral("12345678901234567891"));
    QVERIFY(big.toJson().isDouble());
}

void TestArgumentCodec::argumentBogusPlaceholders_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("num out of range") << placeholder(1);
    QTest::newRow("num negative") << placeholder(-1);
    QTest::newRow("num non-integer") << QByteArrayLiteral(R"({"_placeholder":true,"num":0.5})");
    QTest::newRow("num huge") << QByteArrayLiteral(R"({"_placeholder":true,"num":1e300})");
    QTest::newRow("num huge negative") << QByteArrayLiteral(R"({"_placeholder":true,"num":-1e300})");
    QTest::newRow("num string") << QByteArrayLiteral(R"({"_placeholder":true,"num":"0"})");
    QTest::newRow("_placeholder false") << QByteArrayLiteral(R"({"_placeholder":false,"num":0})");
}

void TestArgumentCodec::argumentBogusPlaceholders()
{
    QFETCH(QByteArray, json);
    const auto attachments = std::make_shared<const ByteList>(ByteList {QByteArrayLiteral("only")});
    const Argument arg = Argument::fromRawJson(json, attachments);
    QVERIFY(!arg.isBinary());
    QCOMPARE(arg.binary(), QByteArray());

    // Mixed with another source, such an argument is passed through without taking attachments.
    SocketPacket packet;
    ArgumentCodec::encode(packet, QStringLiteral("e"), {arg, Argument::fromBinary(QByteArrayLiteral("x"))});
    QCOMPARE(packet.attachments, ByteList {QByteArrayLiteral("x")});
}

void TestArgumentCodec::argumentEquality()
{
    QCOMPARE(Argument(1), Argument::fromRawJson(QByteArrayLiteral("1")));
    QVERIFY(!(Argument(1) == Argument::fromRawJson(QByteArrayLiteral("1.0")))); // compares text
    QCOMPARE(Argument::fromBinary(QByteArrayLiteral("a")), Argument::fromBinary(QByteArrayLiteral("a")));
    QVERIFY(!(Argument::fromBinary(QByteArrayLiteral("a")) == Argument::fromBinary(QByteArrayLiteral("b"))));
    QVERIFY(!(Argument::fromBinary(QByteArrayLiteral("a")) == Argument(QJsonObject {})));
}

QTEST_GUILESS_MAIN(TestArgumentCodec)
#include "tst_argumentcodec.moc"
