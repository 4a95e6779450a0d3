// Engine.IO v4 wire format: single packets (WebSocket frames) and HTTP long-polling payloads
// (packets joined by the record separator 0x1e, binary ones as 'b' + base64).
#pragma once

#include "EnginePacket.h"
#include "core/Expected.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace gatehouse {

class EngineCodec
{
public:
    static constexpr char RecordSeparator = '\x1e';

    // A WebSocket text frame: the type digit followed by the data. Binary packets are sent as
    // binary frames holding the bytes alone, so they never go through this.
    static QByteArray encodeText(const EnginePacket &packet);
    static Expected<EnginePacket, QString> decodeText(QByteArrayView frame);

    // HTTP long-polling payloads.
    static QByteArray encodePayload(const QList<EnginePacket> &packets);
    static void appendToPayload(QByteArray &payload, const EnginePacket &packet);
    static Expected<QList<EnginePacket>, QString> decodePayload(QByteArrayView body);
};

} // namespace gatehouse
