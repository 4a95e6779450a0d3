#include "AdminBootstrap.h"

#include "PasswordHasher.h"
#include "SecureRandom.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gatehouse {

Expected<AdminBootstrap::Result, QString> AdminBootstrap::run(Store &store, const PasswordHasher &hasher,
                                                              const QProcessEnvironment &environment)
{
    auto count = store.users().count();
    if (!count)
        return unexpected(count.error());
    if (*count > 0)
        return Result {};

    const bool fromEnvironment = environment.contains(PasswordVariable);
    const QString password = fromEnvironment ? environment.value(PasswordVariable)
                                             : SecureRandom::password(GeneratedPasswordLength);
    if (auto acceptable = PasswordHasher::checkPolicy(password); !acceptable)
        return unexpected(QCoreApplication::translate("AdminBootstrap", "%1 is not usable: %2")
                              .arg(PasswordVariable, acceptable.error()));
    auto hash = hasher.hash(password);
    if (!hash)
        return unexpected(hash.error());

    auto user = store.users().add({Username, QString(), Role::Admin, *hash});
    if (!user) {
        // Another process (a second server, `gatehouse user add`) may have created the first
        // user meanwhile: then there is nothing left to bootstrap.
        auto now = store.users().count();
        if (now && *now > 0)
            return Result {};
        return unexpected(user.error());
    }
    auto audited = store.audit().append(
        AuditLog::UserCreated, QString(), user->id, QString(),
        {{QStringLiteral("username"), user->username},
         {QStringLiteral("role"), roleToString(user->role)},
         {QStringLiteral("via"), QStringLiteral("first start")},
         {QStringLiteral("passwordFrom"), fromEnvironment ? PasswordVariable : QStringLiteral("generated")}});
    if (!audited)
        return unexpected(audited.error());
    return Result {true, fromEnvironment ? QString() : password};
}

} // namespace gatehouse
