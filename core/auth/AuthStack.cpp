#include "AuthStack.h"

#include "core/server/Server.h"
#include "core/transport/EngineServer.h"

namespace gatehouse {

Expected<std::unique_ptr<AuthStack>, QString>
AuthStack::create(Store &store, SecretStore &secrets, const AuthSettings &settings, const Clock *clock)
{
    auto secret = JwtSecret::resolve(secrets);
    if (!secret)
        return unexpected(secret.error());
    JwtSignerOptions signerOptions;
    signerOptions.lifetime = settings.accessTokenLifetime;
    auto signer = JwtSigner::create(secret->bytes(), signerOptions, clock);
    if (!signer)
        return unexpected(signer.error());
    JwtVerifierOptions verifierOptions;
    verifierOptions.keys = {signer->verificationKey()};
    verifierOptions.leeway = settings.leeway;
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
    m_api = std::make_unique<AuthApi>(*m_service, server.engine(), apiOptions);
    server.engine()->addHttpHandler(m_api->handler());
    server.use(m_authenticator.middleware());
    // The namespaces the policies name exist, so that clients can connect to them.
    for (auto it = m_settings.rules.policies.cbegin(); it != m_settings.rules.policies.cend(); ++it)
        server.of(it.key());
}

} // namespace gatehouse
