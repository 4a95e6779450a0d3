// Verifies access tokens: Gatehouse's own (HS256) and those of other issuers (HS256 secrets,
// RS256 / ES256 public keys from PEM or a JWKS), with the rules of JwtVerifierOptions.
//
//     auto verifier = JwtVerifier::create(options);          // once, at start-up
//     auto token = verifier->verify(auth.value(u"token"_s).toString());
//     if (!token)                                            // code: invalid_token / token_expired
//         return next(ConnectError{token.error().message,
//                                  QJsonObject{{u"code"_s, token.error().codeString()}}});
//     socket->data().insert(u"userId"_s, token->userId);
//
// verify() is synchronous and cheap: well under 0.1 ms for HS256. RS256 / ES256 cost ~0.3 ms the
// first time a token is seen, because libjwt 1.10 cannot hold a parsed key and re-reads the PEM on
// every call; a repeated token (every namespace, every reconnection) is then found in a small
// signature cache (JwtSignatureCache). verify() is const and thread-safe: one verifier may serve
// several threads at once; copies share the cache.
#pragma once

#include "core/Clock.h"
#include "core/Expected.h"
#include "core/auth/JwtError.h"
#include "core/auth/JwtSignatureCache.h"
#include "core/auth/JwtVerifierOptions.h"
#include "core/auth/VerifiedToken.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace gatehouse {

class JwtVerifier {
public:
    // Fails when the options could never accept a token (no keys, negative leeway, a size limit
    // too small for any signed token). `clock` must outlive the verifier.
    static Expected<JwtVerifier, QString> create(JwtVerifierOptions options,
                                                 const Clock *clock = Clock::system());

    // The token alone, without a "Bearer " prefix.
    Expected<VerifiedToken, JwtError> verify(QByteArrayView token) const;
    Expected<VerifiedToken, JwtError> verify(const QString &token) const;

    const JwtVerifierOptions &options() const { return m_options; }

private:
    struct Parsed;
    JwtVerifier(JwtVerifierOptions options, const Clock *clock);
    Expected<Parsed, JwtError> parse(QByteArrayView token) const;
    // The index in m_options.keys of the key that verifies the signature.
    Expected<qsizetype, JwtError> verifySignature(const QByteArray &token, const Parsed &parsed) const;

    JwtVerifierOptions m_options;
    const Clock *m_clock;
    std::shared_ptr<JwtSignatureCache> m_signatureCache;
};

} // namespace gatehouse
