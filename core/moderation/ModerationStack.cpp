#include "ModerationStack.h"

#include "core/server/Server.h"

namespace gatehouse {

ModerationStack::ModerationStack(Server &server, Store &store, const NamespaceRules &rules,
                                 const Clock *clock, AdminUiOptions adminUi)
    : m_registry(std::make_unique<SessionRegistry>(server)),
      m_moderation(std::make_unique<ModerationService>(store, *m_registry, clock)),
      m_extensions(std::make_unique<AdminExtensions>(store, *m_registry, *m_moderation)),
      m_adminUi(std::make_unique<AdminUiBridge>(server, *m_registry, *m_moderation, std::move(adminUi)))
{
    m_moderation->setNamespaceRules(rules);
    Namespace &admin = server.of(QString(AdminNamespace));
    m_extensions->install(admin);
    m_adminUi->install(admin);
}

ModerationStack::~ModerationStack() = default;

} // namespace gatehouse
