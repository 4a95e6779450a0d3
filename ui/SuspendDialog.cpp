#include "SuspendDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

using namespace std::chrono_literals;

SuspendDialog::SuspendDialog(const QString &who, QWidget *parent)
    : QDialog(parent),
      m_reason(new QLineEdit(this)),
      m_duration(new QComboBox(this)),
      m_end(new QDateTimeEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Suspend User"));
    setWindowModality(Qt::WindowModal);
    auto *question = new QLabel(tr("Suspend %1?").arg(who), this);
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    auto *note
        = new QLabel(tr("Every socket of the user closes now, and signing in, refreshing and connecting "
                        "are refused until the suspension ends."),
                     this);
    note->setWordWrap(true);

    m_reason->setPlaceholderText(tr("Shown to the user and kept in the audit log"));
    m_reason->setMaxLength(500);
    m_reason->setClearButtonEnabled(true);
    m_duration->addItem(tr("1 hour"), QVariant::fromValue(Preset::OneHour));
    m_duration->addItem(tr("1 day"), QVariant::fromValue(Preset::OneDay));
    m_duration->addItem(tr("7 days"), QVariant::fromValue(Preset::SevenDays));
    m_duration->addItem(tr("Until lifted"), QVariant::fromValue(Preset::UntilLifted));
    m_duration->addItem(tr("Until a date…"), QVariant::fromValue(Preset::Custom));
    m_duration->setCurrentIndex(1);
    m_end->setCalendarPopup(true);
    m_end->setDateTime(QDateTime::currentDateTime().addDays(1));
    m_end->setMinimumDateTime(QDateTime::currentDateTime());
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Ends:"), m_end);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Suspend"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        updateState(); // the custom end may have passed while the dialog was open
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &SuspendDialog::updateState);
    connect(m_duration, &QComboBox::currentIndexChanged, this, &SuspendDialog::updateState);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &SuspendDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    updateState();
    m_reason->setFocus();
}

SuspendDialog::Preset SuspendDialog::preset() const
{
    return m_duration->currentData().value<Preset>();
}

void SuspendDialog::setPreset(Preset preset)
{
    m_duration->setCurrentIndex(m_duration->findData(QVariant::fromValue(preset)));
}

void SuspendDialog::updateState()
{
    const bool custom = preset() == Preset::Custom;
    m_end->setEnabled(custom);
    QString problem;
    if (m_reason->text().trimmed().isEmpty())
        problem = tr("Give a reason.");
    else if (custom && m_end->dateTime() <= QDateTime::currentDateTime())
        problem = tr("Choose an end in the future.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !m_reason->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ConsoleConnection::Suspension SuspendDialog::suspension() const
{
    ConsoleConnection::Suspension result;
    result.reason = m_reason->text().trimmed();
    switch (preset()) {
    case Preset::OneHour:
        result.duration = 1h;
        break;
    case Preset::OneDay:
        result.duration = 24h;
        break;
    case Preset::SevenDays:
        result.duration = 7 * 24h;
        break;
    case Preset::UntilLifted:
        break;
    case Preset::Custom:
        result.until = m_end->dateTime().toUTC();
        break;
    }
    return result;
}

} // namespace gatehouse::ui
