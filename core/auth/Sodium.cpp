#include "Sodium.h"

#include <QtGlobal>

#include <sodium.h>

namespace gatehouse {

void Sodium::initialize()
{
    // A function-local static runs sodium_init() once even when threads race to get here.
    static const bool initialized = sodium_init() >= 0;
    if (!initialized)
        qFatal("libsodium could not be initialised (no source of randomness?)");
}

} // namespace gatehouse
