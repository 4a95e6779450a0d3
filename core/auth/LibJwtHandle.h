// Ownership of what libjwt allocates. Internal to core/auth (keeps <jwt.h> out of public headers).
#pragma once

#include "core/auth/JwtAlgorithm.h"

#include <jwt.h>

#include <cstdlib>
#include <memory>

namespace gatehouse {

struct LibJwtHandle {
    struct JwtDeleter {
        void operator()(jwt_t *jwt) const { jwt_free(jwt); }
    };
    // libjwt 1.10 returns malloc()ed strings and has no jwt_free_str() yet.
    struct StringDeleter {
        void operator()(char *text) const { std::free(text); }
    };
    using Jwt = std::unique_ptr<jwt_t, JwtDeleter>;
    using String = std::unique_ptr<char, StringDeleter>;

    static jwt_alg_t algorithm(JwtAlgorithm algorithm)
    {
        switch (algorithm) {
        case JwtAlgorithm::HS256:
            return JWT_ALG_HS256;
        case JwtAlgorithm::RS256:
            return JWT_ALG_RS256;
        case JwtAlgorithm::ES256:
            return JWT_ALG_ES256;
        }
        return JWT_ALG_INVAL;
    }
};

} // namespace gatehouse
