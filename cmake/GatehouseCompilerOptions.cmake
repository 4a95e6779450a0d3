# Warnings, strict Qt defines and sanitizers, applied per target via gatehouse_target_defaults().
add_library(gatehouse_options INTERFACE)
add_library(Gatehouse::Options ALIAS gatehouse_options)

target_compile_definitions(gatehouse_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(gatehouse_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual -Wformat=2)
    if(GATEHOUSE_WARNINGS_AS_ERRORS)
        target_compile_options(gatehouse_options INTERFACE -Werror)
    endif()
    if(GATEHOUSE_SANITIZERS)
        target_compile_options(gatehouse_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(gatehouse_options INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(gatehouse_options INTERFACE /W4 /permissive- /utf-8)
    if(GATEHOUSE_WARNINGS_AS_ERRORS)
        target_compile_options(gatehouse_options INTERFACE /WX)
    endif()
endif()
