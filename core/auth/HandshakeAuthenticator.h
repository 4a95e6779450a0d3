// Authenticates every Socket.IO connection in its handshake, by namespace policy:
// anonymous (anyone), user (any signed-in user), moderator (moderator or admin), admin. The token
// is taken from the sources the namespace allows (HandshakeCredentials); rejections are
// CONNECT_ERRORs with a stable message and data.code (no_token, invalid_token, token_expired,
// account_suspended, forbidden), see docs/auth.md. An accepted socket carries
// socket.data["user"] = {id, name, role, expiresAt} and socket.data["device"] = {id, name,
// platform} (from the auth payload), and joins the rooms "user:<id>" and "device:<id>".
//
// Namespaces listed in passwordSignIn (/admin by default) also take what the official Admin UI
// sends, since it cannot send a token: auth {username, password}, checked like /api/login
// (throttled, audited, on the hasher's threads), and after a page reload auth {sessionId} with
// the id sent to it as the event "session" right after the CONNECT. A wrong password is refused
// with exactly the message "invalid credentials", which the UI recognises.
#pragma once

#include "AuthService.h"
#include "NamespaceRules.h"
#include "SignInSessions.h"
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
    // The session id a password sign-in created for this socket, to send it as "session" once
    // connected; empty for other sockets. Taken once.
    static QString takeSignInSession(Socket *socket);
    // How the socket signed in: "auth", "header", "cookie", "query", "event", "password", "session".
    static QString signInSource(const Socket *socket);
    SignInSessions &signInSessions() { return m_signIns; }

private:
    void authenticate(Socket *socket, const Next &next);
    std::optional<ConnectError> refusal(const QString &nsp, NamespacePolicy policy,
                                        const Expected<AuthService::Principal, AuthFailure> &principal);
    void accept(Socket *socket, const AuthService::Principal &principal, const QString &source);
    void awaitAuthenticateEvent(Socket *socket, NamespacePolicy policy);
    bool offersPassword(const QString &nsp, const QJsonObject &auth) const;
    void signInWithPassword(Socket *socket, NamespacePolicy policy, const Next &next);

    AuthService &m_auth;
    NamespaceRules m_rules;
    SignInSessions m_signIns;
};

} // namespace gatehouse
