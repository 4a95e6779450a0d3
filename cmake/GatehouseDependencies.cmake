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
