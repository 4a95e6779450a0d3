#include "SocketCodec.h"

#include "JsonText.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace gatehouse {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Parses a run of decimal digits; nullopt on overflow.
std::optional<quint64> parseUnsigned(QByteArrayView digits)
{
    quint64 value = 0;
    for (char c : digits) {
        const quint64 digit = static_cast<quint64>(c - '0');
        if (value > (std::numeric_limits<quint64>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

bool payloadValid(SocketPacketType type, const JsonText::Validated &json, bool hasPayload)
{
    switch (type) {
    case SocketPacketType::Connect:
        return !hasPayload || json.kind == JsonText::Kind::Object;
    case SocketPacketType::Disconnect:
        return !hasPayload;
    case SocketPacketType::ConnectError:
        return hasPayload && (json.kind == JsonText::Kind::Object || json.kind == JsonText::Kind::String);
    case SocketPacketType::Event:
    case SocketPacketType::BinaryEvent: {
        if (!hasPayload || json.kind != JsonText::Kind::Array)
            return false;
        const QJsonArray array = json.value.toArray();
        if (array.isEmpty())
            return false;
        const QJsonValue first = array.first();
        if (first.isDouble())
            return true;
        return first.isString() && !SocketCodec::isReservedEventName(first.toString());
    }
    case SocketPacketType::Ack:
    case SocketPacketType::BinaryAck:
        return hasPayload && json.kind == JsonText::Kind::Array;
    }
    return false;
}

bool checkPlaceholders(const QJsonValue &value, qsizetype attachmentCount)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!checkPlaceholders(item, attachmentCount))
                return false;
        }
        return true;
    }
    if (!value.isObject())
        return true;
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1StringView("_placeholder")).toBool()) {
        const QJsonValue num = object.value(QLatin1StringView("num"));
        const double n = num.toDouble(-1);
        return num.isDouble() && n >= 0 && n < static_cast<double>(attachmentCount)
            && n == static_cast<qint64>(n);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!checkPlaceholders(it.value(), attachmentCount))
            return false;
    }
    return true;
}

} // namespace

bool SocketCodec::isReservedEventName(QStringView name)
{
    static const QStringView reserved[]
        = {u"connect", u"connect_error", u"disconnect", u"disconnecting", u"newListener", u"removeListener"};
    for (QStringView r : reserved) {
        if (name == r)
            return true;
    }
    return false;
}

QByteArray SocketCodec::encode(const SocketPacket &packet)
{
    QByteArray out;
    out.reserve(packet.payload.size() + packet.nsp.size() + 24);
    out.append(static_cast<char>(packet.type));
    if (packet.isBinary())
        out.append(QByteArray::number(packet.attachments.size())).append('-');
    if (!packet.nsp.isEmpty() && packet.nsp != QLatin1StringView("/"))
        out.append(packet.nsp.toUtf8()).append(',');
    if (packet.id)
        out.append(QByteArray::number(*packet.id));
    out.append(packet.payload);
    return out;
}

QList<EnginePacket> SocketCodec::toEnginePackets(const SocketPacket &packet)
{
    QList<EnginePacket> encoded;
    encoded.reserve(1 + packet.attachments.size());
    encoded.append(EnginePacket::text(EnginePacketType::Message, encode(packet)));
    for (const QByteArray &attachment : packet.attachments)
        encoded.append(EnginePacket::bytes(attachment));
    return encoded;
}

Expected<SocketPacket, QString> SocketCodec::decode(QByteArrayView text, const Limits &limits)
{
    if (text.isEmpty())
        return unexpected(QStringLiteral("empty packet"));
    const char typeChar = text.front();
    if (typeChar < '0' || typeChar > '6')
        return unexpected(QStringLiteral("unknown packet type"));

    SocketPacket packet;
    packet.type = static_cast<SocketPacketType>(typeChar);
    qsizetype i = 1;

    if (packet.isBinary()) {
        const qsizetype dash = text.indexOf('-', i);
        if (dash < 0 || dash == i)
            return unexpected(QStringLiteral("illegal attachments"));
        const QByteArrayView digits = text.sliced(i, dash - i);
        for (char c : digits) {
            if (!isDigit(c))
                return unexpected(QStringLiteral("illegal attachments"));
        }
        const auto count = parseUnsigned(digits);
        if (count == 0u)
            return unexpected(QStringLiteral("illegal attachments")); // as the reference parser
        if (!count || *count > static_cast<quint64>(limits.maxAttachments))
            return unexpected(QStringLiteral("too many attachments"));
        packet.attachmentCount = static_cast<int>(*count);
        i = dash + 1;
    }

    if (i < text.size() && text[i] == '/') {
        qsizetype end = text.indexOf(',', i);
        const bool hasComma = end >= 0;
        if (!hasComma)
            end = text.size();
        packet.nsp = QString::fromUtf8(text.sliced(i, end - i));
        i = hasComma ? end + 1 : end;
    }

    const qsizetype idStart = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    if (i > idStart) {
        const auto id = parseUnsigned(text.sliced(idStart, i - idStart));
        if (!id)
            return unexpected(QStringLiteral("invalid ack id"));
        packet.id = *id;
    }

    const bool hasPayload = i < text.size();
    JsonText::Validated json;
    if (hasPayload) {
        json = JsonText::validate(text.sliced(i));
        if (json.kind == JsonText::Kind::Invalid)
            return unexpected(QStringLiteral("invalid payload"));
        packet.payload = text.sliced(i).toByteArray();
    }
    if (!payloadValid(packet.type, json, hasPayload))
        return unexpected(QStringLiteral("invalid payload"));
    if (packet.isBinary() && !checkPlaceholders(json.value, packet.attachmentCount))
        return unexpected(QStringLiteral("invalid placeholder"));
    return packet;
}

bool SocketCodec::placeholdersValid(const SocketPacket &packet)
{
    const auto value = JsonText::parse(packet.payload);
    return value && checkPlaceholders(*value, packet.attachments.size());
}

} // namespace gatehouse
