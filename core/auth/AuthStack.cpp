#include "AuthStack.h"

#include "JwkSet.h"
#include "core/platform/PrivateFile.h"
#include "core/server/Server.h"
#include "core/transport/EngineServer.h"

namespace gatehouse {

namespace {

const QString OwnIssuer = QStringLiteral("gatehouse");

// The keys of other issuers named in the settings; an error names the setting to fix.
Expected<QList<JwtKey>, QString> externalKeys(const AuthSettings &settings)
{
    QList<JwtKey> keys;
    for (const QString &entry : settings.publicKeys) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        const auto algorithm = jwtAlgorithmFromName(parts.value(0).trimmed());
        if (parts.size() < 2 || !algorithm || *algorithm == JwtAlgorithm::HS256)
            return unexpected(QStringLiteral("auth/publicKeys: \"%1\" should be RS256:/path/key.pem or "
                                             "ES256:/path/key.pem[:kid]")
                                  .arg(entry));
        auto key = JwtKey::publicKeyFromFile(*algorithm, parts.at(1).trimmed(), parts.value(2).trimmed());
        if (!key)
            return unexpected(QStringLiteral("auth/publicKeys: %1").arg(key.error()));
        keys.append(*key);
    }
    for (const QString &path : settings.jwksFiles) {
        auto set = JwkSet::fromFile(path);
        if (!set)
            return unexpected(QStringLiteral("auth/jwks: %1").arg(set.error()));
        keys += set->keys();
    }
    for (const QString &path : settings.sharedSecretFiles) {
        auto bytes = PrivateFile::read(path, 4096);
        if (!bytes)
            return unexpected(QStringLiteral("auth/sharedSecretFiles: %1").arg(bytes.error()));
        if (!*bytes)
            return unexpected(QStringLiteral("auth/sharedSecretFiles: %1 does not exist").arg(path));
        auto key = JwtKey::hmacSecret(bytes->value().trimmed());
        if (!key)
            return unexpected(QStringLiteral("auth/sharedSecretFiles: %1: %2").arg(path, key.error()));
        keys.append(*key);
    }
    return keys;
}

} // namespace

Expected<std::unique_ptr<AuthStack>, QString>
AuthStack::create(Store &store, SecretStore &secrets, const AuthSettings &settings, const Clock *clock)
{
    auto secret = JwtSecret::resolve(secrets);
    if (!secret)
        return unexpected(secret.error());
    JwtSignerOptions signerOptions;
    signerOptions.lifetime = settings.accessTokenLifetime;
    signerOptions.issuer = OwnIssuer;
    signerOptions.audience = settings.audiences;
    auto signer = JwtSigner::create(secret->bytes(), signerOptions, clock);
    if (!signer)
        return unexpected(signer.error());
    JwtVerifierOptions verifierOptions;
    verifierOptions.keys = {signer->verificationKey()};
    verifierOptions.leeway = settings.leeway;
    verifierOptions.audiences = settings.audiences;
    if (!settings.trustedIssuers.isEmpty())
        verifierOptions.issuers = QStringList {OwnIssuer} + settings.trustedIssuers;
    auto external = externalKeys(settings);
    if (!external)
        return unexpected(external.error());
    verifierOptions.keys += *external;
    auto verifier = JwtVerifier::create(verifierOptions, clock);
    if (!verifier)
        return unexpected(verifier.error());
    return std::unique_ptr<AuthStack>(
        new AuthStack(std::move(*secret), std::move(*signer), std::move(*verifier), store, settings, clock));
}

AuthStack::AuthStack(JwtSecret secret, JwtSigner signer, JwtVerifier verifier, Store &store,
                     const AuthSettings &settings, const Clock *clock)
    : m_secret(std::move(secret)),
      m_signer(std::move(signer)),
      m_verifier(std::move(verifier)),
      m_service(std::make_unique<AuthService>(store, m_signer, m_verifier, m_hasher,
                                              AuthServiceOptions {settings.refreshTokenLifetime}, clock)),
      m_authenticator(*m_service, settings.rules),
      m_settings(settings)
{
}

AuthStack::~AuthStack() = default;

void AuthStack::install(Server &server)
{
    AuthApiOptions apiOptions;
    apiOptions.cookieSameSite = m_settings.cookieSameSite;
    apiOptions.secureCookies = server.engine()->isSecure();
    m_api = std::make_unique<AuthApi>(*m_service, server.engine(), apiOptions);
    server.engine()->addHttpHandler(m_api->handler());
    server.use(m_authenticator.middleware());
    // The namespaces the policies name exist, so that clients can connect to them.
    for (auto it = m_settings.rules.policies.cbegin(); it != m_settings.rules.policies.cend(); ++it)
        server.of(it.key());
}

} // namespace gatehouse
