#include "SecureRandom.h"

#include "Sodium.h"

#include <sodium.h>

namespace gatehouse {

QByteArray SecureRandom::bytes(qsizetype size)
{
    Sodium::initialize();
    QByteArray result(qMax<qsizetype>(size, 0), Qt::Uninitialized);
    randombytes_buf(result.data(), static_cast<size_t>(result.size()));
    return result;
}

QString SecureRandom::token(qsizetype size)
{
    return QString::fromLatin1(
        bytes(size).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SecureRandom::password(int length)
{
    Sodium::initialize();
    static constexpr char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    static constexpr quint32 alphabetSize = sizeof(alphabet) - 1;
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result.append(QLatin1Char(alphabet[randombytes_uniform(alphabetSize)])); // no modulo bias
    return result;
}

bool SecureRandom::equal(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    Sodium::initialize();
    return sodium_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace gatehouse
