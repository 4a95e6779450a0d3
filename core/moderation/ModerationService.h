// Kick, suspend and role changes, with permissions and an audit record for each action.
//
// - Permissions: admins may act on anyone, moderators on anyone but admins, users on nobody;
//   nobody suspends themselves. Only admins change roles, never their own, and the last active
//   admin stays an admin.
// - Order: the audit record (and for a suspension the account change and the revocation of every
//   refresh token, in the same transaction) is committed before any socket is touched, so an
//   action reported done survives a crash.
// - A kicked socket first receives `forceDisconnect {reason, code, by}` and then a namespace
//   DISCONNECT, which clients treat as final ("io server disconnect": no automatic reconnect).
// - After a role change, the user's sockets in namespaces the new role does not admit (by the
//   namespace rules, e.g. /admin for a former moderator) get `forceDisconnect {code:
//   "forbidden", reason, role, by}` and are disconnected like kicked ones; the others carry the
//   new role from then on.
// - A timed suspension lifts itself when it ends (audit "user.suspension_ended"); while it lasts,
//   logins, refreshes and handshakes are refused with account_suspended (AuthService).
// Lives on the server's thread.
#pragma once

#include "ModerationActor.h"
#include "ModerationError.h"
#include "SuspensionLifts.h"
#include "core/Clock.h"
#include "core/Expected.h"
#include "core/auth/NamespaceRules.h"
#include "core/store/User.h"

#include <QDateTime>
#include <QObject>

namespace gatehouse {

class SessionRegistry;
class Socket;
class Store;

class ModerationService : public QObject {
    Q_OBJECT

public:
    struct KickResult {
        int sockets = 0; // how many sockets were disconnected
        qint64 auditId = 0;
    };
    struct RoleChange {
        User user; // as it is now
        Role previousRole = Role::User;
        int sockets = 0; // disconnected from namespaces the new role does not admit
        qint64 auditId = 0; // 0: the user had that role already, so nothing changed
    };

    ModerationService(Store &store, SessionRegistry &registry, const Clock *clock = Clock::system(),
                      QObject *parent = nullptr);
    ~ModerationService() override;

    Expected<KickResult, ModerationError> kickSocket(const ModerationActor &actor, const QString &socketId,
                                                     const QString &reason);
    Expected<KickResult, ModerationError> kickDevice(const ModerationActor &actor, const QString &userId,
                                                     const QString &deviceId, const QString &reason);
    Expected<KickResult, ModerationError> kickUser(const ModerationActor &actor, const QString &userId,
                                                   const QString &reason);
    // A selection of sockets, e.g. the Admin UI's disconnect of a socket, a client or a room.
    // With `closeConnections` the other namespaces of their connections go too, and the
    // connections are closed. Sockets of users the actor may not act on are left alone and
    // counted in `refused`; one audit record per user concerned.
    struct SelectionKickResult {
        int sockets = 0;
        int refused = 0;
    };
    Expected<SelectionKickResult, ModerationError> kickSockets(const ModerationActor &actor,
                                                               const QList<Socket *> &sockets,
                                                               const QString &reason, bool closeConnections);

    // `until` invalid: until lifted by hand. Returns the account as it is now, and how many
    // sockets were disconnected.
    Expected<std::pair<User, int>, ModerationError> suspend(const ModerationActor &actor,
                                                            const QString &userId, const QString &reason,
                                                            const QDateTime &until = {});
    Expected<User, ModerationError> unsuspend(const ModerationActor &actor, const QString &userId);
    // `reason` is optional; it goes into the audit record and the notice of disconnected sockets.
    Expected<RoleChange, ModerationError> setRole(const ModerationActor &actor, const QString &userId,
                                                  Role role, const QString &reason = {});

    const Clock *clock() const { return m_clock; }
    // Whether `actor` may act on the sockets of `userId` ("" for anonymous sockets).
    bool mayActOn(const ModerationActor &actor, const QString &userId) const
    {
        return checkPermission(actor, userId, roleOf(userId)).hasValue();
    }
    // Appends an audit record of an action done by `actor` on `userId`; returns its id.
    Expected<qint64, ModerationError> record(const QString &type, const ModerationActor &actor,
                                             const QString &userId, const QJsonObject &details);
    // Which namespaces admit which roles: the server's rules (the defaults until set).
    void setNamespaceRules(NamespaceRules rules) { m_rules = std::move(rules); }

    // Lifts the suspensions that have ended by now; done by a timer, public for tests.
    void liftEndedSuspensions();

Q_SIGNALS:
    // The account's status changed (suspended, unsuspended by hand or by time).
    void userStatusChanged(const QString &userId);
    void userRoleChanged(const QString &userId);

private:
    Expected<void, ModerationError> checkPermission(const ModerationActor &actor, const QString &targetUserId,
                                                    const QString &targetRole) const;
    QString roleOf(const QString &userId) const;
    int disconnect(const QList<Socket *> &sockets, const QJsonObject &notice, const QString &reason);
    QJsonObject kickNotice(const ModerationActor &actor, const QString &reason) const;
    int applyRole(const ModerationActor &actor, const QString &userId, Role role, const QString &reason);

    Store &m_store;
    SessionRegistry &m_registry;
    const Clock *m_clock;
    NamespaceRules m_rules;
    SuspensionLifts m_lifts;
};

} // namespace gatehouse
