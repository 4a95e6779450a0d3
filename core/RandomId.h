// Unguessable identifiers (session and socket ids), from the system's CSPRNG.
#pragma once

#include <QString>

namespace gatehouse {

class RandomId {
public:
    // 20 characters of base64url carrying 120 random bits, like the Node implementation's ids.
    static QString generate();
};

} // namespace gatehouse
