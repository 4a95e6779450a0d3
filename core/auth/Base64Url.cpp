#include "Base64Url.h"

namespace gatehouse {

namespace {

bool isBase64UrlCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

QByteArray Base64Url::encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> Base64Url::decode(QByteArrayView text)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (const char c : text) {
        if (!isBase64UrlCharacter(c))
            return std::nullopt;
    }
    auto result = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    // Re-encoding is the simplest exact test for stray bits in the last character.
    if (encode(*result) != text)
        return std::nullopt;
    return std::move(*result);
}

} // namespace gatehouse
