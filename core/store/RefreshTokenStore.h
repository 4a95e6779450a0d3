// Refresh tokens in the `refresh_tokens` table: atomic primitives for the login API's rotation
// and reuse detection, which lives above this class.
//
// Only a hash of each token is stored (hashToken), so a copy of the database does not let anyone
// sign in. A token belongs to a family: the chain of tokens that rotation produced from one
// login. Spent (used) tokens stay until they expire so that presenting one again can be
// recognised as reuse, and the whole family revoked.
#pragma once

#include "core/Clock.h"
#include "core/Expected.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

class Database;

struct RefreshToken {
    QString id;
    QString userId;
    QString familyId;
    QString tokenHash; // RefreshTokenStore::hashToken(the token the client holds)
    QString deviceId;
    QString deviceName;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt; // invalid: not used yet
    QDateTime revokedAt; // invalid: not revoked

    // Neither used, nor revoked, nor expired at `now`.
    bool isUsableAt(const QDateTime &now) const
    {
        return !usedAt.isValid() && !revokedAt.isValid() && expiresAt > now;
    }
};

class RefreshTokenStore {
public:
    explicit RefreshTokenStore(Database &database, const Clock *clock = Clock::system());

    // SHA-256 of the token text, base64url. A fast hash is right here: the token is 256 random
    // bits, not a guessable password.
    static QString hashToken(const QString &token);

    // Stores `token`. An empty id is replaced by a random one, an invalid createdAt by now; the
    // stored row is returned. Fails if the user does not exist or the hash is already stored.
    Expected<RefreshToken, QString> insert(const RefreshToken &token);

    Expected<std::optional<RefreshToken>, QString> findByHash(const QString &tokenHash) const;

    // Marks the token used now, but only if it is neither used nor revoked yet, in one statement,
    // so of two concurrent refreshes with the same token (even from two processes) exactly one
    // gets true. False: someone else spent or revoked it first (or there is no such token).
    // Expiry is not checked here; the caller has read expiresAt.
    Expected<bool, QString> markUsed(const QString &id);

    // Revoke every token not yet revoked; return how many were.
    Expected<int, QString> revokeFamily(const QString &familyId);
    Expected<int, QString> revokeAllForUser(const QString &userId);

    // Deletes tokens that expired before now; returns how many.
    Expected<int, QString> deleteExpired();

private:
    Expected<int, QString> changeCount(const QString &statement, const QVariantMap &values);

    Database &m_database;
    const Clock *m_clock;
};

} // namespace gatehouse
