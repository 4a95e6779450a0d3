#include "ServerStack.h"

#include "Server.h"
#include "core/chat/ChatStack.h"
#include "core/moderation/ModerationStack.h"
#include "core/moderation/SessionRegistry.h"
#include "core/store/Store.h"
#include "core/transport/EngineServer.h"

#include <QCoreApplication>

namespace gatehouse {

namespace {

// This file's strings, in the translation context "ServerStack" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServerStack)
};

} // namespace

ServerStack::ServerStack(const ServerConfig &config, Store &store) : m_config(config), m_store(store)
{
}

ServerStack::~ServerStack()
{
    // The chat and moderation follow the server's sockets: they go before it.
    if (m_server)
        m_server->close();
    m_chat.reset();
    m_moderation.reset();
    m_server.reset();
}

Expected<std::unique_ptr<ServerStack>, QString> ServerStack::create(const ServerConfig &config, Store &store,
                                                                    SecretStore &secrets)
{
    std::unique_ptr<ServerStack> stack(new ServerStack(config, store));
    auto auth = AuthStack::create(store, secrets, config.auth);
    if (!auth)
        return unexpected(Tr::tr("cannot set up sign-in: %1").arg(auth.error()));
    stack->m_auth = std::move(*auth);
    stack->m_server = std::make_unique<Server>(config.server);
    stack->m_auth->install(*stack->m_server);
    stack->m_moderation = std::make_unique<ModerationStack>(*stack->m_server, store, config.auth.rules,
                                                            Clock::system(), config.adminUi);
    auto chat = ChatStack::create(*stack->m_server, store, stack->m_moderation->registry(), config.chat);
    if (!chat)
        return unexpected(Tr::tr("cannot set up the chat: %1").arg(chat.error()));
    stack->m_chat = std::move(*chat);
    return stack;
}

Expected<quint16, QString> ServerStack::listen()
{
    const auto listening = m_server->listen(m_config.bindAddress, m_config.port);
    if (!listening)
        return unexpected(Tr::tr("cannot listen on %1 port %2: %3. Pick another port, or stop the program "
                                 "using it.")
                              .arg(m_config.bindAddress.toString())
                              .arg(m_config.port)
                              .arg(listening.error()));
    m_config.port = *listening;
    return *listening;
}

void ServerStack::close()
{
    m_server->close();
}

ServerStack::Stats ServerStack::stats() const
{
    const SessionRegistry &registry = m_moderation->registry();
    Stats stats;
    stats.users = registry.userCount();
    stats.devices = registry.deviceCount();
    stats.sockets = registry.socketCount();
    stats.connections = m_server->clientCount();
    stats.traffic = m_server->engine()->traffic();
    return stats;
}

Expected<IssuedToken, QString> ServerStack::accessTokenFor(const QString &username)
{
    std::optional<User> account;
    if (username.isEmpty()) {
        // The first admin (by name) who may sign in: the console of whoever runs the server.
        auto users = m_store.users().list();
        if (!users)
            return unexpected(users.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const User &user : *users)
            if (user.role == Role::Admin && !user.isSuspendedAt(now)) {
                account = user;
                break;
            }
        if (!account)
            return unexpected(
                Tr::tr("There is no admin account that may sign in. Create one with "
                       "\"gatehouse user add NAME --role admin\", or lift an admin's suspension."));
    } else {
        auto found = m_store.users().findByUsername(username);
        if (!found)
            return unexpected(found.error());
        if (!*found)
            return unexpected(Tr::tr("There is no account \"%1\".").arg(username));
        account = **found;
    }
    auto token = m_auth->service().accessTokenFor(*account);
    if (!token)
        return unexpected(token.error().message);
    return *token;
}

} // namespace gatehouse
