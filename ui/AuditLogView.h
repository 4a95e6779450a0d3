// The console's audit log: filters (user, event type, since) above the list, newest first, and a
// "Load more" button for older pages. A filter change reads the first page again (the user box
// waits for a pause in typing). Errors (an unknown user, a lost connection) show under the list.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace gatehouse {
class ConsoleConnection;
}

namespace gatehouse::ui {

class AuditLogModel;

class AuditLogView : public QWidget {
    Q_OBJECT

public:
    enum class Since { AnyTime, LastHour, LastDay, LastWeek, LastMonth };
    Q_ENUM(Since)

    explicit AuditLogView(ConsoleConnection *connection, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *sinceBox() const { return m_since; }
    QPushButton *loadMoreButton() const { return m_more; }
    QString statusText() const;

    // Shows `username`'s entries (e.g. from the user detail pane), at once.
    void showUser(const QString &username);
    // Reads the first page with the filters as they are now.
    void applyFilters();

private:
    void updateState();

    AuditLogModel *m_model;
    QLineEdit *m_user;
    QComboBox *m_type;
    QComboBox *m_since;
    QPushButton *m_refresh;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_more;
    QTimer *m_typing;
};

} // namespace gatehouse::ui
