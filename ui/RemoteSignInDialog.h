// Signing the console in to a remote Gatehouse server: address, an admin's or moderator's
// username and password, and optionally a CA file for a private or self-signed certificate. Or,
// in the second mode, attaching it to any Socket.IO server that runs @socket.io/admin-ui: address,
// the optional username and password of instrument()'s basic auth, the admin namespace and the
// Socket.IO path (AdminUiAttach).
// Non-modal and never blocking: while RemoteAdminSignIn works the fields are locked and a busy
// indicator runs; a refusal shows inline, under the fields, and the dialog stays open for a
// correction. On success it hands the signed-in session over with signedIn() and closes.
#pragma once

// Complete, so that the signals' arguments are known meta types.
#include "core/client/AdminUiAttach.h"
#include "core/client/RemoteAdminSignIn.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace gatehouse::ui {

class RemoteSignInDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode {
        Gatehouse, // the login API, then /admin with a token: every console action
        AdminUi, // any server with instrument(): the sockets, and kicking one
    };

    explicit RemoteSignInDialog(QWidget *parent = nullptr);
    ~RemoteSignInDialog() override;

    void setServer(const QString &url);
    void setUsername(const QString &username);
    Mode mode() const;
    void setMode(Mode mode);

    QComboBox *modeCombo() const { return m_mode; }
    QLineEdit *namespaceEdit() const { return m_namespace; }
    QLineEdit *pathEdit() const { return m_path; }
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
    // Attached (Mode::AdminUi): `attach` holds the admin-namespace socket. The receiver takes it
    // over (QObject::setParent) and detaches it when done.
    void attached(gatehouse::AdminUiAttach *attach);

private:
    void setBusy(bool busy);
    void showError(const QString &message);
    void updateState();
    void chooseCaFile();
    void attach();
    void onModeChanged();

    QComboBox *m_mode;
    QFormLayout *m_form;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QLineEdit *m_namespace;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_warning;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    RemoteAdminSignIn *m_session = nullptr; // the attempt under way, owned until handed over
    AdminUiAttach *m_attach = nullptr; // the same for Mode::AdminUi
    int m_caRow = -1; // the form's row with the CA file, hidden for Mode::AdminUi
    bool m_busy = false;
};

} // namespace gatehouse::ui
