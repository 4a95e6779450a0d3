// Signing the console in to a remote Gatehouse server: address, an admin's or moderator's
// username and password, and optionally a CA file for a private or self-signed certificate.
// Non-modal and never blocking: while RemoteAdminSignIn works the fields are locked and a busy
// indicator runs; a refusal shows inline, under the fields, and the dialog stays open for a
// correction. On success it hands the signed-in session over with signedIn() and closes.
#pragma once

#include "core/client/RemoteAdminSignIn.h" // complete, so that signedIn()'s argument is a known meta type

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace gatehouse::ui {

class RemoteSignInDialog : public QDialog {
    Q_OBJECT

public:
    explicit RemoteSignInDialog(QWidget *parent = nullptr);
    ~RemoteSignInDialog() override;

    void setServer(const QString &url);
    void setUsername(const QString &username);

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QPushButton *signInButton() const;
    QString errorText() const;
    bool isBusy() const { return m_busy; }

    // Starts signing in with what the fields hold (what the Sign In button does).
    void signIn();
    // Cancel: abandons a sign-in under way (ending it on the server) and closes.
    void reject() override;

Q_SIGNALS:
    // Signed in: `session` holds the /admin socket and the sign-in. The receiver takes it over
    // (QObject::setParent) and signs it out when done.
    void signedIn(gatehouse::RemoteAdminSignIn *session);

private:
    void setBusy(bool busy);
    void showError(const QString &message);
    void updateState();
    void chooseCaFile();

    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLabel *m_warning;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    RemoteAdminSignIn *m_session = nullptr; // the attempt under way, owned until handed over
    bool m_busy = false;
};

} // namespace gatehouse::ui
