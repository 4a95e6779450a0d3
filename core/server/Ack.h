// The acknowledgement callback handed to an event handler: calling it sends an ACK packet with
// the given arguments, once. When the client asked for no ack, calling it does nothing.
#pragma once

#include "core/protocol/Argument.h"

#include <functional>
#include <memory>

namespace gatehouse {

class Ack {
public:
    using Sender = std::function<void(const Arguments &)>;

    Ack() = default;
    explicit Ack(Sender sender) : m_sender(std::make_shared<Sender>(std::move(sender))) { }

    bool isRequested() const { return m_sender && *m_sender; }
    explicit operator bool() const { return isRequested(); }

    void operator()(const Arguments &args = {}) const
    {
        if (!isRequested())
            return;
        Sender sender = std::exchange(*m_sender, nullptr);
        sender(args);
    }

private:
    std::shared_ptr<Sender> m_sender;
};

} // namespace gatehouse
