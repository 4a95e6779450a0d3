#include "JwtTestKeys.h"

#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace {

struct KeyDeleter {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray text(data, qsizetype(length));
    BIO_free(bio);
    return text;
}

QByteArray privatePem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioText(bio);
}

QByteArray publicPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key);
    return bioText(bio);
}

QByteArray pkcs1Pem(EVP_PKEY *key)
{
    OSSL_ENCODER_CTX *encoder
        = OSSL_ENCODER_CTX_new_for_pkey(key, OSSL_KEYMGMT_SELECT_PUBLIC_KEY, "PEM", "type-specific", nullptr);
    unsigned char *data = nullptr;
    size_t length = 0;
    QByteArray pem;
    if (encoder && OSSL_ENCODER_to_data(encoder, &data, &length) == 1)
        pem = QByteArray(reinterpret_cast<const char *>(data), qsizetype(length));
    OPENSSL_free(data);
    OSSL_ENCODER_CTX_free(encoder);
    return pem;
}

QByteArray bignumParam(EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        throw std::runtime_error("EVP_PKEY_get_bn_param");
    QByteArray bytes(qMax(padTo, BN_num_bytes(bn)), '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size()));
    BN_free(bn);
    return bytes;
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(JwtTestKeys::base64Url(bytes));
}

} // namespace

TestKeyPair JwtTestKeys::rsa(int bits)
{
    const Key key(EVP_RSA_gen(unsigned(bits)));
    TestKeyPair pair {privatePem(key.get()), publicPem(key.get()), pkcs1Pem(key.get()), {}};
    pair.jwk = QJsonObject {{QStringLiteral("kty"), QStringLiteral("RSA")},
                            {QStringLiteral("n"), b64(bignumParam(key.get(), OSSL_PKEY_PARAM_RSA_N))},
                            {QStringLiteral("e"), b64(bignumParam(key.get(), OSSL_PKEY_PARAM_RSA_E))}};
    return pair;
}

TestKeyPair JwtTestKeys::ec(const char *curve)
{
    const Key key(EVP_EC_gen(curve));
    const int size = QByteArrayView(curve) == "P-256" ? 32 : 48;
    TestKeyPair pair {privatePem(key.get()), publicPem(key.get()), {}, {}};
    pair.jwk
        = QJsonObject {{QStringLiteral("kty"), QStringLiteral("EC")},
                       {QStringLiteral("crv"), QString::fromLatin1(curve)},
                       {QStringLiteral("x"), b64(bignumParam(key.get(), OSSL_PKEY_PARAM_EC_PUB_X, size))},
                       {QStringLiteral("y"), b64(bignumParam(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, size))}};
    return pair;
}

QByteArray JwtTestKeys::sign(jwt_alg_t algorithm, const QByteArray &key, const QJsonObject &claims,
                             const QJsonObject &extraHeaders)
{
    jwt_t *jwt = nullptr;
    jwt_new(&jwt);
    jwt_add_grants_json(jwt, json(claims).constData());
    if (!extraHeaders.isEmpty())
        jwt_add_headers_json(jwt, json(extraHeaders).constData());
    if (jwt_set_alg(jwt, algorithm, reinterpret_cast<const unsigned char *>(key.constData()), int(key.size()))
        != 0)
        throw std::runtime_error("jwt_set_alg");
    char *encoded = jwt_encode_str(jwt);
    jwt_free(jwt);
    if (!encoded)
        throw std::runtime_error("jwt_encode_str");
    const QByteArray token(encoded);
    std::free(encoded);
    return token;
}

QByteArray JwtTestKeys::forgeHs256(const QByteArray &headerJson, const QByteArray &payloadJson,
                                   const QByteArray &secret)
{
    const QByteArray input = base64Url(headerJson) + '.' + base64Url(payloadJson);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.constData(), int(secret.size()),
         reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac, &length);
    return input + '.' + base64Url(QByteArray(reinterpret_cast<const char *>(mac), qsizetype(length)));
}

QByteArray JwtTestKeys::assemble(const QByteArray &headerJson, const QByteArray &payloadJson,
                                 const QByteArray &signature)
{
    return base64Url(headerJson) + '.' + base64Url(payloadJson) + '.' + signature;
}

QByteArray JwtTestKeys::base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray JwtTestKeys::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
