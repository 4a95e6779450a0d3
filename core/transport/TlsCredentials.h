// The certificate chain and private key the server presents for HTTPS and WSS, loaded from PEM
// files the way web servers take them (certbot's fullchain.pem and privkey.pem work as they are).
// OpenSSL parses and checks them here, before the port opens, so that a wrong path, a key that
// does not belong to the certificate or a wrong passphrase is a start-up error that says what to
// fix, not a handshake failure each client reports differently.
#pragma once

#include "core/Expected.h"

#include <QDateTime>
#include <QSslConfiguration>
#include <QString>

namespace gatehouse {

class TlsCredentials {
public:
    // `certificatePath`: the server certificate first, then its intermediates. `keyPath`: an RSA
    // or ECDSA key, PKCS#1/SEC1 or PKCS#8, encrypted when `passphrase` is given. The key file may
    // be readable by its group (mode 0640) but never by others.
    static Expected<TlsCredentials, QString> load(const QString &certificatePath, const QString &keyPath,
                                                  const QByteArray &passphrase = {});

    // For a server socket: TLS 1.2 or later, no client certificates.
    const QSslConfiguration &configuration() const { return m_configuration; }
    QString subject() const { return m_subject; }
    QDateTime expiresAt() const { return m_expiresAt; }
    bool isExpired(const QDateTime &now) const { return now >= m_expiresAt; }

private:
    QSslConfiguration m_configuration;
    QString m_subject;
    QDateTime m_expiresAt;
};

} // namespace gatehouse
