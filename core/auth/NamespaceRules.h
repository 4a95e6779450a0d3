// Who may enter which namespace: a policy per namespace (anonymous, user, moderator, admin),
// where a token may come from, and how sessions are kept signed in. The handshake check applies
// the rules when a socket connects; ModerationService applies them again when a user's role
// changes, to the sockets the new role no longer admits.
#pragma once

#include "HandshakeCredentials.h"
#include "SessionExpiry.h"
#include "SignInSessions.h"
#include "core/Expected.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <chrono>

namespace gatehouse {

enum class NamespacePolicy { Anonymous, User, Moderator, Admin };

struct NamespaceRules {
    QHash<QString, NamespacePolicy> policies {{QStringLiteral("/"), NamespacePolicy::User},
                                              {QStringLiteral("/admin"), NamespacePolicy::Moderator},
                                              {QStringLiteral("/public"), NamespacePolicy::Anonymous}};
    NamespacePolicy defaultPolicy = NamespacePolicy::User; // for namespaces not listed
    HandshakeCredentials::Sources sources = HandshakeCredentials::defaultSources();
    QHash<QString, HandshakeCredentials::Sources> sourcesByNamespace; // overrides `sources`
    SessionExpiryOptions expiry; // token_expiring / reauthenticate / disconnect after expiry
    std::chrono::milliseconds authenticateTimeout {15'000}; // for the "authenticate" event style
    // Where {username, password} and {sessionId} sign a socket in (for the Admin UI).
    QSet<QString> passwordSignIn {QStringLiteral("/admin")};
    std::chrono::seconds signInSessionLifetime {SignInSessions::DefaultLifetime};

    // Parses "/:user, /admin:moderator, /public:anonymous"; an error says what is wrong.
    static Expected<QHash<QString, NamespacePolicy>, QString> parsePolicies(const QString &text);
    static QString policyName(NamespacePolicy policy);

    NamespacePolicy policyFor(const QString &nsp) const;
    // Whether a signed-in user with `role` ("user", "moderator", "admin"; anything else counts
    // as "user") may be in a namespace with `policy`.
    static bool admits(NamespacePolicy policy, const QString &role);
};

} // namespace gatehouse
