// One Socket.IO v5 packet. `payload` is the JSON text exactly as received (or as produced by the
// encoder), never re-serialized, so relaying keeps it intact. Binary packets reference their
// attachments through {"_placeholder":true,"num":N} objects in the payload.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

enum class SocketPacketType : char {
    Connect = '0',
    Disconnect = '1',
    Event = '2',
    Ack = '3',
    ConnectError = '4',
    BinaryEvent = '5',
    BinaryAck = '6',
};

struct SocketPacket {
    SocketPacketType type = SocketPacketType::Event;
    QString nsp = QStringLiteral("/");
    std::optional<quint64> id;
    QByteArray payload; // raw JSON text; empty when the packet has none
    int attachmentCount = 0;
    QList<QByteArray> attachments; // filled while decoding / set before encoding

    bool isBinary() const
    {
        return type == SocketPacketType::BinaryEvent || type == SocketPacketType::BinaryAck;
    }
};

} // namespace gatehouse
