// Who performs a moderation action: a signed-in moderator or admin (from /admin), or the local
// command line working on the store (acting as the system, with admin rights).
#pragma once

#include "core/store/User.h"

#include <QString>

namespace gatehouse {

struct ModerationActor {
    QString userId; // empty: the local command line or the system itself
    QString name; // shown to the kicked client as "by" and in messages
    Role role = Role::User;
    QString address; // for the audit log

    static ModerationActor local()
    {
        return {QString(), QStringLiteral("the server administrator"), Role::Admin, QString()};
    }
    bool isLocal() const { return userId.isEmpty(); }
};

} // namespace gatehouse
