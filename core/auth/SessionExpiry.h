// Socket.IO checks tokens only in the handshake, so sockets outlive their tokens. This keeps
// checking: before the token expires the socket gets `token_expiring` {expiresAt, secondsLeft};
// the client may send a fresh token over the open connection with the acknowledged event
// `reauthenticate` ({token} or the token itself; the ack is {ok: true, expiresAt} or
// {ok: false, error: {code, message}}); otherwise, a grace period after expiry, the socket gets
// `forceDisconnect` {reason: "token expired", by: "server"} and is disconnected.
//
// One small object per authenticated socket (a child of it), with a single timer.
#pragma once

#include <QBasicTimer>
#include <QDateTime>
#include <QObject>

#include <chrono>

namespace gatehouse {

class AuthService;
class Clock;
class Socket;

struct SessionExpiryOptions {
    std::chrono::seconds warnBefore {60};
    std::chrono::seconds grace {30};
};

class SessionExpiry : public QObject {
    Q_OBJECT

public:
    // Watches `socket` whose token expires at `expiresAt` (invalid: never, nothing to do).
    static void attach(Socket *socket, const QDateTime &expiresAt, AuthService &auth, const Clock *clock,
                       SessionExpiryOptions options);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    SessionExpiry(Socket *socket, AuthService &auth, const Clock *clock, SessionExpiryOptions options);
    void schedule(const QDateTime &expiresAt);
    void arm();

    Socket *m_socket;
    AuthService &m_auth;
    const Clock *m_clock;
    SessionExpiryOptions m_options;
    QDateTime m_expiresAt;
    bool m_warned = false;
    QBasicTimer m_timer;
};

} // namespace gatehouse
