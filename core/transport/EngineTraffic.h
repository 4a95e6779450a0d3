// What went through a server's Engine.IO sessions since it started: message packets (not
// heartbeats or upgrade probes) and their payload bytes. For statistics such as the Admin UI's
// "bytes received and sent"; the counters only grow.
#pragma once

#include <QtGlobal>

namespace gatehouse {

struct EngineTraffic {
    quint64 packetsIn = 0;
    quint64 packetsOut = 0;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
};

} // namespace gatehouse
