#include "SocketDecoder.h"

namespace gatehouse {

Expected<std::optional<SocketPacket>, QString> SocketDecoder::add(const EnginePacket &message)
{
    if (message.binary) {
        if (!m_reconstructing)
            return unexpected(QStringLiteral("got binary data when not reconstructing a packet"));
        m_reconstructing->attachments.append(message.data);
        if (m_reconstructing->attachments.size() < m_reconstructing->attachmentCount)
            return std::optional<SocketPacket>();
        std::optional<SocketPacket> complete = std::move(m_reconstructing);
        m_reconstructing.reset();
        return complete;
    }
    if (m_reconstructing)
        return unexpected(QStringLiteral("got plaintext data when reconstructing a packet"));
    auto decoded = SocketCodec::decode(message.data, m_limits);
    if (!decoded)
        return unexpected(decoded.error());
    if (decoded->isBinary() && decoded->attachmentCount > 0) {
        m_reconstructing = std::move(*decoded);
        return std::optional<SocketPacket>();
    }
    return std::optional<SocketPacket>(std::move(*decoded));
}

} // namespace gatehouse
