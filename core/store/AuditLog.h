// The append-only record of security and moderation events (`audit_log`): logins and failures,
// token reuse, user changes, kicks, suspensions. Entries are never updated; they outlive the
// users they mention.
#pragma once

#include "core/Clock.h"
#include "core/Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gatehouse {

class Database;

struct AuditEntry {
    qint64 id = 0; // increasing in the order entries were appended
    QDateTime at;
    QString type; // dotted, e.g. "user.created", "login.failed", "refresh.reused"
    QString actorId; // who did it; empty: the system or the local command line
    QString userId; // whom it concerns; empty: nobody in particular
    QString address; // where the request came from, if over the network
    QJsonObject details;

    // As /admin and `gatehouse audit --json` show it: {id, at, type, actorId, userId, address,
    // details}, times in ISO 8601 UTC, empty ids as null.
    QJsonObject toJson() const;
};

// Filters combine with AND; empty or invalid ones do not filter.
struct AuditQuery {
    QString userId;
    QString actorId;
    QString type;
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    qint64 beforeId = 0; // for paging: only entries older than this id (0: from the newest)
    int limit = 100; // at most MaximumLimit
};

class AuditLog {
public:
    static constexpr int MaximumLimit = 1000;

    // Types the store's own users write; other code adds its own.
    static inline const QString UserCreated = QStringLiteral("user.created");
    static inline const QString UserRemoved = QStringLiteral("user.removed");
    static inline const QString PasswordChanged = QStringLiteral("user.password_changed");
    static inline const QString RoleChanged = QStringLiteral("user.role_changed");

    explicit AuditLog(Database &database, const Clock *clock = Clock::system());

    // Appends `entry` (id assigned; an invalid `at` becomes now) and returns it as stored. When it
    // returns, the entry is durably committed, unless the caller wrapped the call in
    // Database::transaction, in which case it commits with the rest.
    Expected<AuditEntry, QString> append(const AuditEntry &entry);
    Expected<AuditEntry, QString> append(const QString &type, const QString &actorId, const QString &userId,
                                         const QString &address, const QJsonObject &details = {});

    // Newest first.
    Expected<QList<AuditEntry>, QString> query(const AuditQuery &filter) const;

private:
    Database &m_database;
    const Clock *m_clock;
};

} // namespace gatehouse
