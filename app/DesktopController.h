// What the desktop app is made of and how the parts talk: the embedded server, the main window,
// the console that watches the server, and the chat windows. Owns them all; lives as long as the
// app runs.
#pragma once

#include "core/platform/Keychain.h"
#include "core/server/EmbeddedServer.h"

#include <QObject>
#include <QPointer>

#include <memory>

#include "core/client/ClientSocket.h"

namespace gatehouse {
class LocalConsoleConnection;
} // namespace gatehouse

namespace gatehouse::ui {
class MainWindow;
class RemoteSignInDialog;
} // namespace gatehouse::ui

namespace gatehouse::app {

class DesktopController : public QObject {
    Q_OBJECT

public:
    struct Settings {
        ServerConfig config;
        QString dataDir;
        bool startServer = true;
    };

    explicit DesktopController(Settings settings, QObject *parent = nullptr);
    ~DesktopController() override;

    // Shows the main window and, unless told not to, starts the embedded server.
    void show();
    ui::MainWindow *mainWindow() const { return m_window.get(); }
    EmbeddedServer &server() { return m_server; }

Q_SIGNALS:
    // The main window was closed: the app should end.
    void quitRequested();

private:
    void startServer();
    void onConsoleSocket(ClientSocket *socket);
    void openRemoteConsole();

    Settings m_settings;
    EmbeddedServer m_server;
    Keychain m_keychain;
    std::unique_ptr<ui::MainWindow> m_window;
    LocalConsoleConnection *m_console = nullptr;
    bool m_loadingSecret = false;
    QPointer<ui::RemoteSignInDialog> m_remoteSignIn;
};

} // namespace gatehouse::app
