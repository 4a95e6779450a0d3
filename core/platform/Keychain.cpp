#include "Keychain.h"

#include "core/platform/KeychainBackendProbe.h"

#include <qt6keychain/keychain.h>

namespace gatehouse {

namespace {

template <typename Job> Job *newJob(const QString &service, const QString &key)
{
    // No parent, and never deleted by us: QtKeychain's libsecret backend keeps a raw pointer to
    // the job until the keyring answers, so only the job itself may end its life (auto-delete,
    // after `finished`). Our callbacks are connected with the caller's context instead.
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// Calls `done` with the error of a failed job, in `context`'s thread. OtherError is looked at
// twice: QtKeychain's libsecret backend reports a missing D-Bus session or Secret Service as
// OtherError, so the probe asks whether any keychain service is running at all.
void fail(const QKeychain::Job &job, QObject *context, std::function<void(KeychainError)> done)
{
    const KeychainError::Code code = KeychainError::codeFromQtKeychain(job.error());
    QString backendMessage = job.errorString();
    if (code != KeychainError::Code::OtherError) {
        done(KeychainError(code, std::move(backendMessage)));
        return;
    }
    KeychainBackendProbe::check(context,
                                [backendMessage = std::move(backendMessage),
                                 done = std::move(done)](KeychainBackendProbe::Presence presence) {
                                    done(KeychainError(presence == KeychainBackendProbe::Presence::NotRunning
                                                           ? KeychainError::Code::NoBackendAvailable
                                                           : KeychainError::Code::OtherError,
                                                       backendMessage));
                                });
}

} // namespace

Keychain::Keychain(QString service, QObject *parent) : QObject(parent), m_service(std::move(service))
{
}

void Keychain::read(const QString &key, QObject *context, ReadCallback done) const
{
    Q_ASSERT(context);
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    // Connected to `context`: Qt drops the connection when the context is destroyed.
    connect(
        job, &QKeychain::Job::finished, context, [context, done = std::move(done)](QKeychain::Job *finished) {
            switch (finished->error()) {
            case QKeychain::NoError:
                done(std::optional<QByteArray>(
                    static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData()));
                return;
            case QKeychain::EntryNotFound:
                done(std::optional<QByteArray>());
                return;
            default:
                fail(*finished, context, [done](KeychainError error) { done(unexpected(std::move(error))); });
            }
        });
    job->start();
}

void Keychain::write(const QString &key, const QByteArray &data, QObject *context, DoneCallback done) const
{
    Q_ASSERT(context);
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    // Binary: stored as is (base64 inside the Secret Service), NUL bytes and all.
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, context,
            [context, done = std::move(done)](QKeychain::Job *finished) {
                if (finished->error() == QKeychain::NoError) {
                    done({});
                    return;
                }
                fail(*finished, context, [done](KeychainError error) { done(unexpected(std::move(error))); });
            });
    job->start();
}

void Keychain::remove(const QString &key, QObject *context, DoneCallback done) const
{
    Q_ASSERT(context);
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(
        job, &QKeychain::Job::finished, context, [context, done = std::move(done)](QKeychain::Job *finished) {
            // libsecret reports no error for a missing entry; macOS and Windows say EntryNotFound.
            if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
                done({});
                return;
            }
            fail(*finished, context, [done](KeychainError error) { done(unexpected(std::move(error))); });
        });
    job->start();
}

} // namespace gatehouse
