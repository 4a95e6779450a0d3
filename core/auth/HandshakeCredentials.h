// Finds the token a client presented when connecting, in the places real clients put it:
// `auth.token` in the CONNECT packet, an `Authorization: Bearer` header, the session cookie, or
// (opt-in, since URLs end up in logs) a `token` query parameter. Which places count is chosen per
// namespace. A query token is removed from the handshake once read, so that no log line or admin
// view shows it.
#pragma once

#include "core/server/Handshake.h"

#include <QFlags>
#include <QString>

namespace gatehouse {

class HandshakeCredentials {
public:
    enum class Source {
        None = 0,
        AuthPayload = 1 << 0,
        AuthorizationHeader = 1 << 1,
        SessionCookie = 1 << 2,
        QueryParameter = 1 << 3,
        // Not in the handshake: after connecting, the client sends the "authenticate" event
        // (socketio-jwt style); see HandshakeAuthenticator.
        AuthenticateEvent = 1 << 4,
    };
    Q_DECLARE_FLAGS(Sources, Source)

    static constexpr Sources defaultSources()
    {
        return Sources(Source::AuthPayload) | Source::AuthorizationHeader | Source::SessionCookie;
    }
    static inline const QString CookieName = QStringLiteral("gatehouse_session");
    static inline const QString QueryKey = QStringLiteral("token");

    struct Found {
        QString token;
        Source source = Source::None;
    };

    // The first token found in `sources`, in the order above; `handshake` loses any query token.
    static Found extract(Handshake &handshake, Sources sources);
    static QString sourceName(Source source);
    // Parses "auth, header, cookie, query" (config file syntax); nullopt on an unknown word.
    static std::optional<Sources> parseSources(const QString &text);
    // A cookie's value from a Cookie header, or a null string.
    static QString cookieValue(const QByteArray &cookieHeader, const QString &name);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(HandshakeCredentials::Sources)

} // namespace gatehouse
