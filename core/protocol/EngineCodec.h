// Engine.IO v4 wire format: single packets (WebSocket frames) and HTTP long-polling payloads
// (packets joined by the record separator 0x1e, binary ones as 'b' + base64).
#pragma once

#include "EnginePacket.h"
#include "core/Expected.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace gatehouse {

class EngineCodec {
public:
    static constexpr char RecordSeparator = '\x1e';

    // A WebSocket text frame: the type digit followed by the data. Binary packets normally go
    // out as binary frames holding the bytes alone; here they become 'b' + base64, the form
    // used in payloads and by clients that cannot send binary frames (engine.io-parser decodes
    // it in any text frame, and so does decodeText).
    static QByteArray encodeText(const EnginePacket &packet);
    static Expected<EnginePacket, QString> decodeText(QByteArrayView frame);

    // HTTP long-polling payloads.
    static QByteArray encodePayload(const QList<EnginePacket> &packets);
    static void appendToPayload(QByteArray &payload, const EnginePacket &packet);
    static Expected<QList<EnginePacket>, QString> decodePayload(QByteArrayView body);
};

} // namespace gatehouse
