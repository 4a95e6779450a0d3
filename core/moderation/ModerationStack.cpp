#include "ModerationStack.h"

#include "core/server/Server.h"

namespace gatehouse {

ModerationStack::ModerationStack(Server &server, Store &store, const NamespaceRules &rules,
                                 const Clock *clock)
    : m_registry(std::make_unique<SessionRegistry>(server)),
      m_moderation(std::make_unique<ModerationService>(store, *m_registry, clock)),
      m_extensions(std::make_unique<AdminExtensions>(store, *m_registry, *m_moderation))
{
    m_moderation->setNamespaceRules(rules);
    m_extensions->install(server.of(QString(AdminNamespace)));
}

ModerationStack::~ModerationStack() = default;

} // namespace gatehouse
