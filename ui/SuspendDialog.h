// Suspending a user: a reason (required: the user is told it, and it goes into the audit log) and
// how long: 1 hour, 1 day, 7 days, until lifted, or until a chosen time. Presets are durations,
// which the server counts on its own clock, so a console whose clock is off still suspends for
// the right time. Opened with open(); the caller acts on accepted().
#pragma once

#include "core/client/ConsoleConnection.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gatehouse::ui {

class SuspendDialog : public QDialog {
    Q_OBJECT

public:
    enum class Preset { OneHour, OneDay, SevenDays, UntilLifted, Custom };
    Q_ENUM(Preset)

    // `who`: the user as the console shows them, e.g. "alice (Alice Liddell)".
    explicit SuspendDialog(const QString &who, QWidget *parent = nullptr);

    ConsoleConnection::Suspension suspension() const;

    Preset preset() const;
    void setPreset(Preset preset);
    QLineEdit *reasonEdit() const { return m_reason; }
    QDateTimeEdit *endEdit() const { return m_end; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateState();

    QLineEdit *m_reason;
    QComboBox *m_duration;
    QDateTimeEdit *m_end;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace gatehouse::ui
