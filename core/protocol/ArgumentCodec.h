// Turns packet payloads into Arguments and back.
#pragma once

#include "Argument.h"
#include "SocketPacket.h"

#include <optional>

namespace gatehouse {

class ArgumentCodec {
public:
    // The arguments of a decoded EVENT/ACK packet (the event name, if any, is not included).
    struct Decoded {
        QString eventName;
        Arguments args;
    };
    static Decoded decode(const SocketPacket &packet);

    // Fills `payload`, `attachments` and the binary-ness of `packet.type` (Event/Ack stay plain
    // when there is nothing binary). `eventName` is prepended for events.
    static void encode(SocketPacket &packet, const std::optional<QString> &eventName, const Arguments &args);
    // The ACK (or BINARY_ACK) answering the event with ack id `id`; the namespace is the caller's.
    static SocketPacket ackPacket(quint64 id, const Arguments &args);
};

} // namespace gatehouse
