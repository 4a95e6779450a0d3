#include "OpenSslPublicKey.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

#include <array>

namespace gatehouse {

namespace {

constexpr int MinimumRsaBits = 2048; // RFC 7518 §3.3; jsonwebtoken 9 enforces the same

// The last OpenSSL error as text, and an empty queue afterwards: errors left in the thread's
// queue would surface later in unrelated code (QSslSocket reads the same queue).
QString takeOpenSslError()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    std::array<char, 256> text {};
    ERR_error_string_n(code, text.data(), text.size());
    return QString::fromLatin1(text.data());
}

struct BnDeleter {
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
struct ParamBuildDeleter {
    void operator()(OSSL_PARAM_BLD *bld) const { OSSL_PARAM_BLD_free(bld); }
};
struct ParamDeleter {
    void operator()(OSSL_PARAM *params) const { OSSL_PARAM_free(params); }
};
struct ContextDeleter {
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct BioDeleter {
    void operator()(BIO *bio) const { BIO_free(bio); }
};

// EVP_PKEY_fromdata with a public key selection: how OpenSSL 3 builds a key from its numbers
// (the RSA_set0_key / EC_KEY family is deprecated there).
EVP_PKEY *keyFromParams(const char *type, OSSL_PARAM_BLD *bld)
{
    std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(bld));
    std::unique_ptr<EVP_PKEY_CTX, ContextDeleter> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return key;
}

bool isP256(EVP_PKEY *key)
{
    std::array<char, 64> group {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group.data(), group.size(), &length)
        != 1)
        return false;
    return OBJ_txt2nid(group.data()) == NID_X9_62_prime256v1
        || EC_curve_nist2nid(group.data()) == NID_X9_62_prime256v1;
}

} // namespace

void OpenSslPublicKey::Deleter::operator()(evp_pkey_st *key) const
{
    EVP_PKEY_free(key);
}

Expected<OpenSslPublicKey, QString> OpenSslPublicKey::checked(evp_pkey_st *key, const QString &what)
{
    if (!key)
        return unexpected(QStringLiteral("%1: %2").arg(what, takeOpenSslError()));
    OpenSslPublicKey result(key);
    // Rejects RSA moduli and exponents that are not usable and EC points off the curve.
    std::unique_ptr<EVP_PKEY_CTX, ContextDeleter> ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!ctx || EVP_PKEY_public_check(ctx.get()) != 1)
        return unexpected(QStringLiteral("%1: not a valid public key (%2)").arg(what, takeOpenSslError()));
    return result;
}

Expected<OpenSslPublicKey, QString> OpenSslPublicKey::fromPem(const QByteArray &pem)
{
    if (pem.contains("PRIVATE KEY-----"))
        return unexpected(QStringLiteral("this PEM holds a private key; give the public key instead "
                                         "(openssl pkey -in key.pem -pubout)"));
    if (!pem.contains("-----BEGIN PUBLIC KEY-----") && !pem.contains("-----BEGIN RSA PUBLIC KEY-----"))
        return unexpected(pem.contains("-----BEGIN CERTIFICATE-----")
                              ? QStringLiteral("this PEM holds a certificate; give its public key instead "
                                               "(openssl x509 -in cert.pem -pubkey -noout)")
                              : QStringLiteral("no \"-----BEGIN PUBLIC KEY-----\" block found"));
    EVP_PKEY *key = nullptr;
    OSSL_DECODER_CTX *decoder = OSSL_DECODER_CTX_new_for_pkey(
        &key, "PEM", nullptr, nullptr, OSSL_KEYMGMT_SELECT_PUBLIC_KEY, nullptr, nullptr);
    if (!decoder)
        return unexpected(QStringLiteral("cannot read PEM: %1").arg(takeOpenSslError()));
    const auto *data = reinterpret_cast<const unsigned char *>(pem.constData());
    size_t length = static_cast<size_t>(pem.size());
    const int decoded = OSSL_DECODER_from_data(decoder, &data, &length);
    OSSL_DECODER_CTX_free(decoder);
    if (decoded != 1) {
        EVP_PKEY_free(key);
        return unexpected(QStringLiteral("cannot read the PEM public key: %1").arg(takeOpenSslError()));
    }
    return checked(key, QStringLiteral("PEM public key"));
}

Expected<OpenSslPublicKey, QString> OpenSslPublicKey::fromRsaComponents(const QByteArray &modulus,
                                                                        const QByteArray &exponent)
{
    if (modulus.isEmpty() || exponent.isEmpty())
        return unexpected(QStringLiteral("RSA key without modulus or exponent"));
    const auto toBn = [](const QByteArray &bytes) {
        return std::unique_ptr<BIGNUM, BnDeleter>(BN_bin2bn(
            reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
    };
    const auto n = toBn(modulus);
    const auto e = toBn(exponent);
    std::unique_ptr<OSSL_PARAM_BLD, ParamBuildDeleter> bld(OSSL_PARAM_BLD_new());
    if (!n || !e || !bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return unexpected(QStringLiteral("RSA key: %1").arg(takeOpenSslError()));
    return checked(keyFromParams("RSA", bld.get()), QStringLiteral("RSA key"));
}

Expected<OpenSslPublicKey, QString> OpenSslPublicKey::fromP256Point(const QByteArray &x, const QByteArray &y)
{
    if (x.size() != 32 || y.size() != 32)
        return unexpected(QStringLiteral("P-256 coordinates must be 32 bytes each, not %1 and %2")
                              .arg(x.size())
                              .arg(y.size()));
    // SEC 1 uncompressed point: 0x04 || x || y.
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    std::unique_ptr<OSSL_PARAM_BLD, ParamBuildDeleter> bld(OSSL_PARAM_BLD_new());
    if (!bld
        || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, SN_X9_62_prime256v1, 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                            static_cast<size_t>(point.size()))
            != 1)
        return unexpected(QStringLiteral("EC key: %1").arg(takeOpenSslError()));
    return checked(keyFromParams("EC", bld.get()), QStringLiteral("EC P-256 key"));
}

QString OpenSslPublicKey::unsuitableFor(JwtAlgorithm algorithm) const
{
    EVP_PKEY *key = m_key.get();
    switch (algorithm) {
    case JwtAlgorithm::HS256:
        return QStringLiteral("HS256 takes a shared secret, never a public key");
    case JwtAlgorithm::RS256:
        // EVP_PKEY_is_a is false for RSA-PSS keys, which libjwt would refuse as well.
        if (!EVP_PKEY_is_a(key, "RSA"))
            return QStringLiteral("RS256 needs an RSA key, not %1").arg(description());
        if (EVP_PKEY_get_bits(key) < MinimumRsaBits)
            return QStringLiteral("RSA key of %1 bits is too weak for RS256 (at least %2)")
                .arg(EVP_PKEY_get_bits(key))
                .arg(MinimumRsaBits);
        return {};
    case JwtAlgorithm::ES256:
        if (!EVP_PKEY_is_a(key, "EC") || !isP256(key))
            return QStringLiteral("ES256 needs an EC key on P-256, not %1").arg(description());
        return {};
    }
    return QStringLiteral("unknown algorithm");
}

QByteArray OpenSslPublicKey::toPem() const
{
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

QString OpenSslPublicKey::description() const
{
    EVP_PKEY *key = m_key.get();
    if (EVP_PKEY_is_a(key, "RSA"))
        return QStringLiteral("RSA %1-bit").arg(EVP_PKEY_get_bits(key));
    if (EVP_PKEY_is_a(key, "EC"))
        return isP256(key) ? QStringLiteral("EC P-256") : QStringLiteral("EC (not P-256)");
    const char *type = EVP_PKEY_get0_type_name(key);
    return type ? QString::fromLatin1(type) : QStringLiteral("unknown key type");
}

} // namespace gatehouse
