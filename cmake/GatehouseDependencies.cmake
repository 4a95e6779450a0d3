# Third-party libraries that are not Qt. Each becomes an imported target.

# http_parser (Node's classic HTTP/1.1 parser). Debian: libhttp-parser-dev; vcpkg: http-parser.
find_path(HTTP_PARSER_INCLUDE_DIR http_parser.h)
find_library(HTTP_PARSER_LIBRARY NAMES http_parser)
if(NOT HTTP_PARSER_INCLUDE_DIR OR NOT HTTP_PARSER_LIBRARY)
    message(FATAL_ERROR "http_parser not found: install libhttp-parser-dev (Debian/Ubuntu) "
                        "or the vcpkg port http-parser, or run packaging/linux/install-deps.sh")
endif()
add_library(gatehouse_http_parser UNKNOWN IMPORTED)
set_target_properties(gatehouse_http_parser PROPERTIES
    IMPORTED_LOCATION "${HTTP_PARSER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${HTTP_PARSER_INCLUDE_DIR}")
add_library(HttpParser::HttpParser ALIAS gatehouse_http_parser)

# OpenSSL 3 (libcrypto): public keys from PEM and JWKS, the random JWT secret. libjwt uses the same
# library underneath. Debian: libssl-dev; vcpkg: openssl.
find_package(OpenSSL 3.0 COMPONENTS Crypto)
if(NOT OPENSSL_FOUND OR NOT TARGET OpenSSL::Crypto)
    message(FATAL_ERROR "OpenSSL 3 (libcrypto) not found: install libssl-dev (Debian/Ubuntu) "
                        "or the vcpkg port openssl, or run packaging/linux/install-deps.sh")
endif()

# libjwt 1.10 or later: JWT signing and signature verification. Debian: libjwt-dev (the OpenSSL
# build; not libjwt-gnutls-dev); vcpkg: libjwt. Found through pkg-config where there is one.
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(LIBJWT QUIET IMPORTED_TARGET libjwt>=1.10)
endif()
if(TARGET PkgConfig::LIBJWT)
    add_library(Jwt::Jwt ALIAS PkgConfig::LIBJWT)
else()
    find_path(LIBJWT_INCLUDE_DIR jwt.h)
    find_library(LIBJWT_LIBRARY NAMES jwt libjwt)
    if(NOT LIBJWT_INCLUDE_DIR OR NOT LIBJWT_LIBRARY)
        message(FATAL_ERROR "libjwt (>= 1.10) not found: install libjwt-dev and pkg-config "
                            "(Debian/Ubuntu) or the vcpkg port libjwt, or run "
                            "packaging/linux/install-deps.sh")
    endif()
    add_library(gatehouse_libjwt UNKNOWN IMPORTED)
    set_target_properties(gatehouse_libjwt PROPERTIES
        IMPORTED_LOCATION "${LIBJWT_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${LIBJWT_INCLUDE_DIR}")
    add_library(Jwt::Jwt ALIAS gatehouse_libjwt)
endif()

# libsodium: Argon2id password hashing, secure random bytes, constant-time comparison.
# Debian: libsodium-dev; vcpkg: libsodium. Found through pkg-config where there is one.
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(LIBSODIUM QUIET IMPORTED_TARGET libsodium>=1.0.16)
endif()
if(TARGET PkgConfig::LIBSODIUM)
    add_library(Sodium::Sodium ALIAS PkgConfig::LIBSODIUM)
else()
    find_path(LIBSODIUM_INCLUDE_DIR sodium.h)
    find_library(LIBSODIUM_LIBRARY NAMES sodium libsodium)
    if(NOT LIBSODIUM_INCLUDE_DIR OR NOT LIBSODIUM_LIBRARY)
        message(FATAL_ERROR "libsodium (>= 1.0.16) not found: install libsodium-dev and pkg-config "
                            "(Debian/Ubuntu) or the vcpkg port libsodium, or run "
                            "packaging/linux/install-deps.sh")
    endif()
    add_library(gatehouse_libsodium UNKNOWN IMPORTED)
    set_target_properties(gatehouse_libsodium PROPERTIES
        IMPORTED_LOCATION "${LIBSODIUM_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${LIBSODIUM_INCLUDE_DIR}")
    add_library(Sodium::Sodium ALIAS gatehouse_libsodium)
endif()

# QtKeychain (Qt 6 build): the OS keychain for the desktop app's secrets. Debian:
# qtkeychain-qt6-dev; vcpkg: qtkeychain-qt6. Found here, at the top, because gatehouse_core is
# static: everything linking it needs the imported target too. On Linux it uses libsecret
# (loaded at run time: libsecret-1-0) or KWallet over D-Bus, hence Qt6::DBus for our probe.
find_package(Qt6Keychain 0.13 CONFIG QUIET)
if(NOT TARGET Qt6Keychain::Qt6Keychain)
    message(FATAL_ERROR "QtKeychain for Qt 6 (>= 0.13) not found: install qtkeychain-qt6-dev "
                        "(Debian/Ubuntu) or the vcpkg port qtkeychain-qt6, or run "
                        "packaging/linux/install-deps.sh")
endif()
if(UNIX AND NOT APPLE AND NOT ANDROID)
    find_package(Qt6 REQUIRED COMPONENTS DBus)
endif()
