#include "EngineCodec.h"

namespace gatehouse {

namespace {

bool isPacketType(char c)
{
    return c >= '0' && c <= '6';
}

void appendPacket(QByteArray &out, const EnginePacket &packet)
{
    if (packet.binary)
        out.append('b').append(packet.data.toBase64());
    else
        out.append(static_cast<char>(packet.type)).append(packet.data);
}

} // namespace

QByteArray EngineCodec::encodeText(const EnginePacket &packet)
{
    QByteArray frame;
    frame.reserve(packet.binary ? (packet.data.size() + 2) / 3 * 4 + 1 : packet.data.size() + 1);
    appendPacket(frame, packet);
    return frame;
}

Expected<EnginePacket, QString> EngineCodec::decodeText(QByteArrayView frame)
{
    if (frame.isEmpty())
        return unexpected(QStringLiteral("empty packet"));
    if (frame.front() == 'b') {
        auto decoded = QByteArray::fromBase64Encoding(frame.sliced(1).toByteArray(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return unexpected(QStringLiteral("invalid base64 in binary packet"));
        return EnginePacket::bytes(std::move(*decoded));
    }
    if (!isPacketType(frame.front()))
        return unexpected(QStringLiteral("unknown packet type"));
    return EnginePacket::text(static_cast<EnginePacketType>(frame.front()), frame.sliced(1).toByteArray());
}

void EngineCodec::appendToPayload(QByteArray &payload, const EnginePacket &packet)
{
    if (!payload.isEmpty())
        payload.append(RecordSeparator);
    appendPacket(payload, packet);
}

QByteArray EngineCodec::encodePayload(const QList<EnginePacket> &packets)
{
    QByteArray payload;
    for (const EnginePacket &packet : packets)
        appendToPayload(payload, packet);
    return payload;
}

Expected<QList<EnginePacket>, QString> EngineCodec::decodePayload(QByteArrayView body)
{
    QList<EnginePacket> packets;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf(RecordSeparator, start);
        if (end < 0)
            end = body.size();
        auto packet = decodeText(body.sliced(start, end - start));
        if (!packet)
            return unexpected(packet.error());
        packets.append(std::move(*packet));
        start = end + 1;
    }
    return packets;
}

} // namespace gatehouse
