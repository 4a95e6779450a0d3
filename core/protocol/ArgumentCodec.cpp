#include "ArgumentCodec.h"

#include "JsonText.h"

#include <QHash>

#include <cmath>

namespace gatehouse {

namespace {

// Rewrites placeholders of `value` so that they index into `merged`, appending attachments of
// `source` on first use. Only used when arguments from different packets are combined.
QJsonValue renumber(const QJsonValue &value, const QList<QByteArray> &source, QList<QByteArray> &merged,
                    QHash<qsizetype, qsizetype> &mapping)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = renumber(array.at(i), source, merged, mapping);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    if (object.value(QLatin1StringView("_placeholder")).toBool()) {
        // Range-checked before the conversion, which is undefined for out-of-range doubles.
        const double n = object.value(QLatin1StringView("num")).toDouble(-1);
        if (!(n >= 0 && n < static_cast<double>(source.size())) || n != std::floor(n))
            return value;
        const auto num = static_cast<qsizetype>(n);
        auto it = mapping.find(num);
        if (it == mapping.end()) {
            it = mapping.insert(num, merged.size());
            merged.append(source.at(num));
        }
        object[QLatin1StringView("num")] = static_cast<qint64>(it.value());
        return object;
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = renumber(it.value(), source, merged, mapping);
    return object;
}

} // namespace

ArgumentCodec::Decoded ArgumentCodec::decode(const SocketPacket &packet)
{
    Decoded decoded;
    Argument::Attachments attachments;
    if (!packet.attachments.isEmpty())
        attachments = std::make_shared<const QList<QByteArray>>(packet.attachments);

    const QList<QByteArrayView> elements = JsonText::splitArray(packet.payload);
    const bool isEvent
        = packet.type == SocketPacketType::Event || packet.type == SocketPacketType::BinaryEvent;
    qsizetype first = 0;
    if (isEvent && !elements.isEmpty()) {
        const QJsonValue name = JsonText::parse(elements.first()).value_or(QJsonValue());
        // A number is named by its JSON form ("1234567", not QString::number's "1.23457e+06").
        decoded.eventName = name.isDouble() ? QString::fromUtf8(JsonText::serialize(name)) : name.toString();
        first = 1;
    }
    decoded.args.reserve(elements.size() - first);
    for (qsizetype i = first; i < elements.size(); ++i)
        decoded.args.append(Argument::fromRawJson(elements.at(i).toByteArray(), attachments));
    return decoded;
}

void ArgumentCodec::encode(SocketPacket &packet, const std::optional<QString> &eventName,
                           const Arguments &args)
{
    // Fast path: no binary, or all binary arguments share one attachment list (a relay).
    const QList<QByteArray> *shared = nullptr;
    bool mixed = false;
    for (const Argument &arg : args) {
        if (!arg.hasAttachments())
            continue;
        if (!shared)
            shared = arg.attachments().get();
        else if (shared != arg.attachments().get())
            mixed = true;
    }

    QByteArray &json = packet.payload;
    json.clear();
    json.append('[');
    if (eventName)
        json.append(JsonText::serialize(QJsonValue(*eventName)));

    QList<QByteArray> merged;
    QHash<const QList<QByteArray> *, QHash<qsizetype, qsizetype>> mappings;
    bool firstElement = !eventName;
    for (const Argument &arg : args) {
        if (!firstElement)
            json.append(',');
        firstElement = false;
        if (mixed && arg.hasAttachments()) {
            const QJsonValue rewritten
                = renumber(arg.toJson(), *arg.attachments(), merged, mappings[arg.attachments().get()]);
            json.append(JsonText::serialize(rewritten));
        } else {
            json.append(arg.rawJson());
        }
    }
    json.append(']');

    packet.attachments = mixed ? merged : (shared ? *shared : QList<QByteArray>());
    const bool binary = !packet.attachments.isEmpty();
    if (packet.type == SocketPacketType::Event || packet.type == SocketPacketType::BinaryEvent)
        packet.type = binary ? SocketPacketType::BinaryEvent : SocketPacketType::Event;
    else if (packet.type == SocketPacketType::Ack || packet.type == SocketPacketType::BinaryAck)
        packet.type = binary ? SocketPacketType::BinaryAck : SocketPacketType::Ack;
    packet.attachmentCount = static_cast<int>(packet.attachments.size());
}

SocketPacket ArgumentCodec::ackPacket(quint64 id, const Arguments &args)
{
    SocketPacket packet;
    packet.type = SocketPacketType::Ack;
    packet.id = id;
    encode(packet, std::nullopt, args);
    return packet;
}

} // namespace gatehouse
