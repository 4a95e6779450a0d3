// `gatehouse` with a display: the desktop app. The embedded server starts at once (its signing
// secret from the OS keychain, or visibly from a file when there is none), the main window
// watches it through the console, and chat windows open on demand.
#pragma once

#include <QStringList>

namespace gatehouse::app {

class DesktopApp {
public:
    // True when a window can be shown: a display on X11/Wayland, or a platform named in
    // QT_QPA_PLATFORM (e.g. offscreen); always on Windows and macOS.
    static bool displayAvailable();
    // Runs the app until its main window closes. `arguments` are the options after the program
    // name (and after "gui", when given).
    static int run(int &argc, char **argv, const QStringList &arguments);
};

} // namespace gatehouse::app
