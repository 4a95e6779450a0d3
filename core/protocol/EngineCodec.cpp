#include "EngineCodec.h"

namespace gatehouse {

namespace {

bool isPacketType(char c)
{
    return c >= '0' && c <= '6';
}

} // namespace

QByteArray EngineCodec::encodeText(const EnginePacket &packet)
{
    QByteArray frame;
    frame.reserve(packet.data.size() + 1);
    frame.append(static_cast<char>(packet.type)).append(packet.data);
    return frame;
}

Expected<EnginePacket, QString> EngineCodec::decodeText(QByteArrayView frame)
{
    if (frame.isEmpty())
        return unexpected(QStringLiteral("empty packet"));
    if (!isPacketType(frame.front()))
        return unexpected(QStringLiteral("unknown packet type"));
    return EnginePacket::text(static_cast<EnginePacketType>(frame.front()), frame.sliced(1).toByteArray());
}

void EngineCodec::appendToPayload(QByteArray &payload, const EnginePacket &packet)
{
    if (!payload.isEmpty())
        payload.append(RecordSeparator);
    if (packet.binary)
        payload.append('b').append(packet.data.toBase64());
    else
        payload.append(static_cast<char>(packet.type)).append(packet.data);
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
        const QByteArrayView part = body.sliced(start, end - start);
        if (!part.isEmpty() && part.front() == 'b') {
            auto decoded = QByteArray::fromBase64Encoding(part.sliced(1).toByteArray(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return unexpected(QStringLiteral("invalid base64 in binary packet"));
            packets.append(EnginePacket::bytes(std::move(*decoded)));
        } else {
            auto packet = decodeText(part);
            if (!packet)
                return unexpected(packet.error());
            packets.append(std::move(*packet));
        }
        start = end + 1;
    }
    return packets;
}

} // namespace gatehouse
