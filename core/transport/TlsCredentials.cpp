#include "TlsCredentials.h"

#include "core/platform/PrivateFile.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>

namespace gatehouse {

namespace {

constexpr qsizetype MaxPemBytes = 1024 * 1024;

struct BioFree {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct KeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Free {
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Certificate = std::unique_ptr<X509, X509Free>;

Bio memoryBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("no PEM data found");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

int passphraseCallback(char *buffer, int size, int /*rwflag*/, void *userData)
{
    const auto *passphrase = static_cast<const QByteArray *>(userData);
    if (passphrase->isEmpty() || passphrase->size() > size)
        return -1; // no passphrase given: fail instead of prompting on the terminal
    std::memcpy(buffer, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}

// The key in the traditional PEM form ("BEGIN RSA/EC PRIVATE KEY"), which QSslKey reads whatever
// form the file used.
QByteArray traditionalPem(EVP_PKEY *key)
{
    const Bio out(BIO_new(BIO_s_mem()));
    if (!out
        || PEM_write_bio_PrivateKey_traditional(out.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    QByteArray pem(data, size);
    return pem;
}

} // namespace

Expected<TlsCredentials, QString> TlsCredentials::load(const QString &certificatePath, const QString &keyPath,
                                                       const QByteArray &passphrase)
{
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return unexpected(QStringLiteral("cannot read the TLS certificate %1: %2; check tls/certificate")
                              .arg(certificatePath, certificateFile.errorString()));
    const QByteArray certificatePem = certificateFile.read(MaxPemBytes);

    auto keyFile = PrivateFile::read(keyPath, MaxPemBytes, PrivateFile::Readers::GroupMayRead);
    if (!keyFile)
        return unexpected(QStringLiteral("cannot use the TLS key: %1").arg(keyFile.error()));
    if (!keyFile->has_value())
        return unexpected(QStringLiteral("the TLS key %1 does not exist; check tls/key").arg(keyPath));
    const QByteArray &keyPem = keyFile->value();

    ERR_clear_error();
    const Bio certificateBio = memoryBio(certificatePem);
    const Certificate leaf(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    if (!leaf)
        return unexpected(QStringLiteral("%1 holds no PEM certificate (%2); it must start with "
                                         "\"-----BEGIN CERTIFICATE-----\"")
                              .arg(certificatePath, openSslError()));
    const Bio keyBio = memoryBio(keyPem);
    QByteArray passphraseCopy = passphrase;
    const Key key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passphraseCallback, &passphraseCopy));
    passphraseCopy.fill('\0');
    if (!key)
        return unexpected(QStringLiteral("cannot read the private key in %1 (%2): it must be PEM; if it is "
                                         "encrypted, set GATEHOUSE_TLS_KEY_PASSPHRASE")
                              .arg(keyPath, openSslError()));
    if (X509_check_private_key(leaf.get(), key.get()) != 1) {
        ERR_clear_error();
        return unexpected(QStringLiteral("the key %1 does not belong to the certificate %2: give the key "
                                         "the certificate was issued for")
                              .arg(keyPath, certificatePath));
    }

    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    switch (EVP_PKEY_base_id(key.get())) {
    case EVP_PKEY_RSA:
        algorithm = QSsl::Rsa;
        break;
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        break;
    default:
        return unexpected(QStringLiteral("the key %1 is neither RSA nor ECDSA: issue the certificate for an "
                                         "RSA or ECDSA (P-256, P-384) key")
                              .arg(keyPath));
    }
    QByteArray plainKey = traditionalPem(key.get());
    const QSslKey sslKey(plainKey, algorithm, QSsl::Pem, QSsl::PrivateKey);
    plainKey.fill('\0');
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (sslKey.isNull() || chain.isEmpty())
        return unexpected(QStringLiteral("Qt's TLS backend cannot use %1 and %2; check that Qt was built "
                                         "with OpenSSL")
                              .arg(certificatePath, keyPath));

    TlsCredentials credentials;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(sslKey);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    credentials.m_configuration = configuration;
    credentials.m_subject = chain.first().subjectDisplayName();
    credentials.m_expiresAt = chain.first().expiryDate();
    return credentials;
}

} // namespace gatehouse
