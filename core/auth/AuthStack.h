// Everything that authenticates, built from the settings and the store and installed on a
// Server in one call: the signing secret, the token signer and verifier, the password hasher,
// the login API (/api/...) and the handshake authenticator (server-wide middleware).
// `gatehouse serve` and the desktop app's embedded server use it alike.
#pragma once

#include "AuthApi.h"
#include "AuthSettings.h"
#include "HandshakeAuthenticator.h"
#include "JwtSecret.h"
#include "PasswordHasher.h"

#include <memory>

namespace gatehouse {

class Server;
class SecretStore;

class AuthStack {
public:
    // `secrets` holds the signing secret: a file in the data dir headless; in the app, a
    // MemorySecretStore with what KeychainSecretLoader read from the OS keychain.
    static Expected<std::unique_ptr<AuthStack>, QString> create(Store &store, SecretStore &secrets,
                                                                const AuthSettings &settings,
                                                                const Clock *clock = Clock::system());
    ~AuthStack();

    // Adds the login API to the server's port and authenticates every handshake.
    void install(Server &server);

    AuthService &service() { return *m_service; }
    const JwtSecret &secret() const { return m_secret; }
    PasswordHasher &hasher() { return m_hasher; }

private:
    AuthStack(JwtSecret secret, JwtSigner signer, JwtVerifier verifier, Store &store,
              const AuthSettings &settings, const Clock *clock);

    JwtSecret m_secret;
    JwtSigner m_signer;
    JwtVerifier m_verifier;
    PasswordHasher m_hasher;
    std::unique_ptr<AuthService> m_service;
    std::unique_ptr<AuthApi> m_api;
    HandshakeAuthenticator m_authenticator;
    AuthSettings m_settings;
};

} // namespace gatehouse
