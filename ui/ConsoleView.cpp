#include "ConsoleView.h"

#include "AuditLogModel.h"
#include "AuditLogView.h"
#include "ConnectionsFilterModel.h"
#include "ConnectionsModel.h"
#include "UserDetailPane.h"
#include "core/client/AdminUiFeed.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/ConsoleFeed.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace gatehouse::ui {

using Kind = ConnectionsModel::Kind;

namespace {

// The feed that speaks the connection's protocol; both fill the same ConsoleState.
ConsoleFeed *feedFor(ConsoleConnection *connection, QObject *parent)
{
    ClientSocket *socket = connection ? connection->socket() : nullptr;
    if (connection && connection->protocol() == ConsoleConnection::Protocol::AdminUi)
        return new AdminUiFeed(socket, parent);
    return new ConsoleFeed(socket, parent);
}

} // namespace

ConsoleView::ConsoleView(ConsoleConnection *connection, QWidget *parent)
    : QWidget(parent),
      m_connection(connection),
      m_feed(feedFor(connection, this)),
      m_model(new ConnectionsModel(m_feed, this)),
      m_proxy(new ConnectionsFilterModel(this)),
      m_actions(new ConsoleActions(connection, m_feed, this)),
      m_toolBar(new QToolBar(tr("Console"), this)),
      m_filter(new QLineEdit(this)),
      m_filterDelay(new QTimer(this)),
      m_tabs(new QTabWidget(this)),
      m_tree(new QTreeView(this)),
      m_detail(new UserDetailPane(connection, m_feed, this)),
      m_audit(new AuditLogView(connection, this)),
      m_menu(new QMenu(this)),
      m_reload(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reload"), this)),
      m_find(new QAction(tr("&Find"), this)),
      m_resultIcon(new QLabel(this)),
      m_result(new QLabel(this)),
      m_feedStatus(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    // The tree: thousands of rows churning, so uniform heights (no per-row size queries) and
    // sorting by the model's sort keys.
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ConnectionsModel::UserColumn, Qt::AscendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(ConnectionsModel::UserColumn, 260);

    m_filter->setPlaceholderText(tr("Filter by user, device or address (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(360);
    // With 10,000 rows every refilter walks them all: wait for a pause in typing.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_proxy->setFilterText(m_filter->text()); });
    auto *clearFilter = new QAction(m_filter);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clearFilter);

    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(m_find);
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reload->setToolTip(tr("Read the whole list again from the server"));
    connect(m_reload, &QAction::triggered, m_feed, &ConsoleFeed::reload);
    addAction(m_reload);
    buildToolBar();

    for (QAction *action : m_actions->actions())
        m_menu->addAction(action);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &at) {
        if (m_tree->indexAt(at).isValid())
            m_menu->popup(m_tree->viewport()->mapToGlobal(at)); // popup(), not exec(): no nested loop
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsoleView::onSelectionChanged);
    // A removed or filtered row takes the selection with it; clear the target then.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConsoleView::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConsoleView::onSelectionChanged);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_tabs->addTab(splitter, tr("&Connections"));
    m_tabs->addTab(m_audit, tr("Au&dit Log"));
    m_tabs->setDocumentMode(true);
    // The audit log is read when first looked at, then kept until its Refresh or a filter change.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_audit && !std::exchange(m_auditLoaded, true))
            m_audit->applyFilters();
    });
    connect(m_actions, &ConsoleActions::showAuditRequested, this, [this](const QString &username) {
        m_auditLoaded = true;
        m_tabs->setCurrentWidget(m_audit);
        m_audit->showUser(username);
    });
    m_audit->model()->setNameResolver([feed = QPointer(m_feed)](const QString &userId) {
        const ConsoleState::UserEntry *user = feed ? feed->state().user(userId) : nullptr;
        return user ? user->info.username : QString();
    });

    auto *status = new QHBoxLayout;
    status->setContentsMargins(4, 0, 4, 0);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    status->addWidget(m_resultIcon);
    status->addWidget(m_result, 1);
    status->addWidget(m_feedStatus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(status);

    connect(m_actions, &ConsoleActions::started, this,
            [this](const QString &message) { showResult(message, false, true); });
    connect(m_actions, &ConsoleActions::finished, this, [this](const QString &message, bool error) {
        showResult(message, error);
        Q_EMIT actionFinished(message, error);
    });
    connect(m_feed, &ConsoleFeed::statusChanged, this, &ConsoleView::updateFeedStatus);
    connect(m_feed, &ConsoleFeed::progressChanged, this, &ConsoleView::updateFeedStatus);
    connect(m_feed, &ConsoleFeed::changesApplied, this, &ConsoleView::updateFeedStatus);
    connect(m_feed, &ConsoleFeed::resynced, this, &ConsoleView::updateFeedStatus);
    if (m_connection) {
        connect(m_connection, &ConsoleConnection::capabilitiesChanged, this, [this] {
            m_tabs->setTabEnabled(m_tabs->indexOf(m_audit),
                                  m_connection->can(ConsoleConnection::Capability::Audit));
            m_detail->setEnabled(m_connection->can(ConsoleConnection::Capability::Accounts));
        });
        m_tabs->setTabEnabled(m_tabs->indexOf(m_audit),
                              m_connection->can(ConsoleConnection::Capability::Audit));
        m_detail->setEnabled(m_connection->can(ConsoleConnection::Capability::Accounts));
    }
    updateFeedStatus();
}

ConsoleView::~ConsoleView()
{
    // The view goes before the models it shows, and the feed before the widgets that follow it
    // (its end resets the model, whose signals would otherwise reach a half-destroyed view).
    m_tree->setModel(nullptr);
    disconnect(m_proxy, nullptr, this, nullptr);
    delete m_feed;
}

void ConsoleView::buildToolBar()
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    for (QAction *action : m_actions->actions())
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_reload);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_filter);
}

void ConsoleView::onSelectionChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_tree->selectionModel()->currentIndex());
    ConsoleActions::Target target;
    if (current.isValid()) {
        target.kind = Kind(current.data(ConnectionsModel::KindRole).toInt());
        target.userId = current.data(ConnectionsModel::UserIdRole).toString();
        target.deviceId = current.data(ConnectionsModel::DeviceIdRole).toString();
        target.socketId = current.data(ConnectionsModel::SocketIdRole).toString();
    }
    m_actions->setTarget(target);
    if (target.userId != m_detail->userId())
        m_detail->setUserId(target.userId);
}

bool ConsoleView::select(const QModelIndex &sourceIndex)
{
    const QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid())
        return false;
    m_tree->scrollTo(index);
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

bool ConsoleView::selectUser(const QString &userId)
{
    return select(m_model->userIndex(userId));
}

bool ConsoleView::selectDevice(const QString &userId, const QString &deviceId)
{
    return select(m_model->deviceIndex(userId, deviceId));
}

bool ConsoleView::selectSocket(const QString &socketId)
{
    return select(m_model->socketIndex(socketId));
}

void ConsoleView::showResult(const QString &message, bool error, bool busy)
{
    m_resultIsError = error;
    m_result->setText(message);
    const QStyle::StandardPixmap icon = error ? QStyle::SP_MessageBoxWarning
        : busy                                ? QStyle::SP_BrowserReload
                                              : QStyle::SP_DialogApplyButton;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_resultIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

QString ConsoleView::resultText() const
{
    return m_result->text();
}

void ConsoleView::updateFeedStatus()
{
    QString text;
    switch (m_feed->status()) {
    case ConsoleFeed::Status::Offline:
        text = tr("Offline: showing the last known state");
        break;
    case ConsoleFeed::Status::Loading:
        text = tr("Loading… page %1 of %2").arg(m_feed->pagesRead() + 1).arg(qMax(1, m_feed->pagesTotal()));
        break;
    case ConsoleFeed::Status::Live: {
        const ConsoleState &state = m_feed->state();
        text = tr("Live: %1 users, %2 devices, %3 sockets")
                   .arg(state.userCount())
                   .arg(state.deviceCount())
                   .arg(state.socketCount());
        break;
    }
    case ConsoleFeed::Status::Failed:
        text = tr("%1 Press F5 to retry.").arg(m_feed->errorString());
        break;
    }
    m_feedStatus->setText(text);
    // Connection state changes what may be done (offline: nothing).
    m_actions->updateState();
}

QString ConsoleView::feedStatusText() const
{
    return m_feedStatus->text();
}

} // namespace gatehouse::ui
