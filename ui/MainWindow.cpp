#include "MainWindow.h"

#include "FirstRunBanner.h"
#include "ServerPanel.h"
#include "core/Version.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(EmbeddedServer *server, QWidget *parent) : QMainWindow(parent), m_server(server)
{
    setWindowTitle(tr("Gatehouse"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new FirstRunBanner(central);
    layout->addWidget(m_banner);
    m_stack = new QStackedWidget(central);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Start the server to see who is connected."));
    m_stack->addWidget(m_placeholder);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_banner, &FirstRunBanner::openChatRequested, this, &MainWindow::newChatWindowRequested);

    auto *dock = new QDockWidget(tr("Embedded server"), this);
    dock->setObjectName(QStringLiteral("serverDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    m_panel = new ServerPanel(server, dock);
    dock->setWidget(m_panel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_serverStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_serverStatus);
    connect(server, &EmbeddedServer::stateChanged, this, &MainWindow::onServerStateChanged);
    connect(server, &EmbeddedServer::started, this, [this] { onServerStateChanged(m_server->state()); });

    createMenus();
    if (QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->addAction(dock->toggleViewAction());
    onServerStateChanged(server->state());

    resize(1100, 680);
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newChat = file->addAction(tr("New &Chat Window"), this, &MainWindow::newChatWindowRequested);
    m_newChat->setShortcut(QKeySequence::New);
    file->addSeparator();
    m_remoteConsole
        = file->addAction(tr("Connect to a &Remote Server…"), this, &MainWindow::remoteConsoleRequested);
    m_remoteConsole->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *server = menuBar()->addMenu(tr("&Server"));
    m_startServer = server->addAction(tr("&Start"), m_panel, &ServerPanel::startRequested);
    m_startServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_stopServer = server->addAction(tr("S&top"), m_panel, &ServerPanel::stopRequested);
    m_stopServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Gatehouse"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Gatehouse"),
                                    tr("<h3>Gatehouse %1</h3><p>A Socket.IO server that knows who is "
                                       "connected, with a moderation console and a chat client.</p>")
                                        .arg(QStringLiteral(GATEHOUSE_VERSION_STRING)),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setConsoleWidget(QWidget *widget, const QString &placeholder)
{
    if (m_console && m_console != widget) {
        m_stack->removeWidget(m_console);
        m_console->deleteLater();
    }
    m_console = widget;
    if (widget) {
        m_stack->addWidget(widget);
        m_stack->setCurrentWidget(widget);
    } else {
        if (!placeholder.isEmpty())
            m_placeholder->setText(placeholder);
        m_stack->setCurrentWidget(m_placeholder);
    }
}

QString MainWindow::placeholderText() const
{
    return m_placeholder->text();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    Q_EMIT closing();
    event->accept();
}

void MainWindow::onServerStateChanged(EmbeddedServer::State state)
{
    const bool stopped = state == EmbeddedServer::State::Stopped;
    m_startServer->setEnabled(stopped);
    m_stopServer->setEnabled(state == EmbeddedServer::State::Running);
    m_serverStatus->setText(state == EmbeddedServer::State::Running
                                ? tr("Embedded server running at %1").arg(m_server->info().url)
                                : m_panel->stateText());
}

} // namespace gatehouse::ui
