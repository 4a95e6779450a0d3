// The JWT signing secret in <dataDir>/jwt-secret: one line of base64, mode 0600, refused when
// other users may read it (the message says to chmod 600).
#pragma once

#include "core/auth/SecretStore.h"

namespace gatehouse {

class JwtSecretFile : public SecretStore {
public:
    explicit JwtSecretFile(const QString &dataDir);

    static QString fileName() { return QStringLiteral("jwt-secret"); }
    const QString &path() const { return m_path; }

    Expected<std::optional<QByteArray>, QString> load() override;
    Expected<QByteArray, QString> storeIfAbsent(const QByteArray &secret) override;
    QString location() const override;

private:
    QString m_path;
};

} // namespace gatehouse
