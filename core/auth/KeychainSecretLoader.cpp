#include "KeychainSecretLoader.h"

#include "core/auth/MemorySecretStore.h"
#include "core/platform/Keychain.h"

#include <QCoreApplication>
#include <QPointer>

namespace gatehouse {

namespace {

using Failure = KeychainSecretLoader::Failure;
using Result = KeychainSecretLoader::Result;

Unexpected<Failure> keychainFailure(const KeychainError &error)
{
    return unexpected(Failure {error.userMessage(), error});
}

Unexpected<Failure> keychainClosed()
{
    return unexpected(
        Failure {QCoreApplication::translate("Gatehouse::Keychain",
                                             "The keychain was closed before the signing secret was stored. "
                                             "Start Gatehouse again."),
                 std::nullopt});
}

// JwtSecret::resolve() over a MemorySecretStore: the same rules, origins and descriptions as
// for the secret file, without a second copy of them here.
Result resolve(std::optional<QByteArray> stored, const std::optional<QByteArray> &environmentValue)
{
    MemorySecretStore store(KeychainSecretLoader::location(), std::move(stored));
    auto secret = JwtSecret::resolve(store, environmentValue);
    if (!secret)
        return unexpected(Failure {secret.error(), std::nullopt});
    return std::move(*secret);
}

Result fromKeychain(const QString &service, QByteArray stored)
{
    // Too short means someone else's entry or a damaged one; it is not padded or replaced here,
    // because replacing it would sign out everyone without telling why.
    if (stored.size() < JwtSecret::Size)
        return unexpected(Failure {
            QCoreApplication::translate("Gatehouse::Keychain",
                                        "The keychain entry \"%1\" of \"%2\" holds %3 bytes, not a signing "
                                        "secret of at least %4 bytes. Delete the entry (for example in "
                                        "Seahorse or KWalletManager) to have a new secret generated; "
                                        "everyone signed in will have to sign in again.")
                .arg(KeychainSecretLoader::key(), service)
                .arg(stored.size())
                .arg(JwtSecret::Size),
            std::nullopt});
    return resolve(std::move(stored), std::nullopt);
}

// Writes `secret` and reads the entry back, so that what is used is what the keychain keeps:
// a keychain that accepts an entry but cannot return it is found out now, not at the next start.
void storeAndReadBack(QPointer<Keychain> keychain, JwtSecret secret, QObject *context,
                      KeychainSecretLoader::Callback done)
{
    const QByteArray bytes = secret.bytes();
    keychain->write(KeychainSecretLoader::key(), bytes, context,
                    [keychain, secret = std::move(secret), context,
                     done = std::move(done)](Expected<void, KeychainError> written) mutable {
                        if (!written)
                            return done(keychainFailure(written.error()));
                        if (!keychain)
                            return done(keychainClosed());
                        keychain->read(
                            KeychainSecretLoader::key(), context,
                            [service = keychain->service(), secret = std::move(secret),
                             done = std::move(done)](Keychain::ReadResult readBack) mutable {
                                if (!readBack)
                                    return done(keychainFailure(readBack.error()));
                                if (!readBack->has_value())
                                    return done(unexpected(Failure {
                                        QCoreApplication::translate(
                                            "Gatehouse::Keychain",
                                            "The keychain accepted the new signing secret but did not "
                                            "return it. Check that the keyring is unlocked and keeps "
                                            "entries, then start Gatehouse again."),
                                        std::nullopt}));
                                if (**readBack == secret.bytes())
                                    return done(std::move(secret));
                                // Another instance wrote its secret after ours: the keychain's wins.
                                done(fromKeychain(service, std::move(**readBack)));
                            });
                    });
}

} // namespace

void KeychainSecretLoader::load(Keychain &keychain, const std::optional<QByteArray> &environmentValue,
                                QObject *context, Callback done)
{
    Q_ASSERT(context);
    if (environmentValue) {
        // Answered later like the keychain cases, so callers see one behaviour.
        QMetaObject::invokeMethod(
            context,
            [result = resolve(std::nullopt, environmentValue), done = std::move(done)] { done(result); },
            Qt::QueuedConnection);
        return;
    }
    keychain.read(key(), context,
                  [keychain = QPointer<Keychain>(&keychain), service = keychain.service(), context,
                   done = std::move(done)](Keychain::ReadResult read) mutable {
                      if (!read)
                          return done(keychainFailure(read.error()));
                      if (read->has_value())
                          return done(fromKeychain(service, std::move(**read)));
                      // Nothing stored yet: resolve() generates into the empty store (Origin::Generated).
                      Result generated = resolve(std::nullopt, std::nullopt);
                      if (!generated)
                          return done(std::move(generated));
                      if (!keychain)
                          return done(keychainClosed());
                      storeAndReadBack(keychain, std::move(*generated), context, std::move(done));
                  });
}

void KeychainSecretLoader::load(Keychain &keychain, QObject *context, Callback done)
{
    load(keychain, JwtSecret::environmentValue(), context, std::move(done));
}

} // namespace gatehouse
