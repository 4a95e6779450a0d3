// libsodium must be initialised once per process before any of its functions runs.
#pragma once

namespace gatehouse {

class Sodium {
public:
    // Safe to call from any thread, any number of times. Aborts the process if libsodium cannot
    // initialise (no entropy source): nothing secret could be made safely after that.
    static void initialize();
};

} // namespace gatehouse
