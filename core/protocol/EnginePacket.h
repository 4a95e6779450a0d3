// One Engine.IO v4 packet. Text packets carry UTF-8 text; binary packets carry raw bytes and
// are always of type Message.
#pragma once

#include <QByteArray>

namespace gatehouse {

enum class EnginePacketType : char {
    Open = '0',
    Close = '1',
    Ping = '2',
    Pong = '3',
    Message = '4',
    Upgrade = '5',
    Noop = '6',
};

struct EnginePacket {
    EnginePacketType type = EnginePacketType::Message;
    QByteArray data;
    bool binary = false;

    static EnginePacket text(EnginePacketType type, QByteArray data = {})
    {
        return {type, std::move(data), false};
    }
    static EnginePacket bytes(QByteArray data) { return {EnginePacketType::Message, std::move(data), true}; }

    friend bool operator==(const EnginePacket &, const EnginePacket &) = default;
};

} // namespace gatehouse
