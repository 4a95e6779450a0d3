// Argon2id password hashes through libsodium (crypto_pwhash_str*), in its own small thread pool.
//
// A hash costs tens of megabytes and a noticeable fraction of a second on purpose, so the async
// functions never run on the caller's thread: they queue the work on this hasher's pool (at most
// two threads, so a burst of logins cannot take every core) and call back on the caller's thread.
// The synchronous functions are for the CLI and tests, where blocking is fine.
//
// Passwords are normalised to Unicode NFKC and hashed as UTF-8 (NIST SP 800-63B), so the same
// password typed on keyboards that compose characters differently still matches.
#pragma once

#include "core/Expected.h"

#include <QString>

#include <functional>
#include <memory>
#include <mutex>

class QObject;
class QThreadPool;

namespace gatehouse {

class PasswordHasher {
public:
    // Argon2id cost. Raising either makes guessing slower for an attacker with a stolen database
    // and logins slower for everyone; hashes made with lower limits report needsRehash().
    struct Limits {
        quint64 opsLimit = 0;
        quint64 memLimitBytes = 0;
        static Limits interactive(); // libsodium's INTERACTIVE: 2 passes, 64 MiB (the default)
        static Limits moderate(); // 3 passes, 256 MiB
        static Limits minimum(); // 1 pass, 8 KiB: tests only, never for real passwords
    };

    struct Check {
        bool matches = false;
        // The hash was made with other limits (or another algorithm): store a new hash of the
        // password the user just proved to know.
        bool needsRehash = false;
    };

    static constexpr int MinimumLength = 8; // characters (code points), as NIST recommends
    static constexpr int MaximumLength = 1024; // bounds the work an attacker can ask for

    using HashCallback = std::function<void(Expected<QString, QString> hash)>;
    using CheckCallback = std::function<void(Check check)>;

    explicit PasswordHasher(Limits limits = Limits::interactive());
    ~PasswordHasher(); // waits for queued work; callbacks whose context is gone are dropped
    PasswordHasher(const PasswordHasher &) = delete;
    PasswordHasher &operator=(const PasswordHasher &) = delete;

    const Limits &limits() const { return m_limits; }

    // Whether `password` is acceptable as a new password: an error says why not.
    static Expected<void, QString> checkPolicy(const QString &password);

    // Blocking variants.
    Expected<QString, QString> hash(const QString &password) const;
    // An empty `hash` (unknown user) is checked against a dummy hash, taking as long as a real
    // check, so that response times do not reveal which usernames exist. It never matches.
    Check verify(const QString &hash, const QString &password) const;
    bool needsRehash(const QString &hash) const;

    // Non-blocking variants: `done` runs on `context`'s thread, which must be the calling
    // thread, and is skipped if `context` is destroyed first.
    void hashAsync(const QString &password, QObject *context, HashCallback done) const;
    void verifyAsync(const QString &hash, const QString &password, QObject *context,
                     CheckCallback done) const;

    // The pool the async work runs on (tests check that hashing happens there).
    QThreadPool *threadPool() const { return m_pool.get(); }

private:
    const QString &dummyHash() const;

    Limits m_limits;
    std::unique_ptr<QThreadPool> m_pool;
    mutable std::once_flag m_dummyOnce;
    mutable QString m_dummyHash;
};

} // namespace gatehouse
