// The moderation side of a server, built in one call like AuthStack: the session registry, the
// moderation service (kick, suspend, timed lifts), the admin namespace's commands and the Admin UI
// protocol on it. Install it after AuthStack, whose handshake check guards /admin.
#pragma once

#include "AdminExtensions.h"
#include "AdminUiBridge.h"
#include "ModerationService.h"
#include "SessionRegistry.h"

#include <memory>

namespace gatehouse {

class Server;
class Store;

class ModerationStack {
public:
    static constexpr QLatin1StringView AdminNamespace {"/admin"};

    // `rules`: the namespace policies the server's handshake check applies (AuthSettings::rules),
    // which a role change applies again to the user's live sockets.
    ModerationStack(Server &server, Store &store, const NamespaceRules &rules = {},
                    const Clock *clock = Clock::system(), AdminUiOptions adminUi = {});
    ~ModerationStack();

    SessionRegistry &registry() { return *m_registry; }
    ModerationService &moderation() { return *m_moderation; }

private:
    std::unique_ptr<SessionRegistry> m_registry;
    std::unique_ptr<ModerationService> m_moderation;
    std::unique_ptr<AdminExtensions> m_extensions;
    std::unique_ptr<AdminUiBridge> m_adminUi;
};

} // namespace gatehouse
