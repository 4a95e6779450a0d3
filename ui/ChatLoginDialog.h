// The chat window's sign-in form: server address, username, password, device name (the host name
// by default) and "Stay signed in". Non-modal: show it with open(); it never waits for anything.
// While a sign-in runs it shows a busy bar and locks the form; a failure appears inline with what
// to do, and when there is no keychain it offers a sign-in for this session only (the user
// chooses; nothing falls back to a plain file).
//
// It knows nothing of the protocol: it emits signInRequested() and shows what it is told, or
// follows a ChatSession given to attach().
#pragma once

#include "core/client/ChatSession.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace gatehouse::ui {

class ChatLoginDialog : public QDialog {
    Q_OBJECT

public:
    explicit ChatLoginDialog(QWidget *parent = nullptr);

    // Server, username and device of a remembered sign-in; the password stays empty.
    void prefill(const RememberedSignIn &signIn);
    // Sends sign-ins to `session` (not owned) and follows it: busy while it signs in, its notices
    // shown inline, accepted (closed) once it is online.
    void attach(ChatSession *session);

    // What the form says now; `server` is empty while the address is not usable.
    ChatSession::SignInRequest request() const;
    bool isBusy() const { return m_busyState; }
    QString errorText() const;

public Q_SLOTS:
    void setBusy(bool busy);
    void showNotice(const gatehouse::ChatSessionNotice &notice);
    void showError(const QString &message, bool offerSessionOnly = false);
    void clearError();

Q_SIGNALS:
    void signInRequested(const gatehouse::ChatSession::SignInRequest &request);

private:
    // http(s) URL from what was typed (https:// when no scheme is given); invalid when unusable.
    QUrl serverUrl() const;
    void updateState();
    void submit(bool staySignedIn);

    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_deviceName;
    QCheckBox *m_staySignedIn;
    QLabel *m_hint;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_signIn;
    QPushButton *m_sessionOnly;
    bool m_busyState = false;
};

} // namespace gatehouse::ui
