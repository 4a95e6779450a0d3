// One user's sign-in to one server, for one chat window: signs in over the login API, keeps the
// refresh token in the OS keychain (RefreshTokenVault) when the user stays signed in, and hands
// out a connected ClientSocket on "/" that keeps itself signed in (token_expiring / token_expired
// refresh silently; every rotated refresh token is written back to the keychain).
//
// The access token lives in memory only. A kick stops the session with a notice and no
// reconnect (signInAgain() may come back with the refresh token); a suspension also deletes the
// keychain entry; signOut() revokes the sign-in on the server and deletes the entry. With no
// keychain service, signIn() with staySignedIn reports KeychainUnavailable before the password
// leaves the machine, so the UI can offer a session-only sign-in: never a silent fallback.
//
// Everything is asynchronous (network, keychain): results arrive as signals.
#pragma once

#include "core/client/ChatSessionNotice.h"
#include "core/client/ClientSocket.h"
#include "core/client/LoginApi.h"
#include "core/client/RememberedSignIn.h"
#include "core/client/SessionTokens.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace gatehouse {

class Manager;
class RefreshTokenVault;

struct ChatSessionOptions {
    QByteArray path = "/socket.io/";
    std::optional<QSslConfiguration> tls;
    int timeoutMs = 15'000; // each login API request, and the Engine.IO handshake
    bool polling = false; // start with long-polling instead of WebSocket
    int reconnectionDelayMs = 1'000;
    int reconnectionDelayMaxMs = 5'000;
};

class ChatSession : public QObject {
    Q_OBJECT

public:
    enum class State {
        SignedOut,
        SigningIn, // checking the keychain, signing in or refreshing
        Connecting, // signed in, joining "/"
        Online,
        Reconnecting, // the connection dropped; the manager reconnects
        Kicked, // notice(): who and why; no automatic reconnect
        Suspended, // notice(): reason and end; the keychain entry is gone
        Failed, // notice() says why and what to do
    };
    Q_ENUM(State)

    using Options = ChatSessionOptions;
    struct SignInRequest {
        QUrl server;
        QString username;
        QString password;
        QString deviceName;
        bool staySignedIn = true; // false: session only, nothing goes to the keychain
    };

    // `vault` (not owned, may be shared by several sessions) must outlive this session; null: no
    // keychain at all, every sign-in is session-only.
    explicit ChatSession(RefreshTokenVault *vault, Options options = {}, QObject *parent = nullptr);
    ~ChatSession() override;

    void signIn(SignInRequest request);
    // Comes back silently with the refresh token stored for `signIn`; on failure the state is
    // Failed (or Suspended) and notice() says why, for a login dialog prefilled with signIn().
    void resume(const RememberedSignIn &signIn);
    // After a kick or a failure: refreshes with the held refresh token (or the stored one) and
    // connects again, with a new socket.
    void signInAgain();
    // Leaves at once (state SignedOut), then revokes the sign-in on the server, deletes the
    // keychain entry and forgets the remembered sign-in; signOutFinished() follows.
    void signOut();

    State state() const { return m_state; }
    const ChatSessionNotice &notice() const { return m_notice; }
    // Who and where; valid from signIn()/resume() on.
    const RememberedSignIn &signInInfo() const { return m_signIn; }
    // {id, username, displayName, role} once signed in.
    const QJsonObject &user() const { return m_tokens->user(); }
    // The refresh token is kept in the keychain (false: session only).
    bool isPersistent() const { return m_tokens->isPersistent(); }
    // The socket on "/", owned by this session; null before the first sign-in. A new one comes
    // with socketReady() on each sign-in; the old one is then deleted.
    ClientSocket *socket() const { return m_socket; }
    // How many times the tokens were refreshed (diagnostics and tests).
    int refreshCount() const { return m_tokens->refreshCount(); }

Q_SIGNALS:
    void stateChanged(gatehouse::ChatSession::State state);
    // A new socket on "/" (not yet connected): chat views attach their handlers here.
    void socketReady(gatehouse::ClientSocket *socket);
    // The session stopped, or could not start, for the reason in `notice`.
    void noticeRaised(const gatehouse::ChatSessionNotice &notice);
    // The session goes on, but a rotated refresh token could not be written to the keychain: it
    // is session-only from now on and the next start will ask for the password.
    void keychainWarning(const QString &message);
    // signOut() is done; `problem` is empty, or says what could not be done (e.g. the server
    // could not be told, or the keychain entry could not be deleted).
    void signOutFinished(const QString &problem);

private:
    void start(const RememberedSignIn &signIn, bool persist);
    void login(const LoginApi::Credentials &credentials);
    void connectSocket();
    void dropConnection();
    void closeConnectionLater();
    void onRefreshFailed(const LoginFailure &failure);
    void onConnectError(const ConnectError &error);
    void onForcedDisconnect(const QJsonObject &notice);
    void onDisconnected(const QString &reason);
    void suspended(const QString &reason, const QDateTime &until, const QString &by);
    void fail(ChatSessionNotice notice, State state = State::Failed);
    void setState(State state);

    RefreshTokenVault *m_vault;
    Options m_options;
    std::unique_ptr<LoginApi> m_api;
    SessionTokens *m_tokens; // a child
    Manager *m_manager = nullptr;
    QPointer<ClientSocket> m_socket;
    RememberedSignIn m_signIn;
    State m_state = State::SignedOut;
    ChatSessionNotice m_notice;
    // Every sign-in, resume and sign-out starts a new generation: answers to older ones are dropped.
    quint64 m_generation = 0;
};

} // namespace gatehouse
