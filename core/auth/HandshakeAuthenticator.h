// Authenticates every Socket.IO connection in its handshake, by namespace policy:
// anonymous (anyone), user (any signed-in user), moderator (moderator or admin), admin. The token
// is taken from the sources the namespace allows (HandshakeCredentials); rejections are
// CONNECT_ERRORs with a stable message and data.code (no_token, invalid_token, token_expired,
// account_suspended, forbidden), see docs/auth.md. An accepted socket carries
// socket.data["user"] = {id, name, role, expiresAt} and socket.data["device"] = {id, name,
// platform} (from the auth payload), and joins the rooms "user:<id>" and "device:<id>".
#pragma once

#include "AuthService.h"
#include "NamespaceRules.h"
#include "core/server/Namespace.h"

namespace gatehouse {

class HandshakeAuthenticator {
public:
    HandshakeAuthenticator(AuthService &auth, NamespaceRules rules);

    // Install with Server::use(): it runs for every namespace.
    Namespace::Middleware middleware();
    NamespacePolicy policyFor(const QString &nsp) const;
    // "guess-<16 hex>" from user agent and address, for clients that send no deviceId.
    static QString guessDeviceId(const Handshake &handshake);

private:
    void authenticate(Socket *socket, const Next &next);
    std::optional<ConnectError> refusal(const QString &nsp, NamespacePolicy policy,
                                        const Expected<AuthService::Principal, AuthFailure> &principal);
    void accept(Socket *socket, const AuthService::Principal &principal, HandshakeCredentials::Source source);
    void awaitAuthenticateEvent(Socket *socket, NamespacePolicy policy);

    AuthService &m_auth;
    NamespaceRules m_rules;
};

} // namespace gatehouse
