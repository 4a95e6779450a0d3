// Why a chat sign-in is not (or no longer) online, for the login dialog and the notice banner:
// a kind to act on, a translated message that says what to do, and the details of a kick or a
// suspension.
#pragma once

#include "core/client/LoginApi.h"
#include "core/platform/KeychainError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace gatehouse {

struct ChatSessionNotice {
    enum class Kind {
        None,
        SignInRefused, // the login API said no (loginFailure says why), or the form was incomplete
        KeychainUnavailable, // no keychain to stay signed in with: offer a session-only sign-in
        KeychainFailed, // the keychain refused (locked, declined, …): keychainError says what
        NoStoredSignIn, // resume found no refresh token: sign in with the password
        SignInEnded, // the refresh token was refused (expired, revoked, reused): sign in again
        Kicked, // a moderator disconnected this sign-in: by, reason
        Suspended, // the account is suspended: reason, until (invalid: until lifted), by
        ConnectionRefused, // the server refused the Socket.IO connection for another reason
        ConnectionEnded, // the server ended the connection without saying why
    };

    ChatSessionNotice() = default;
    ChatSessionNotice(Kind kind, QString message = {}) : kind(kind), message(std::move(message)) { }

    // The notices ChatSession raises, with their messages (translation context gatehouse::ChatSession).
    // SignInRefused, or SignInEnded for a refused refresh token (AccountSuspended: use suspended()).
    static ChatSessionNotice loginFailed(const LoginFailure &failure);
    // KeychainUnavailable (offering a session-only sign-in) or KeychainFailed.
    static ChatSessionNotice keychainFailed(const KeychainError &error);
    static ChatSessionNotice suspended(const QString &reason, const QDateTime &until, const QString &by);
    // A forceDisconnect notice {code, reason, by}: Kicked, or ConnectionRefused (e.g. forbidden).
    static ChatSessionNotice forcedDisconnect(const QJsonObject &notice);
    // A connect_error's data {code, detail}; `holdsRefreshToken`: signing in again may help.
    static ChatSessionNotice connectRefused(const QJsonObject &data, const QString &message,
                                            const QString &username, bool holdsRefreshToken);

    Kind kind = Kind::None;
    QString message; // translated; what happened and what to do next
    QString by; // Kicked, Suspended: who did it
    QString reason; // Kicked, Suspended
    QDateTime until; // Suspended
    std::optional<LoginFailure::Kind> loginFailure;
    std::optional<KeychainError::Code> keychainError;
    // The login dialog may offer "Sign in for this session only" (nothing kept in the keychain).
    bool offersSessionOnly = false;
    // ChatSession::signInAgain() can reconnect without the password (a refresh token is held).
    bool canSignInAgain = false;
};

} // namespace gatehouse
