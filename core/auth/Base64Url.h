// base64url (RFC 4648 §5) as JWS requires it: no padding, no whitespace, and only the canonical
// spelling of every value. libjwt's own decoder stops at the first character outside the alphabet
// and ignores the rest, so a token is checked with this strict decoder before libjwt sees it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace gatehouse {

class Base64Url {
public:
    static QByteArray encode(QByteArrayView bytes);

    // The decoded bytes, or nullopt when `text` has padding, a character outside [A-Za-z0-9_-],
    // an impossible length, or non-zero unused bits in its last character (a second spelling of
    // the same bytes: a signature must have exactly one).
    static std::optional<QByteArray> decode(QByteArrayView text);
};

} // namespace gatehouse
