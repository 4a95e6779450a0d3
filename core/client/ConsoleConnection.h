// The moderation console's commands over a /admin socket (docs/moderation.md): kick a socket, a
// device or a user, suspend, unsuspend, look up an account, page through the audit log. Each call
// answers once, through a callback guarded by a context object (no answer when the context is
// gone), with the server's answer or a ConsoleError whose message is translated and says what to
// do. Never from inside the call: even a refusal made locally (offline, unsupported) is queued.
//
// The connection also says what it can do (capabilities), so that the console greys out what a
// server or a mode does not offer: a Gatehouse server's /admin offers everything; the attach mode
// for any server with @socket.io/admin-ui (Protocol::AdminUi) offers the sessions and kicking
// sockets only, which it sends as that protocol's `_disconnect`. And it knows who
// signed in (id and role), so that the console can tell ahead which actions the server refuses.
#pragma once

#include "core/Expected.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

namespace gatehouse {

class ClientSocket;

struct ConsoleError {
    // The server's code ("forbidden", "not_found", "bad_request", "conflict", "server_error"), or
    // one of ours: "offline" (not connected), "no_answer" (timed out), "unsupported" (capability).
    QString code;
    QString message; // translated, for people
};

class ConsoleConnection : public QObject {
    Q_OBJECT

public:
    enum class Capability {
        Sessions = 0x01, // gatehouse:subscribe and gatehouse:sessions (ConsoleFeed)
        KickSocket = 0x02,
        KickDevice = 0x04,
        KickUser = 0x08,
        Suspend = 0x10, // suspend and unsuspend
        Accounts = 0x20, // gatehouse:account(s): the user detail pane
        Audit = 0x40,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)
    Q_FLAG(Capabilities)

    // What a Gatehouse server's /admin offers: everything.
    static constexpr Capabilities gatehouseCapabilities() { return Capabilities::fromInt(0x7f); }
    // What an @socket.io/admin-ui admin namespace offers: the sockets, and disconnecting one.
    static constexpr Capabilities adminUiCapabilities()
    {
        return Capabilities::fromInt(int(Capability::Sessions) | int(Capability::KickSocket));
    }

    // What the socket speaks: Gatehouse's acknowledged gatehouse:* commands, or the commands of
    // @socket.io/admin-ui (docs/admin-ui-protocol.md), which have no answer.
    enum class Protocol { Gatehouse, AdminUi };
    Q_ENUM(Protocol)

    struct KickResult {
        int sockets = 0; // how many were disconnected
        qint64 auditId = 0;
        // False when the protocol has no answer (AdminUi): the command went out, and the console
        // sees the socket go through its feed.
        bool confirmed = true;
    };
    // How long a suspension lasts: a duration counted on the server's clock, else an end, else
    // until lifted by hand (both unset).
    struct Suspension {
        QString reason;
        std::chrono::seconds duration {0};
        QDateTime until;
    };
    // gatehouse:account: the stored account (status, suspension, last login; empty for users
    // only an identity provider knows), the live user with its devices (empty when offline), and
    // its last 20 audit entries, newest first.
    struct AccountDetail {
        QJsonObject account;
        QJsonObject live;
        QJsonArray recentAudit;
    };
    struct AuditFilter {
        QString userId;
        QString username; // used when userId is empty
        QString actorId;
        QString type;
        QDateTime from;
        QDateTime to;
    };
    struct AuditPage {
        QJsonArray entries; // newest first
        qint64 nextBeforeId = 0; // 0: this was the last page
    };

    template <typename T> using Callback = std::function<void(Expected<T, ConsoleError>)>;

    static constexpr int DefaultTimeoutMs = 15'000;

    // `socket`: a /admin socket owned elsewhere (its Manager), signed in as a moderator or admin.
    explicit ConsoleConnection(ClientSocket *socket, Capabilities capabilities = gatehouseCapabilities(),
                               QObject *parent = nullptr);

    ClientSocket *socket() const;
    bool isConnected() const;

    Protocol protocol() const { return m_protocol; }
    // Set before a console uses the connection: ConsoleView picks its feed by it.
    void setProtocol(Protocol protocol) { m_protocol = protocol; }

    Capabilities capabilities() const { return m_capabilities; }
    bool can(Capability capability) const { return m_capabilities.testFlag(capability); }
    void setCapabilities(Capabilities capabilities);

    // Who signed in: {id, username, displayName, role} as /api/login answers it. Empty when
    // unknown; then the console lets the server judge every action.
    void setSignedInUser(const QJsonObject &user);
    const QJsonObject &signedInUser() const { return m_user; }
    QString signedInRole() const;
    // Whether the server lets the signed-in user act on a user of `targetRole` (moderators not on
    // admins), as far as known; true when the signed-in role is unknown.
    bool mayActOn(const QString &targetRole) const;

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    void kickSocket(const QString &socketId, const QString &reason, QObject *context,
                    Callback<KickResult> done);
    // The same, for a socket of namespace `nsp`: AdminUi needs it (`_disconnect` names the
    // namespace and has no reason); Gatehouse ignores it.
    void kickSocket(const QString &nsp, const QString &socketId, const QString &reason, QObject *context,
                    Callback<KickResult> done);
    void kickDevice(const QString &userId, const QString &deviceId, const QString &reason, QObject *context,
                    Callback<KickResult> done);
    void kickUser(const QString &userId, const QString &reason, QObject *context, Callback<KickResult> done);
    // Answers with the account as stored after the change.
    void suspend(const QString &userId, const Suspension &suspension, QObject *context,
                 Callback<QJsonObject> done);
    void unsuspend(const QString &userId, QObject *context, Callback<QJsonObject> done);
    void account(const QString &userId, QObject *context, Callback<AccountDetail> done);
    // One page of at most `limit` entries older than `beforeId` (0: the newest).
    void audit(const AuditFilter &filter, qint64 beforeId, int limit, QObject *context,
               Callback<AuditPage> done);

    // Any acknowledged gatehouse:* command: its answer without "ok", or the refusal.
    void call(const QString &command, const QJsonObject &request, QObject *context,
              Callback<QJsonObject> done);

    // The message for a refusal with `code` and the server's own `detail`, translated.
    static QString describe(const QString &code, const QString &detail);

Q_SIGNALS:
    void capabilitiesChanged(gatehouse::ConsoleConnection::Capabilities capabilities);
    void signedInUserChanged();
    // An account changed through this connection (suspend, unsuspend): the console shows it at
    // once, before the change batch arrives.
    void accountChanged(const QJsonObject &account);

private:
    void kick(Capability capability, const QJsonObject &request, QObject *context, Callback<KickResult> done);
    // Wraps `done` for suspend and unsuspend: passes on the answer's account, emitting accountChanged.
    Callback<QJsonObject> accountAnswer(Callback<QJsonObject> done);
    // Answers `done` with `error` from the event loop, if `context` still exists.
    void refuse(QObject *context, Callback<QJsonObject> done, ConsoleError error);

    void disconnectAdminUiSocket(const QString &nsp, const QString &socketId, QObject *context,
                                 Callback<KickResult> done);

    QPointer<ClientSocket> m_socket;
    Capabilities m_capabilities;
    Protocol m_protocol = Protocol::Gatehouse;
    QJsonObject m_user;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace gatehouse

Q_DECLARE_OPERATORS_FOR_FLAGS(gatehouse::ConsoleConnection::Capabilities)
