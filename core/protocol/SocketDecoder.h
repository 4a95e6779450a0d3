// Turns a stream of Engine.IO messages into complete Socket.IO packets: text packets are decoded
// strictly, binary packets wait for their attachments (the binary messages that follow). Used by
// both the server and the client.
#pragma once

#include "EnginePacket.h"
#include "SocketCodec.h"
#include "core/Expected.h"

#include <optional>

namespace gatehouse {

class SocketDecoder {
public:
    explicit SocketDecoder(SocketCodec::Limits limits = {}) : m_limits(limits) { }

    // A complete packet, nullopt while attachments are still due, or the protocol error (after
    // which the connection must be closed).
    Expected<std::optional<SocketPacket>, QString> add(const EnginePacket &message);
    void reset() { m_reconstructing.reset(); }

private:
    SocketCodec::Limits m_limits;
    std::optional<SocketPacket> m_reconstructing;
};

} // namespace gatehouse
