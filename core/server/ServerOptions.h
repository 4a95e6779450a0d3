// Socket.IO server settings on top of the Engine.IO ones.
#pragma once

#include "core/protocol/SocketCodec.h"
#include "core/transport/EngineOptions.h"

namespace gatehouse {

struct ServerOptions {
    EngineOptions engine;
    int connectTimeoutMs = 45'000; // a connection that joins no namespace by then is closed
    SocketCodec::Limits codec;
};

} // namespace gatehouse
