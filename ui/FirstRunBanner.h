// Shown above the console on the very first start: the embedded server created the account
// "admin" with a generated password that exists nowhere else (only its hash is stored), so the
// banner shows it once, offers to copy it, and says how to sign in with it.
#pragma once

#include <QFrame>

class QLabel;

namespace gatehouse::ui {

class FirstRunBanner : public QFrame {
    Q_OBJECT

public:
    explicit FirstRunBanner(QWidget *parent = nullptr);

    // `password` empty: it came from GATEHOUSE_ADMIN_PASSWORD and is not shown.
    void showFor(const QString &username, const QString &password, const QString &url);
    QString text() const;

Q_SIGNALS:
    void openChatRequested();

private:
    QLabel *m_text;
    QString m_password;
};

} // namespace gatehouse::ui
