// The console's main window: the embedded server panel (a dock), the console in the middle,
// the first-run banner above it, menus with the app's actions and a status bar that always says
// whether the server runs. It only arranges widgets and forwards requests; whoever owns the
// server, the connections and the chat windows (the desktop app) acts on them.
#pragma once

#include "core/server/EmbeddedServer.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace gatehouse::ui {

class FirstRunBanner;
class ServerPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(EmbeddedServer *server, QWidget *parent = nullptr);
    ~MainWindow() override;

    ServerPanel *serverPanel() const { return m_panel; }
    FirstRunBanner *firstRunBanner() const { return m_banner; }
    // Puts `widget` (the console of the server being watched) in the middle; the previous one is
    // deleted. Null shows `placeholder` instead.
    void setConsoleWidget(QWidget *widget, const QString &placeholder = {});
    QWidget *consoleWidget() const { return m_console; }
    QString placeholderText() const;

    QAction *newChatAction() const { return m_newChat; }
    QAction *remoteConsoleAction() const { return m_remoteConsole; }

Q_SIGNALS:
    void newChatWindowRequested();
    void remoteConsoleRequested();
    void closing();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void onServerStateChanged(EmbeddedServer::State state);

    EmbeddedServer *m_server;
    ServerPanel *m_panel;
    FirstRunBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QPointer<QWidget> m_console;
    QLabel *m_serverStatus;
    QAction *m_newChat = nullptr;
    QAction *m_remoteConsole = nullptr;
    QAction *m_startServer = nullptr;
    QAction *m_stopServer = nullptr;
};

} // namespace gatehouse::ui
