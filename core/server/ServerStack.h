// Everything a Gatehouse server is, assembled on the calling thread: the Socket.IO server, the
// sign-in (login API, handshake check), moderation (session registry, kicks, /admin) and the
// chat, over one store. `gatehouse serve` builds one on the main thread; the desktop app's
// EmbeddedServer builds one on a thread of its own. Nothing listens until listen().
//
// The store and the secret store must outlive the stack. Destroying it closes every connection.
#pragma once

#include "ServerConfig.h"
#include "core/Expected.h"
#include "core/auth/AuthStack.h"
#include "core/transport/EngineTraffic.h"

#include <QDateTime>

#include <memory>

namespace gatehouse {

class ChatStack;
class ModerationStack;
class SecretStore;
class Server;
class Store;

class ServerStack {
public:
    // What the server panel shows: connected now, and the traffic counters (which only grow).
    struct Stats {
        qsizetype users = 0;
        qsizetype devices = 0;
        qsizetype sockets = 0;
        qsizetype connections = 0; // Engine.IO clients, signed in or not
        EngineTraffic traffic;
    };

    // Fails, saying why, when the secret, the store or the chat cannot be set up.
    static Expected<std::unique_ptr<ServerStack>, QString> create(const ServerConfig &config, Store &store,
                                                                  SecretStore &secrets);
    ~ServerStack();

    // Listens on the configured address and port; the bound port, or why not (with what to do).
    Expected<quint16, QString> listen();
    // Closes every connection ("server shutting down") and stops listening.
    void close();

    // The configuration with the bound port once listening.
    const ServerConfig &config() const { return m_config; }
    // The URL clients connect to.
    QString clientUrl() const { return m_config.clientUrl(); }
    Stats stats() const;
    // An access token for one of this server's accounts, for a console in the same process that
    // talks to the server over loopback like any other client (no password, no refresh token:
    // the process holding the signing key asks again when it runs out). Refused for unknown and
    // suspended accounts. An empty `username` picks the first admin who may sign in.
    Expected<IssuedToken, QString> accessTokenFor(const QString &username);

    Server &server() { return *m_server; }
    AuthStack &auth() { return *m_auth; }
    ModerationStack &moderation() { return *m_moderation; }
    ChatStack &chat() { return *m_chat; }

private:
    ServerStack(const ServerConfig &config, Store &store);

    ServerConfig m_config;
    Store &m_store;
    std::unique_ptr<AuthStack> m_auth;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<ModerationStack> m_moderation;
    std::unique_ptr<ChatStack> m_chat;
};

} // namespace gatehouse
