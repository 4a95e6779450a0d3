// The chat side of a server, built and installed in one call like ModerationStack: the chat
// store on the server's database, presence from the session registry, the service, and the
// chat:* commands on the main namespace "/". Install it after AuthStack (whose handshake check
// admits signed-in users to "/") and ModerationStack (whose registry it uses). On first start it
// creates the default room (#general).
#pragma once

#include "ChatSettings.h"
#include "core/Clock.h"
#include "core/Expected.h"

#include <memory>

namespace gatehouse {

class ChatCommands;
class ChatPresence;
class ChatService;
class ChatStore;
class Server;
class SessionRegistry;
class Store;

class ChatStack {
public:
    static constexpr QLatin1StringView ChatNamespace {"/"};

    // Fails, saying why, when the store cannot be read or the default room cannot be created.
    static Expected<std::unique_ptr<ChatStack>, QString> create(Server &server, Store &store,
                                                                SessionRegistry &registry,
                                                                ChatSettings settings = {},
                                                                const Clock *clock = Clock::system());
    ~ChatStack();
    ChatStack(const ChatStack &) = delete;
    ChatStack &operator=(const ChatStack &) = delete;

    ChatStore &store() { return *m_store; }
    ChatPresence &presence() { return *m_presence; }
    ChatService &service() { return *m_service; }

private:
    ChatStack() = default;

    std::unique_ptr<ChatStore> m_store;
    std::unique_ptr<ChatPresence> m_presence;
    std::unique_ptr<ChatService> m_service;
    std::unique_ptr<ChatCommands> m_commands;
};

} // namespace gatehouse
