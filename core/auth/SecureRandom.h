// Secrets from libsodium's CSPRNG and constant-time comparison: refresh tokens, generated
// passwords, signing keys. For public identifiers, RandomId is enough.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace gatehouse {

class SecureRandom {
public:
    // `size` random bytes.
    static QByteArray bytes(qsizetype size);

    // `size` random bytes as unpadded base64url text: 32 bytes give a 43-character token.
    static QString token(qsizetype size = 32);

    // A password of `length` characters drawn uniformly from letters and digits without the
    // look-alikes 0/O, 1/l/I (57 symbols: 5.8 bits each, so 20 characters carry 116 bits).
    static QString password(int length = 20);

    // True when both hold the same bytes. The time taken depends only on the length, never on
    // where the first difference is, so an attacker cannot guess a secret byte by byte.
    static bool equal(QByteArrayView a, QByteArrayView b);
};

} // namespace gatehouse
