// The JWT signing secret of the desktop app, found asynchronously in this order:
//  1. GATEHOUSE_JWT_SECRET (as JwtSecret::resolve() reads it); the keychain is not touched;
//  2. the entry "jwt-secret" in the OS keychain;
//  3. generated (JwtSecret::generate()), written to the keychain, and read back.
// It never falls back to a file by itself: when the keychain fails, the callback gets that error
// (Failure::keychainError), and the caller decides, e.g. to use JwtSecretFile with a visible
// warning when there is no keychain at all (Failure::isNoKeychain()).
//
// Two instances starting at the same moment may both generate a secret; the one written last
// wins in the keychain, and the other instance signs with its own until it restarts (its users
// then sign in again). The desktop app runs one instance per user, so this is left at that.
//
// Hand the result to AuthStack::create() through a MemorySecretStore holding secret.bytes().
#pragma once

#include "core/Expected.h"
#include "core/auth/JwtSecret.h"
#include "core/platform/KeychainError.h"

#include <QObject>

#include <functional>
#include <optional>

namespace gatehouse {

class Keychain;

class KeychainSecretLoader {
public:
    struct Failure {
        QString message; // for people: says what to do next
        std::optional<KeychainError> keychainError; // set when the keychain itself failed
        bool isNoKeychain() const
        {
            return keychainError && keychainError->code() == KeychainError::Code::NoBackendAvailable;
        }
    };
    using Result = Expected<JwtSecret, Failure>;
    using Callback = std::function<void(Result)>;

    static QString key() { return QStringLiteral("jwt-secret"); }
    // For JwtSecret::originDescription(): "from the OS keychain", "generated into the OS keychain".
    static QString location() { return QStringLiteral("the OS keychain"); }

    // `environmentValue`: GATEHOUSE_JWT_SECRET's value (tests pass their own), nullopt when unset.
    // `done` runs in `context`'s thread, never before load() returns, and not at all once
    // `context` is destroyed. `keychain` should outlive the load; if it is destroyed halfway,
    // `done` gets a Failure.
    static void load(Keychain &keychain, const std::optional<QByteArray> &environmentValue, QObject *context,
                     Callback done);
    // The same, reading GATEHOUSE_JWT_SECRET from the process environment.
    static void load(Keychain &keychain, QObject *context, Callback done);
};

} // namespace gatehouse
