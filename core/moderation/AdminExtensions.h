// Gatehouse's own commands on the admin namespace, beside the Admin UI protocol: the live
// sessions (a paged snapshot, then coalesced change batches), accounts, kick, suspend, unsuspend,
// role changes and audit queries. Every command is acknowledged with {ok: true, …} or {ok: false, error:
// {code, message}}; docs/moderation.md lists them. The namespace's policy (moderator or
// admin) is enforced by the handshake; ModerationService enforces who may act on whom.
#pragma once

#include "ModerationActor.h"
#include "core/protocol/Argument.h"
#include "core/server/Ack.h"

#include <QJsonObject>

namespace gatehouse {

class ModerationService;
class Namespace;
class SessionRegistry;
class Socket;
class Store;

class AdminExtensions {
public:
    static constexpr int DefaultPageSize = 200;
    static constexpr int MaximumPageSize = 1000;

    AdminExtensions(Store &store, SessionRegistry &registry, ModerationService &moderation);

    // Adds the commands to every socket that connects to `nsp`.
    void install(Namespace &nsp);
    static ModerationActor actorOf(const Socket *socket);

private:
    void attach(Socket *socket);
    QJsonObject subscribe(Socket *socket, const QJsonObject &request);
    QJsonObject sessions(const QJsonObject &request) const;
    QJsonObject account(const QJsonObject &request) const;
    QJsonObject accounts(const QJsonObject &request) const;
    QJsonObject kick(const ModerationActor &actor, const QJsonObject &request);
    QJsonObject suspend(const ModerationActor &actor, const QJsonObject &request);
    QJsonObject unsuspend(const ModerationActor &actor, const QJsonObject &request);
    QJsonObject role(const ModerationActor &actor, const QJsonObject &request);
    QJsonObject audit(const QJsonObject &request) const;
    // The user id a request names by "userId" or "username"; empty when it names nobody known.
    QString resolveUser(const QJsonObject &request) const;

    Store &m_store;
    SessionRegistry &m_registry;
    ModerationService &m_moderation;
};

} // namespace gatehouse
