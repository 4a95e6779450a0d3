// One chat window: one user signed in to one server, as one device. Several can be open at once,
// so one machine can show several users (or one user's several devices). It puts together the
// sign-in (ChatSession, with its login dialog and notice banner) and the chat (ChatClient and
// ChatView), and keeps the connection status visible in its status bar.
//
// Closing the window keeps the user signed in (a remembered sign-in comes back at the next
// start); Chat › Sign Out ends the sign-in on the server and deletes its keychain entry.
#pragma once

#include "core/client/ChatSession.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace gatehouse {
class ChatClient;
class RefreshTokenVault;
} // namespace gatehouse

namespace gatehouse::ui {

class ChatLoginDialog;
class ChatNoticeBanner;
class ChatView;
class ConnectionStatusLabel;

class ChatWindow : public QMainWindow {
    Q_OBJECT

public:
    // `vault` (the keychain and the remembered sign-ins) is shared by all windows and must outlive
    // them; null: nothing is kept (session-only sign-ins).
    explicit ChatWindow(RefreshTokenVault *vault, QWidget *parent = nullptr);
    ~ChatWindow() override;

    // Opens the login dialog, prefilled with `server` and `username` (either may be empty).
    void askForSignIn(const QString &server, const QString &username = {});
    // Signs in silently with a remembered sign-in; when that fails the login dialog opens
    // prefilled, with the reason.
    void resume(const RememberedSignIn &signIn);

    ChatSession *session() const { return m_session; }
    ChatClient *client() const { return m_client; }
    ChatView *view() const { return m_view; }
    ChatNoticeBanner *banner() const { return m_banner; }
    // The login dialog while it is open; null otherwise.
    ChatLoginDialog *loginDialog() const;
    ConnectionStatusLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void newWindowRequested();

private:
    void onStateChanged(ChatSession::State state);
    void onSocketReady(ClientSocket *socket);
    void openLoginDialog(const RememberedSignIn &prefill, const ChatSessionNotice &notice = {});
    void updateTitle();

    ChatSession *m_session;
    ChatClient *m_client;
    ChatView *m_view;
    ChatNoticeBanner *m_banner;
    ConnectionStatusLabel *m_status;
    QAction *m_signOut;
    QPointer<ChatLoginDialog> m_login;
    QString m_defaultServer;
    bool m_resuming = false;
};

} // namespace gatehouse::ui
