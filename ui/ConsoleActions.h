// What the console can do to the selected row: kick (a socket, a device or a user, after a
// confirmation with a reason), suspend (a dialog with reason and duration), unsuspend, and show
// the user's audit log. One set of QActions for the toolbar, the context menu and the keyboard;
// each is enabled by the selection, the connection's capabilities, and what the signed-in role
// may do (moderators not on admins, nobody suspending themselves). Dialogs open with open();
// every action reports its result or its error through finished().
#pragma once

#include "ConnectionsModel.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace gatehouse {
class ConsoleConnection;
class ConsoleFeed;
} // namespace gatehouse

namespace gatehouse::ui {

class ConsoleActions : public QObject {
    Q_OBJECT

public:
    struct Target {
        ConnectionsModel::Kind kind = ConnectionsModel::Kind::User;
        QString userId; // empty: nothing selected
        QString deviceId;
        QString socketId;
    };

    // `dialogParent`: the window the dialogs belong to.
    ConsoleActions(ConsoleConnection *connection, ConsoleFeed *feed, QWidget *dialogParent);

    void setTarget(const Target &target);
    const Target &target() const { return m_target; }
    // The target as people read it: "alice (Alice Liddell)", "laptop (Linux) of alice", …
    QString describe(const Target &target) const;

    QAction *kickAction() const { return m_kick; }
    QAction *suspendAction() const { return m_suspend; }
    QAction *unsuspendAction() const { return m_unsuspend; }
    QAction *showAuditAction() const { return m_showAudit; }
    QList<QAction *> actions() const;

    // Re-evaluates what is enabled (selection, capabilities, roles, suspension).
    void updateState();

    void kick();
    void suspend();
    void unsuspend();

Q_SIGNALS:
    // An action went out to the server.
    void started(const QString &message);
    // Its result, or (error) why it failed; translated.
    void finished(const QString &message, bool error);
    void showAuditRequested(const QString &username);

private:
    QString usernameOf(const QString &userId) const;
    // Why the signed-in user may not act on `userId`, or empty.
    QString refusalFor(const QString &userId) const;
    void report(const QString &message, bool error);

    QPointer<ConsoleConnection> m_connection;
    QPointer<ConsoleFeed> m_feed;
    QWidget *m_dialogParent;
    Target m_target;
    QAction *m_kick;
    QAction *m_suspend;
    QAction *m_unsuspend;
    QAction *m_showAudit;
};

} // namespace gatehouse::ui
