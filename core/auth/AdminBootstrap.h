// First start: a store without users gets an `admin` account, so that someone can sign in and
// create the others. Its password is GATEHOUSE_ADMIN_PASSWORD when set (for scripted installs;
// never printed), otherwise a random one the caller shows once: only its hash is kept.
#pragma once

#include "core/Expected.h"

#include <QProcessEnvironment>
#include <QString>

namespace gatehouse {

class PasswordHasher;
class Store;

class AdminBootstrap {
public:
    static inline const QString Username = QStringLiteral("admin");
    static inline const QString PasswordVariable = QStringLiteral("GATEHOUSE_ADMIN_PASSWORD");
    static constexpr int GeneratedPasswordLength = 20; // about 116 random bits

    struct Result {
        bool created = false; // false: the store already had users; nothing was changed
        // The generated password, to show once. Empty when nothing was created or when it came
        // from the environment.
        QString generatedPassword;
    };

    // Blocks for one password hash (a fraction of a second): call it before serving.
    static Expected<Result, QString> run(Store &store, const PasswordHasher &hasher,
                                         const QProcessEnvironment &environment
                                         = QProcessEnvironment::systemEnvironment());
};

} // namespace gatehouse
