// A strip at the top of a chat window that says why the window is no longer online (kicked,
// suspended, sign-in ended, connection refused) or that the keychain failed, with "Sign in
// again" where that can help. Hidden while there is nothing to say.
#pragma once

#include "core/client/ChatSessionNotice.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace gatehouse {
class ChatSession;
}

namespace gatehouse::ui {

class ChatNoticeBanner : public QFrame {
    Q_OBJECT

public:
    explicit ChatNoticeBanner(QWidget *parent = nullptr);

    // Shows `session`'s notices and keychain warnings (not owned); hides once it is online again.
    // "Sign in again" calls session->signInAgain() when that needs no password, else emits
    // passwordSignInRequested().
    void attach(ChatSession *session);

    QString text() const;
    bool offersSignInAgain() const;

public Q_SLOTS:
    void showNotice(const gatehouse::ChatSessionNotice &notice);
    void showWarning(const QString &message);
    void dismiss();

Q_SIGNALS:
    // "Sign in again" for a notice with canSignInAgain: no password needed.
    void signInAgainRequested();
    // "Sign in again" where only the password helps: the window shows the login dialog.
    void passwordSignInRequested();

private:
    QLabel *m_text;
    QPushButton *m_signInAgain;
    QPushButton *m_close;
    bool m_canSignInAgain = false;
};

} // namespace gatehouse::ui
