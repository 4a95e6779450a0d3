#include "PasswordHasher.h"

#include "Sodium.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <sodium.h>

namespace gatehouse {

namespace {

// This file's strings, in the translation context "PasswordHasher" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
};

// The bytes actually hashed. Wiped on destruction: the QString the caller holds is theirs to
// manage, but this copy at least does not linger in freed memory.
class PasswordBytes {
public:
    explicit PasswordBytes(const QString &password)
        : m_bytes(password.normalized(QString::NormalizationForm_KC).toUtf8())
    {
    }
    ~PasswordBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    PasswordBytes(const PasswordBytes &) = delete;
    PasswordBytes &operator=(const PasswordBytes &) = delete;

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

// Runs `work` on `pool` and hands its result to `done` on the calling thread. The result travels
// through a relay object of our own rather than `context` itself, because the worker cannot know
// whether `context` still exists; the QPointer is only read back on `context`'s thread.
template <typename Result>
void runOnPool(QThreadPool *pool, QObject *context, std::function<Result()> work,
               std::function<void(Result)> done)
{
    Q_ASSERT(context && context->thread() == QThread::currentThread());
    auto *relay = new QObject;
    QPointer<QObject> guard(context);
    pool->start([relay, guard, work = std::move(work), done = std::move(done)] {
        Result result = work();
        QMetaObject::invokeMethod(
            relay,
            [relay, guard, done, result = std::move(result)] {
                if (guard)
                    done(result);
                relay->deleteLater();
            },
            Qt::QueuedConnection);
    });
}

} // namespace

PasswordHasher::Limits PasswordHasher::Limits::interactive()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Limits PasswordHasher::Limits::moderate()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}

PasswordHasher::Limits PasswordHasher::Limits::minimum()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Limits limits) : m_limits(limits), m_pool(std::make_unique<QThreadPool>())
{
    Sodium::initialize();
    // Two threads: logins keep flowing while one hash runs, and a burst costs at most two
    // hashes' memory at a time instead of one per core.
    m_pool->setMaxThreadCount(2);
    m_pool->setObjectName(QStringLiteral("PasswordHasher"));
}

PasswordHasher::~PasswordHasher()
{
    m_pool->waitForDone();
}

Expected<void, QString> PasswordHasher::checkPolicy(const QString &password)
{
    const qsizetype length = password.toUcs4().size();
    if (length < MinimumLength)
        return unexpected(Tr::tr("The password must be at least %1 characters long.").arg(MinimumLength));
    if (length > MaximumLength)
        return unexpected(Tr::tr("The password must be at most %1 characters long.").arg(MaximumLength));
    return {};
}

Expected<QString, QString> PasswordHasher::hash(const QString &password) const
{
    const PasswordBytes bytes(password);
    char out[crypto_pwhash_STRBYTES] = {};
    // Argon2id explicitly rather than crypto_pwhash_str's default, which may change in a future
    // libsodium; verify and needsRehash read the algorithm from the hash string.
    if (crypto_pwhash_str_alg(out, bytes.data(), bytes.size(), m_limits.opsLimit,
                              static_cast<size_t>(m_limits.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return unexpected(Tr::tr("Could not hash the password: not enough memory for %1 MiB, or the "
                                 "hashing limits are invalid.")
                              .arg(m_limits.memLimitBytes / (1024 * 1024)));
    return QString::fromLatin1(out);
}

PasswordHasher::Check PasswordHasher::verify(const QString &hash, const QString &password) const
{
    const bool unknownUser = hash.isEmpty();
    const QByteArray stored = (unknownUser ? dummyHash() : hash).toLatin1();
    if (stored.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return {};
    const PasswordBytes bytes(password);
    const bool matches
        = crypto_pwhash_str_verify(stored.constData(), bytes.data(), bytes.size()) == 0 && !unknownUser;
    return {matches, matches && needsRehash(hash)};
}

bool PasswordHasher::needsRehash(const QString &hash) const
{
    if (!hash.startsWith(QLatin1StringView("$argon2id$")))
        return true;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_limits.opsLimit,
                                          static_cast<size_t>(m_limits.memLimitBytes))
        != 0;
}

void PasswordHasher::hashAsync(const QString &password, QObject *context, HashCallback done) const
{
    runOnPool<Expected<QString, QString>>(
        m_pool.get(), context, [this, password] { return hash(password); }, std::move(done));
}

void PasswordHasher::verifyAsync(const QString &hash, const QString &password, QObject *context,
                                 CheckCallback done) const
{
    runOnPool<Check>(
        m_pool.get(), context, [this, hash, password] { return verify(hash, password); }, std::move(done));
}

const QString &PasswordHasher::dummyHash() const
{
    std::call_once(m_dummyOnce, [this] {
        const auto made = hash(QStringLiteral("gatehouse-dummy-password"));
        m_dummyHash = made ? *made : QString();
    });
    return m_dummyHash;
}

} // namespace gatehouse
