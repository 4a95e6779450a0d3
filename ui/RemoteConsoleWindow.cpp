#include "RemoteConsoleWindow.h"

#include "ConsoleView.h"
#include "RemoteSignInDialog.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/RemoteAdminSignIn.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace gatehouse::ui {

RemoteConsoleWindow::RemoteConsoleWindow(RemoteAdminSignIn *session, QWidget *parent) : QMainWindow(parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #5c3b00; padding: 6px; }"));
    QMenu *console = menuBar()->addMenu(tr("&Console"));
    QAction *again = console->addAction(tr("Sign In &Again…"), this, &RemoteConsoleWindow::signInAgain);
    again->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    console->addSeparator();
    QAction *close = console->addAction(tr("Sign Out and &Close"), this, &RemoteConsoleWindow::close);
    close->setShortcut(QKeySequence::Close);
    resize(1000, 640);
    showSession(session);
}

RemoteConsoleWindow::~RemoteConsoleWindow() = default;

QString RemoteConsoleWindow::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void RemoteConsoleWindow::showSession(RemoteAdminSignIn *session)
{
    if (m_session && m_session != session) {
        m_session->signOut();
        m_session->deleteLater();
    }
    m_session = session;
    session->setParent(this);
    connect(session, &RemoteAdminSignIn::signInExpired, this, &RemoteConsoleWindow::onSignInExpired);

    // The view owns nothing of the connection: it goes with the view, the socket with the session.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    m_connection = new ConsoleConnection(session->socket(), ConsoleConnection::gatehouseCapabilities());
    m_connection->setSignedInUser(session->user());
    m_view = new ConsoleView(m_connection, central);
    m_connection->setParent(m_view);
    layout->addWidget(m_view, 1);
    m_notice->setParent(central);
    m_notice->setVisible(false);
    QWidget *old = centralWidget();
    setCentralWidget(central);
    if (old)
        old->deleteLater();

    const QString who = session->user().value(QStringLiteral("username")).toString();
    setWindowTitle(tr("%1 — Gatehouse console (%2)").arg(session->server().toDisplayString(), who));
    connect(m_view, &ConsoleView::actionFinished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
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
    m_dialog->setServer(m_session->server().toString());
    m_dialog->setUsername(m_session->user().value(QStringLiteral("username")).toString());
    connect(m_dialog, &RemoteSignInDialog::signedIn, this, &RemoteConsoleWindow::showSession);
    m_dialog->open();
}

void RemoteConsoleWindow::closeEvent(QCloseEvent *event)
{
    // Ends the sign-in on the server; the session lives on (unparented) until that is done.
    if (m_session) {
        RemoteAdminSignIn *session = m_session;
        m_session = nullptr;
        session->setParent(nullptr);
        session->signOut([session] { session->deleteLater(); });
    }
    event->accept();
}

} // namespace gatehouse::ui
