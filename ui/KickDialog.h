// The confirmation before a kick: says what is kicked (a socket, a device with its sockets, or a
// user on every device), that the person can come back, and asks for an optional reason, which
// the kicked client shows. Opened with open() (window-modal, no nested event loop); the caller
// acts on accepted().
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace gatehouse::ui {

class KickDialog : public QDialog {
    Q_OBJECT

public:
    enum class Target { Socket, Device, User };
    Q_ENUM(Target)

    // `what`: the target as the user sees it, e.g. "alice (Alice Liddell)" or "laptop (Linux)".
    KickDialog(Target target, const QString &what, QWidget *parent = nullptr);

    Target target() const { return m_target; }
    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    Target m_target;
    QLabel *m_question;
    QLineEdit *m_reason;
};

} // namespace gatehouse::ui
