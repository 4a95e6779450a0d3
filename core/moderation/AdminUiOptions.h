// How the admin namespace speaks the Admin UI protocol: [adminUi] in the config file.
#pragma once

#include <QString>

namespace gatehouse {

struct AdminUiOptions {
    bool readOnly = false; // announce and accept no command (the UI's own switch is cosmetic)
    QString serverId; // the Servers page's key; empty: the host name
    int statsIntervalMs = 2000; // the UI calls a server unhealthy after 10 s of silence
};

} // namespace gatehouse
