#include "DesktopController.h"

#include "core/auth/AdminBootstrap.h"
#include "core/auth/KeychainSecretLoader.h"
#include "core/client/AdminUiAttach.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/LocalConsoleConnection.h"
#include "core/client/RefreshTokenVault.h"
#include "core/client/RemoteAdminSignIn.h"
#include "ui/ChatWindow.h"
#include "ui/ConsoleView.h"
#include "ui/FirstRunBanner.h"
#include "ui/MainWindow.h"
#include "ui/RemoteConsoleWindow.h"
#include "ui/RemoteSignInDialog.h"
#include "ui/ServerPanel.h"

#include <QHostAddress>
#include <QStatusBar>

namespace gatehouse::app {

DesktopController::DesktopController(Settings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_keychain(QStringLiteral("Gatehouse"))
{
    m_vault = std::make_unique<RefreshTokenVault>();
    m_window = std::make_unique<ui::MainWindow>(&m_server);
    ui::ServerPanel *panel = m_window->serverPanel();
    panel->setBindAddress(m_settings.config.bindAddress.toString());
    panel->setPort(m_settings.config.port);
    connect(panel, &ui::ServerPanel::startRequested, this, &DesktopController::startServer);
    connect(panel, &ui::ServerPanel::stopRequested, &m_server, &EmbeddedServer::stop);
    connect(m_window.get(), &ui::MainWindow::closing, this, &DesktopController::quitRequested);
    connect(m_window.get(), &ui::MainWindow::newChatWindowRequested, this,
            &DesktopController::openChatWindow);
    connect(m_window.get(), &ui::MainWindow::remoteConsoleRequested, this,
            &DesktopController::openRemoteConsole);

    connect(&m_server, &EmbeddedServer::started, this, [this](const EmbeddedServer::StartInfo &info) {
        if (info.adminCreated)
            m_window->firstRunBanner()->showFor(AdminBootstrap::Username, info.generatedAdminPassword,
                                                info.url);
        restoreChatWindows();
    });
    // Without the server the remembered windows come back all the same (they may be remote).
    connect(&m_server, &EmbeddedServer::failed, this, &DesktopController::restoreChatWindows);
    connect(&m_server, &EmbeddedServer::stopped, this, [this] {
        m_window->setConsoleWidget(nullptr, tr("The server is stopped. Start it to see who is connected."));
    });

    // The console acts as the first admin account (on first start, the one the server creates).
    m_console = new LocalConsoleConnection(&m_server, {}, this);
    connect(m_console, &LocalConsoleConnection::socketChanged, this, &DesktopController::onConsoleSocket);
    connect(m_console, &LocalConsoleConnection::failed, this,
            [this](const QString &message) { m_window->setConsoleWidget(nullptr, message); });
}

DesktopController::~DesktopController()
{
    // The chat windows, the console and the main window follow the server: they go first.
    for (const QPointer<ui::ChatWindow> &window : std::as_const(m_chatWindows))
        delete window.data();
    delete m_console;
    m_window.reset();
}

void DesktopController::show()
{
    m_window->show();
    if (m_settings.startServer)
        startServer();
    else
        restoreChatWindows();
}

ui::ChatWindow *DesktopController::openChatWindow()
{
    auto *window = new ui::ChatWindow(m_vault.get());
    m_chatWindows.removeAll(nullptr);
    m_chatWindows.append(window);
    connect(window, &ui::ChatWindow::newWindowRequested, this, &DesktopController::openChatWindow);
    window->show();
    window->askForSignIn(m_server.isRunning() ? m_server.info().url : QString());
    return window;
}

void DesktopController::restoreChatWindows()
{
    if (m_chatWindowsRestored)
        return;
    m_chatWindowsRestored = true;
    for (const RememberedSignIn &signIn : m_vault->remembered()) {
        auto *window = new ui::ChatWindow(m_vault.get());
        m_chatWindows.append(window);
        connect(window, &ui::ChatWindow::newWindowRequested, this, &DesktopController::openChatWindow);
        window->show();
        window->resume(signIn);
    }
}

void DesktopController::startServer()
{
    if (m_loadingSecret || m_server.state() != EmbeddedServer::State::Stopped)
        return;
    ui::ServerPanel *panel = m_window->serverPanel();
    ServerConfig config = m_settings.config;
    const QHostAddress address(panel->bindAddress());
    if (address.isNull()) {
        panel->setError(tr("\"%1\" is not an IP address. Enter one such as 127.0.0.1 (this computer only) or "
                           "0.0.0.0 (every network).")
                            .arg(panel->bindAddress()));
        return;
    }
    config.bindAddress = address;
    config.port = panel->port();
    m_window->setConsoleWidget(nullptr, tr("Starting the server…"));
    // The keychain may ask its user first (to unlock or create a keyring) in a window of its own.
    panel->setNotice(tr("Reading the secret that signs access tokens from the OS keychain… If the keychain "
                        "asks to be unlocked or to create a keyring, answer it to go on."));

    // The signing secret first: from the OS keychain, asynchronously.
    m_loadingSecret = true;
    KeychainSecretLoader::load(m_keychain, this, [this, config](KeychainSecretLoader::Result secret) {
        m_loadingSecret = false;
        ui::ServerPanel *serverPanel = m_window->serverPanel();
        EmbeddedServer::Settings settings {config, m_settings.dataDir, std::nullopt, {}};
        if (secret) {
            settings.secret = secret->bytes();
            settings.secretLocation = KeychainSecretLoader::location();
            serverPanel->setNotice({});
        } else if (secret.error().isNoKeychain()) {
            // Said, not silent: the secret goes to a file only readable by this account.
            serverPanel->setNotice(
                tr("No OS keychain is available, so the secret that signs access tokens is kept in "
                   "a file in the data folder, readable by you only. To keep it in the keychain, "
                   "start a Secret Service (GNOME Keyring or KWallet) and restart Gatehouse."));
        } else {
            serverPanel->setError(tr("The server did not start: %1").arg(secret.error().message));
            m_window->setConsoleWidget(nullptr, tr("The server is stopped."));
            return;
        }
        m_server.start(std::move(settings));
    });
}

void DesktopController::onConsoleSocket(ClientSocket *socket)
{
    if (!socket)
        return;
    // The console of this connection; it goes with the view (and the socket with the server's
    // connection, see LocalConsoleConnection).
    auto *connection = new ConsoleConnection(socket, ConsoleConnection::gatehouseCapabilities());
    // The embedded server mints the console's tokens for its first admin.
    connection->setSignedInUser({{QStringLiteral("role"), QStringLiteral("admin")}});
    auto *view = new ui::ConsoleView(connection);
    connection->setParent(view);
    connect(view, &ui::ConsoleView::actionFinished, m_window.get(),
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 10'000); });
    m_window->setConsoleWidget(view);
}

void DesktopController::openRemoteConsole()
{
    if (m_remoteSignIn) {
        m_remoteSignIn->raise();
        m_remoteSignIn->activateWindow();
        return;
    }
    m_remoteSignIn = new ui::RemoteSignInDialog(m_window.get());
    m_remoteSignIn->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_remoteSignIn, &ui::RemoteSignInDialog::signedIn, this, [](RemoteAdminSignIn *session) {
        auto *window = new ui::RemoteConsoleWindow(session);
        window->show();
    });
    connect(m_remoteSignIn, &ui::RemoteSignInDialog::attached, this, [](AdminUiAttach *attach) {
        auto *window = new ui::RemoteConsoleWindow(attach);
        window->show();
    });
    m_remoteSignIn->open();
}

} // namespace gatehouse::app
