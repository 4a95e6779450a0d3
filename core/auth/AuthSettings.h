// The [auth] section of the config file: who may enter which namespace, where tokens may come
// from, and token lifetimes.
#pragma once

#include "HandshakeAuthenticator.h"

#include <QByteArray>

#include <chrono>

namespace gatehouse {

struct AuthSettings {
    NamespaceRules rules;
    std::chrono::seconds accessTokenLifetime {15 * 60};
    std::chrono::seconds refreshTokenLifetime {30 * 24 * 3600};
    std::chrono::seconds leeway {60};
    QByteArray cookieSameSite = "Strict";
};

} // namespace gatehouse
