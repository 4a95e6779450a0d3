#include "RemoteConsoleWindow.h"

#include "ConsoleView.h"
#include "RemoteSignInDialog.h"
#include "core/client/AdminUiAttach.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/RemoteAdminSignIn.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace gatehouse::ui {

RemoteConsoleWindow::RemoteConsoleWindow(RemoteAdminSignIn *session, QWidget *parent) : QMainWindow(parent)
{
    buildMenu();
    showSession(session);
}

RemoteConsoleWindow::RemoteConsoleWindow(AdminUiAttach *attach, QWidget *parent) : QMainWindow(parent)
{
    buildMenu();
    showAttach(attach);
}

RemoteConsoleWindow::~RemoteConsoleWindow() = default;

void RemoteConsoleWindow::buildMenu()
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #5c3b00; padding: 6px; }"));
    m_mode = new QLabel(this);
    m_mode->setWordWrap(true);
    m_mode->setVisible(false);
    m_mode->setStyleSheet(QStringLiteral("QLabel { background: #e8f0fe; color: #1a3a6b; padding: 6px; }"));
    QMenu *console = menuBar()->addMenu(tr("&Console"));
    QAction *again = console->addAction(tr("Sign In &Again…"), this, &RemoteConsoleWindow::signInAgain);
    again->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    console->addSeparator();
    QAction *close = console->addAction(tr("Sign Out and &Close"), this, &RemoteConsoleWindow::close);
    close->setShortcut(QKeySequence::Close);
    resize(1000, 640);
}

QString RemoteConsoleWindow::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

QString RemoteConsoleWindow::modeText() const
{
    return m_mode->isVisible() ? m_mode->text() : QString();
}

void RemoteConsoleWindow::endSession()
{
    // Ends the sign-in on the server; the session lives on (unparented) until that is done.
    if (RemoteAdminSignIn *session = std::exchange(m_session, nullptr)) {
        session->setParent(nullptr);
        session->signOut([session] { session->deleteLater(); });
    }
    if (AdminUiAttach *attach = std::exchange(m_attach, nullptr)) {
        attach->detach();
        attach->deleteLater();
    }
}

void RemoteConsoleWindow::showConsole(ConsoleConnection *connection, QObject *owner)
{
    // The view owns nothing of the connection: it goes with the view, the socket with its owner
    // (the sign-in or the attach).
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_notice);
    m_connection = connection;
    m_view = new ConsoleView(m_connection, central);
    m_connection->setParent(m_view);
    layout->addWidget(m_view, 1);
    m_notice->setParent(central);
    m_notice->setVisible(false);
    m_mode->setParent(central);
    QWidget *old = centralWidget();
    setCentralWidget(central);
    if (old)
        old->deleteLater();
    owner->setParent(this);
    connect(m_view, &ConsoleView::actionFinished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
}

void RemoteConsoleWindow::showSession(RemoteAdminSignIn *session)
{
    if (m_session != session)
        endSession();
    m_session = session;
    connect(session, &RemoteAdminSignIn::signInExpired, this, &RemoteConsoleWindow::onSignInExpired);
    auto *connection = new ConsoleConnection(session->socket(), ConsoleConnection::gatehouseCapabilities());
    connection->setSignedInUser(session->user());
    showConsole(connection, session);
    m_mode->setVisible(false);
    const QString who = session->user().value(QStringLiteral("username")).toString();
    setWindowTitle(tr("%1 — Gatehouse console (%2)").arg(session->server().toDisplayString(), who));
}

void RemoteConsoleWindow::showAttach(AdminUiAttach *attach)
{
    if (m_attach != attach)
        endSession();
    m_attach = attach;
    connect(attach, &AdminUiAttach::credentialsRefused, this, &RemoteConsoleWindow::onSignInExpired);
    showConsole(attach->createConnection(), attach);
    m_mode->setText(tr("Attached through @socket.io/admin-ui (namespace %1): this server offers the list of "
                       "sockets and disconnecting one socket. Users and devices are read from each socket's "
                       "data; kicking a device or a user, suspending, account details and the audit log "
                       "need a Gatehouse server.")
                        .arg(attach->nsp()));
    m_mode->setVisible(true);
    setWindowTitle(tr("%1 — attached console, @socket.io/admin-ui (%2)")
                       .arg(attach->server().toDisplayString(), attach->nsp()));
}

void RemoteConsoleWindow::onSignInExpired(const QString &message)
{
    m_notice->setText(tr("%1 Use Console › Sign In Again to go on watching this server.").arg(message));
    m_notice->setVisible(true);
}

void RemoteConsoleWindow::signInAgain()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new RemoteSignInDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_attach) {
        m_dialog->setMode(RemoteSignInDialog::Mode::AdminUi);
        m_dialog->setServer(m_attach->server().toString());
        m_dialog->setUsername(m_attach->username());
        m_dialog->namespaceEdit()->setText(m_attach->nsp());
        m_dialog->pathEdit()->setText(m_attach->path());
    } else if (m_session) {
        m_dialog->setServer(m_session->server().toString());
        m_dialog->setUsername(m_session->user().value(QStringLiteral("username")).toString());
    }
    connect(m_dialog, &RemoteSignInDialog::signedIn, this, &RemoteConsoleWindow::showSession);
    connect(m_dialog, &RemoteSignInDialog::attached, this, &RemoteConsoleWindow::showAttach);
    m_dialog->open();
}

void RemoteConsoleWindow::closeEvent(QCloseEvent *event)
{
    endSession();
    event->accept();
}

} // namespace gatehouse::ui
