// Whether any keychain service is running, asked after QtKeychain failed with OtherError. On Linux
// its libsecret backend reports "no D-Bus session" ("Could not connect: No such file or
// directory") and "no Secret Service on the bus" ("The name org.freedesktop.secrets was not
// provided by any .service files") as OtherError with a GLib message, which cannot be told apart
// from a failure of a running keyring, and GLib's messages are translated, so matching them is no
// option. One implementation per platform: KeychainBackendProbe_unix.cpp asks the D-Bus session
// bus; KeychainBackendProbe_other.cpp (Windows, macOS: QtKeychain's codes are precise there)
// answers Unknown.
#pragma once

#include <QObject>

#include <functional>

namespace gatehouse {

class KeychainBackendProbe {
public:
    enum class Presence { Running, NotRunning, Unknown };

    // Calls `done` in `context`'s thread (call this from that thread), now or later, or never when
    // `context` is destroyed first.
    static void check(QObject *context, std::function<void(Presence)> done);
};

} // namespace gatehouse
