// Remembers tokens whose RS256 / ES256 signature has been verified, by SHA-256 of the whole token.
// libjwt 1.10 takes public keys only as PEM and parses them again on every jwt_decode() (about
// 0.3 ms with OpenSSL 3, ten times the signature check itself), and Socket.IO clients present the
// same token for every namespace and every reconnection. Claims are still checked on every use,
// so a cached token expires on time. Bounded; the oldest entry goes first. Thread-safe.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QMutex>
#include <QQueue>

namespace gatehouse {

class JwtSignatureCache {
public:
    explicit JwtSignatureCache(qsizetype capacity) : m_capacity(capacity) { }

    // The index (into JwtVerifierOptions::keys) of the key that verified `token`, or -1.
    qsizetype find(QByteArrayView token) const;
    void insert(QByteArrayView token, qsizetype keyIndex);

private:
    static QByteArray digest(QByteArrayView token);

    const qsizetype m_capacity;
    mutable QMutex m_mutex;
    QHash<QByteArray, qsizetype> m_keyIndex;
    QQueue<QByteArray> m_order;
};

} // namespace gatehouse
