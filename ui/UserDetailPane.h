// The console's pane about one user: name, role, status and suspension, last login and creation
// (gatehouse:account), the live devices with their sockets (from the feed, so they follow
// connects and kicks), and the user's last 20 audit entries. Follows the selection; reads the
// account again when it changes (suspend, unsuspend) and folds the feed's changes for this user
// into one refresh per batch.
#pragma once

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace gatehouse {
class ConsoleConnection;
class ConsoleFeed;
} // namespace gatehouse

namespace gatehouse::ui {

class UserDetailPane : public QWidget {
    Q_OBJECT

public:
    UserDetailPane(ConsoleConnection *connection, ConsoleFeed *feed, QWidget *parent = nullptr);

    // Shows `userId` (empty: nothing) and reads its account.
    void setUserId(const QString &userId);
    const QString &userId() const { return m_userId; }
    // Reads the account and the audit entries again.
    void reloadAccount();

    // For tests and the console's status line: what the pane shows.
    QString statusText() const;
    QString lastLoginText() const;
    QTreeWidget *devicesTree() const { return m_devices; }
    QTreeWidget *auditTree() const { return m_audit; }

Q_SIGNALS:
    // The account was read (or failed: `error` is not empty).
    void accountLoaded(const QString &error);

private:
    void showAccount(const QJsonObject &account);
    void showAudit(const QJsonArray &entries);
    void refreshLive();

    QPointer<ConsoleConnection> m_connection;
    QPointer<ConsoleFeed> m_feed;
    QString m_userId;
    bool m_liveDirty = false;
    quint64 m_generation = 0;

    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_body;
    QLabel *m_role;
    QLabel *m_status;
    QLabel *m_lastLogin;
    QLabel *m_created;
    QLabel *m_error;
    QTreeWidget *m_devices;
    QTreeWidget *m_audit;
};

} // namespace gatehouse::ui
