// A console window for a remote Gatehouse server: the same ConsoleView as the embedded server's,
// over a RemoteAdminSignIn (URL and admin login). Several can be open at once, one per server.
// Closing the window signs out (the sign-in's refresh token is revoked on the server); when the
// server ends the sign-in (revoked, suspended, demoted), the window says so and offers to sign
// in again.
//
// Or a console attached to any Socket.IO server with @socket.io/admin-ui (AdminUiAttach): the
// same view over that protocol, with only what it offers enabled (the sockets, kicking one);
// the title and a notice above the console say so. Closing the window detaches.
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace gatehouse {
class AdminUiAttach;
class ConsoleConnection;
class RemoteAdminSignIn;
} // namespace gatehouse

namespace gatehouse::ui {

class ConsoleView;
class RemoteSignInDialog;

class RemoteConsoleWindow : public QMainWindow {
    Q_OBJECT

public:
    // Takes over `session`, a signed-in RemoteAdminSignIn.
    explicit RemoteConsoleWindow(RemoteAdminSignIn *session, QWidget *parent = nullptr);
    // Takes over `attach`, an attached AdminUiAttach.
    explicit RemoteConsoleWindow(AdminUiAttach *attach, QWidget *parent = nullptr);
    ~RemoteConsoleWindow() override;

    ConsoleView *consoleView() const { return m_view; }
    RemoteAdminSignIn *session() const { return m_session; }
    AdminUiAttach *attachment() const { return m_attach; }
    // The attach mode's lasting explanation above the console; empty for a Gatehouse server.
    QString modeText() const;
    QString noticeText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenu();
    void showConsole(ConsoleConnection *connection, QObject *owner);
    void showSession(RemoteAdminSignIn *session);
    void showAttach(AdminUiAttach *attach);
    void endSession();
    void onSignInExpired(const QString &message);
    void signInAgain();

    RemoteAdminSignIn *m_session = nullptr;
    AdminUiAttach *m_attach = nullptr; // instead of m_session in the attach mode
    ConsoleConnection *m_connection = nullptr;
    ConsoleView *m_view = nullptr;
    QLabel *m_notice;
    QLabel *m_mode;
    QPointer<RemoteSignInDialog> m_dialog;
};

} // namespace gatehouse::ui
