// The continuation a middleware calls, now or later: next() lets the connection through,
// next(ConnectError{...}) refuses it. Calls after the first are ignored.
#pragma once

#include "ConnectError.h"

#include <functional>
#include <memory>
#include <optional>

namespace gatehouse {

class Next {
public:
    using Callback = std::function<void(std::optional<ConnectError>)>;

    explicit Next(Callback callback) : m_state(std::make_shared<State>(State {std::move(callback)})) { }

    void operator()() const { call(std::nullopt); }
    void operator()(ConnectError error) const { call(std::move(error)); }

private:
    struct State {
        Callback callback;
    };

    void call(std::optional<ConnectError> error) const
    {
        if (!m_state->callback)
            return;
        Callback callback = std::exchange(m_state->callback, nullptr);
        callback(std::move(error));
    }

    std::shared_ptr<State> m_state;
};

} // namespace gatehouse
