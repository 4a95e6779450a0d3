// The moderation console: the Connections tree (users → devices → sockets) with a filter box and
// sortable columns, the selected user's detail pane beside it, the audit log on a second tab, the
// actions (toolbar, context menu, shortcuts; see ConsoleActions) and a status line with the last
// action's result or error and the feed's state (loading n of m pages, live counts, offline).
//
// It talks /admin only, through a ConsoleConnection: over loopback for the embedded server, over
// the network for a remote one; it never blocks and never opens a nested event loop. The feed
// and the models belong to the view; the connection (and its socket) to the caller.
#pragma once

#include "ConsoleActions.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTimer;
class QToolBar;
class QTreeView;

namespace gatehouse {
class ConsoleConnection;
class ConsoleFeed;
} // namespace gatehouse

namespace gatehouse::ui {

class AuditLogView;
class ConnectionsFilterModel;
class ConnectionsModel;
class UserDetailPane;

class ConsoleView : public QWidget {
    Q_OBJECT

public:
    explicit ConsoleView(ConsoleConnection *connection, QWidget *parent = nullptr);
    ~ConsoleView() override;

    ConsoleConnection *connection() const { return m_connection; }
    ConsoleFeed *feed() const { return m_feed; }
    ConnectionsModel *model() const { return m_model; }
    ConnectionsFilterModel *proxy() const { return m_proxy; }
    ConsoleActions *actions() const { return m_actions; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    UserDetailPane *detailPane() const { return m_detail; }
    AuditLogView *auditLog() const { return m_audit; }
    QTabWidget *tabs() const { return m_tabs; }
    QToolBar *toolBar() const { return m_toolBar; }
    QMenu *contextMenu() const { return m_menu; }
    QAction *reloadAction() const { return m_reload; }

    // Selects (and shows) a row; false when it is not listed (or filtered out).
    bool selectUser(const QString &userId);
    bool selectDevice(const QString &userId, const QString &deviceId);
    bool selectSocket(const QString &socketId);

    // The last action's result or error; empty before the first.
    QString resultText() const;
    bool resultIsError() const { return m_resultIsError; }
    // The feed's state as the status line shows it.
    QString feedStatusText() const;

Q_SIGNALS:
    // Every action's outcome, for a main window that also wants it in its status bar.
    void actionFinished(const QString &message, bool error);

private:
    void buildToolBar();
    void onSelectionChanged();
    void showResult(const QString &message, bool error, bool busy = false);
    void updateFeedStatus();
    bool select(const QModelIndex &sourceIndex);

    QPointer<ConsoleConnection> m_connection;
    ConsoleFeed *m_feed;
    ConnectionsModel *m_model;
    ConnectionsFilterModel *m_proxy;
    ConsoleActions *m_actions;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    UserDetailPane *m_detail;
    AuditLogView *m_audit;
    QMenu *m_menu;
    QAction *m_reload;
    QAction *m_find;
    QLabel *m_resultIcon;
    QLabel *m_result;
    QLabel *m_feedStatus;
    bool m_resultIsError = false;
    bool m_auditLoaded = false;
};

} // namespace gatehouse::ui
