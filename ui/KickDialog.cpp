#include "KickDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

KickDialog::KickDialog(Target target, const QString &what, QWidget *parent)
    : QDialog(parent), m_target(target), m_question(new QLabel(this)), m_reason(new QLineEdit(this))
{
    setWindowModality(Qt::WindowModal);
    QString question;
    QString effect;
    switch (target) {
    case Target::Socket:
        setWindowTitle(tr("Kick Socket"));
        question = tr("Disconnect the socket %1?").arg(what);
        effect = tr("Only this connection closes; the user's other sockets stay.");
        break;
    case Target::Device:
        setWindowTitle(tr("Kick Device"));
        question = tr("Disconnect the device %1?").arg(what);
        effect = tr("Every socket of the user on this device closes; other devices stay.");
        break;
    case Target::User:
        setWindowTitle(tr("Kick User"));
        question = tr("Disconnect %1 on every device?").arg(what);
        effect = tr("Every socket of the user closes.");
        break;
    }
    m_question->setTextFormat(Qt::PlainText);
    m_question->setWordWrap(true);
    m_question->setText(question);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    auto *note
        = new QLabel(effect + QLatin1Char(' ')
                         + tr("They can connect again at once; to keep them out, suspend them instead."),
                     this);
    note->setWordWrap(true);

    m_reason->setPlaceholderText(tr("Shown to the user (optional)"));
    m_reason->setMaxLength(500);
    m_reason->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Kick"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString KickDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace gatehouse::ui
