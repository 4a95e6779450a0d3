#include "ChatStack.h"

#include "ChatCommands.h"
#include "ChatPresence.h"
#include "ChatService.h"
#include "ChatStore.h"
#include "ChatValidation.h"
#include "core/server/Server.h"
#include "core/store/Store.h"

namespace gatehouse {

namespace {

Expected<void, QString> ensureDefaultRoom(ChatStore &chat, const ChatSettings &settings)
{
    if (settings.defaultRoom.isEmpty())
        return {};
    if (const auto valid = ChatValidation::checkRoomName(settings.defaultRoom); !valid)
        return unexpected(QStringLiteral("chat/defaultRoom: %1").arg(valid.error().message));
    const auto found = chat.findRoom(settings.defaultRoom);
    if (!found)
        return unexpected(found.error());
    if (*found)
        return {};
    const auto created = chat.createRoom(settings.defaultRoom, settings.defaultTopic);
    if (!created)
        return unexpected(created.error());
    return {};
}

} // namespace

Expected<std::unique_ptr<ChatStack>, QString> ChatStack::create(Server &server, Store &store,
                                                                SessionRegistry &registry,
                                                                ChatSettings settings, const Clock *clock)
{
    std::unique_ptr<ChatStack> stack(new ChatStack);
    stack->m_store = std::make_unique<ChatStore>(store.database(), clock);
    if (const auto ready = ensureDefaultRoom(*stack->m_store, settings); !ready)
        return unexpected(QStringLiteral("cannot create the default chat room: %1").arg(ready.error()));
    Namespace &nsp = server.of(QString(ChatNamespace));
    stack->m_presence = std::make_unique<ChatPresence>(registry, nsp);
    stack->m_service = std::make_unique<ChatService>(*stack->m_store, store, registry, *stack->m_presence,
                                                     nsp, std::move(settings), clock);
    stack->m_commands = std::make_unique<ChatCommands>(*stack->m_service, *stack->m_presence);
    stack->m_commands->install(nsp);
    return stack;
}

ChatStack::~ChatStack() = default;

} // namespace gatehouse
