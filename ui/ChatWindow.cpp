#include "ChatWindow.h"

#include "ChatLoginDialog.h"
#include "ChatNoticeBanner.h"
#include "ChatView.h"
#include "ConnectionStatusLabel.h"
#include "core/client/ChatClient.h"
#include "core/client/ChatPeer.h"

#include <QLayout>
#include <QMenuBar>
#include <QStatusBar>

namespace gatehouse::ui {

ChatWindow::ChatWindow(RefreshTokenVault *vault, QWidget *parent)
    : QMainWindow(parent),
      m_session(new ChatSession(vault, {}, this)),
      m_client(new ChatClient(this)),
      m_view(new ChatView(m_client, this)),
      m_banner(new ChatNoticeBanner(this)),
      m_status(new ConnectionStatusLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setCentralWidget(m_view);
    m_view->statusArea()->layout()->addWidget(m_banner);
    m_banner->attach(m_session);
    // One connection status, in the status bar, where it also tells of sign-ins and notices.
    m_view->statusLabel()->hide();
    statusBar()->addWidget(m_status, 1);
    m_status->follow(m_client);

    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    QAction *newWindow = chat->addAction(tr("New &Window"), this, &ChatWindow::newWindowRequested);
    newWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    chat->addAction(m_view->newMessageAction());
    chat->addAction(m_view->joinRoomAction());
    chat->addAction(m_view->leaveRoomAction());
    chat->addSeparator();
    chat->addAction(tr("Sign In as &Someone Else…"), this, [this] {
        openLoginDialog({m_session->signInInfo().server, {}, {}, {}});
    });
    m_signOut = chat->addAction(tr("Sign &Out"), m_session, &ChatSession::signOut);
    chat->addSeparator();
    QAction *close = chat->addAction(tr("&Close Window"), this, &ChatWindow::close);
    close->setShortcut(QKeySequence::Close);

    connect(m_session, &ChatSession::stateChanged, this, &ChatWindow::onStateChanged);
    connect(m_session, &ChatSession::socketReady, this, &ChatWindow::onSocketReady);
    connect(m_session, &ChatSession::keychainWarning, m_banner, &ChatNoticeBanner::showWarning);
    connect(m_banner, &ChatNoticeBanner::passwordSignInRequested, this,
            [this] { openLoginDialog(m_session->signInInfo(), m_session->notice()); });
    connect(m_session, &ChatSession::signOutFinished, this, [this](const QString &problem) {
        m_client->setSocket(nullptr, {});
        RememberedSignIn next = m_session->signInInfo();
        next.deviceId.clear();
        ChatSessionNotice notice;
        if (!problem.isEmpty())
            notice = ChatSessionNotice(ChatSessionNotice::Kind::SignInEnded, problem);
        openLoginDialog(next, notice);
    });
    resize(960, 640);
    onStateChanged(m_session->state());
}

ChatWindow::~ChatWindow() = default;

ChatLoginDialog *ChatWindow::loginDialog() const
{
    return m_login;
}

void ChatWindow::askForSignIn(const QString &server, const QString &username)
{
    m_defaultServer = server;
    openLoginDialog({QUrl(server), username, {}, {}});
}

void ChatWindow::resume(const RememberedSignIn &signIn)
{
    m_resuming = true;
    m_session->resume(signIn);
}

void ChatWindow::onSocketReady(ClientSocket *socket)
{
    m_client->setSocket(socket, ChatPeer::fromJson(m_session->user()));
    updateTitle();
}

void ChatWindow::onStateChanged(ChatSession::State state)
{
    using State = ChatSession::State;
    m_signOut->setEnabled(state != State::SignedOut && state != State::SigningIn);
    switch (state) {
    case State::SigningIn:
        m_status->setMessage(ConnectionStatusLabel::Status::Connecting, tr("Signing in…"));
        break;
    case State::Kicked:
        m_status->setMessage(ConnectionStatusLabel::Status::Offline, tr("Disconnected by a moderator"));
        break;
    case State::Suspended:
        m_status->setMessage(ConnectionStatusLabel::Status::Offline, tr("Account suspended"));
        break;
    case State::Failed:
        m_status->setMessage(ConnectionStatusLabel::Status::Offline, tr("Not signed in"));
        // A silent sign-in that did not work: ask for the password, saying why.
        if (m_resuming)
            openLoginDialog(m_session->signInInfo(), m_session->notice());
        break;
    case State::SignedOut:
        m_status->setMessage(ConnectionStatusLabel::Status::Offline, tr("Signed out"));
        break;
    case State::Connecting:
    case State::Reconnecting:
    case State::Online:
        m_status->follow(m_client);
        break;
    }
    if (state != State::SigningIn)
        m_resuming = false;
    updateTitle();
}

void ChatWindow::openLoginDialog(const RememberedSignIn &prefill, const ChatSessionNotice &notice)
{
    if (!m_login) {
        m_login = new ChatLoginDialog(this);
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        m_login->attach(m_session);
    }
    RememberedSignIn filled = prefill;
    if (filled.server.isEmpty() && !m_defaultServer.isEmpty())
        filled.server = QUrl(m_defaultServer);
    m_login->prefill(filled);
    if (notice.kind != ChatSessionNotice::Kind::None)
        m_login->showNotice(notice);
    m_login->open();
}

void ChatWindow::updateTitle()
{
    const QString username = m_session->user().value(QStringLiteral("username")).toString();
    const QUrl server = m_session->signInInfo().server;
    if (username.isEmpty() || m_session->state() == ChatSession::State::SignedOut)
        setWindowTitle(tr("Gatehouse Chat"));
    else
        setWindowTitle(tr("%1 on %2 — Gatehouse Chat").arg(username, server.authority()));
}

} // namespace gatehouse::ui
