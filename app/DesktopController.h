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
class RefreshTokenVault;
} // namespace gatehouse

namespace gatehouse::ui {
class ChatWindow;
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

    // Shows the main window and, unless told not to, starts the embedded server; then the chat
    // windows of the last run come back.
    void show();
    // A new chat window asking for a sign-in (the embedded server's URL prefilled).
    ui::ChatWindow *openChatWindow();
    const QList<QPointer<ui::ChatWindow>> &chatWindows() const { return m_chatWindows; }
    RefreshTokenVault &vault() { return *m_vault; }
    ui::MainWindow *mainWindow() const { return m_window.get(); }
    EmbeddedServer &server() { return m_server; }

Q_SIGNALS:
    // The main window was closed: the app should end.
    void quitRequested();

private:
    void startServer();
    void onConsoleSocket(ClientSocket *socket);
    void openRemoteConsole();
    // The chat windows of the last run come back, signed in silently from the keychain.
    void restoreChatWindows();

    Settings m_settings;
    EmbeddedServer m_server;
    Keychain m_keychain;
    std::unique_ptr<ui::MainWindow> m_window;
    LocalConsoleConnection *m_console = nullptr;
    bool m_loadingSecret = false;
    QPointer<ui::RemoteSignInDialog> m_remoteSignIn;
    std::unique_ptr<RefreshTokenVault> m_vault;
    QList<QPointer<ui::ChatWindow>> m_chatWindows;
    bool m_chatWindowsRestored = false;
};

} // namespace gatehouse::app
