#include "KeychainBackendProbe.h"

namespace gatehouse {

void KeychainBackendProbe::check(QObject *, std::function<void(Presence)> done)
{
    // The Keychain Services and Credential Manager backends report NoBackendAvailable themselves.
    done(Presence::Unknown);
}

} // namespace gatehouse
