// A console window for a remote Gatehouse server: the same ConsoleView as the embedded server's,
// over a RemoteAdminSignIn (URL and admin login). Several can be open at once, one per server.
// Closing the window signs out (the sign-in's refresh token is revoked on the server); when the
// server ends the sign-in (revoked, suspended, demoted), the window says so and offers to sign
// in again.
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace gatehouse {
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
    ~RemoteConsoleWindow() override;

    ConsoleView *consoleView() const { return m_view; }
    RemoteAdminSignIn *session() const { return m_session; }
    QString noticeText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showSession(RemoteAdminSignIn *session);
    void onSignInExpired(const QString &message);
    void signInAgain();

    RemoteAdminSignIn *m_session = nullptr;
    ConsoleConnection *m_connection = nullptr;
    ConsoleView *m_view = nullptr;
    QLabel *m_notice;
    QPointer<RemoteSignInDialog> m_dialog;
};

} // namespace gatehouse::ui
