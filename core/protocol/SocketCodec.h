// Socket.IO v5 packet format: <type>[<attachments>-][<nsp>,][<id>][<json>].
// Decoding is strict and follows the reference parser: an invalid packet is an error, and the
// caller closes the connection, as the Node server does.
#pragma once

#include "EnginePacket.h"
#include "SocketPacket.h"
#include "core/Expected.h"

#include <QByteArrayView>
#include <QList>

namespace gatehouse {

class SocketCodec {
public:
    struct Limits {
        int maxAttachments = 64;
    };

    // The text part of a packet. Attachments, if any, go out as separate binary frames.
    static QByteArray encode(const SocketPacket &packet);
    // The Engine.IO messages that carry a packet: the text part, then each attachment.
    static QList<EnginePacket> toEnginePackets(const SocketPacket &packet);

    // Decodes the text part; a binary packet comes back with attachmentCount set and an empty
    // attachment list, to be completed by the caller with the next binary frames.
    static Expected<SocketPacket, QString> decode(QByteArrayView text, const Limits &limits);
    static Expected<SocketPacket, QString> decode(QByteArrayView text) { return decode(text, Limits {}); }

    // Checks that every placeholder in a completed binary packet points at an attachment.
    static bool placeholdersValid(const SocketPacket &packet);

    // Names a client may not use for events, as in the reference implementation.
    static bool isReservedEventName(QStringView name);
};

} // namespace gatehouse
