#include "ChatLoginDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace gatehouse::ui {

using namespace Qt::StringLiterals;

namespace {

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
}

} // namespace

ChatLoginDialog::ChatLoginDialog(QWidget *parent)
    : QDialog(parent),
      m_server(new QLineEdit(this)),
      m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_deviceName(new QLineEdit(this)),
      m_staySignedIn(new QCheckBox(tr("Stay signed in"), this)),
      m_hint(new QLabel(this)),
      m_error(new QLabel(this)),
      m_busy(new QProgressBar(this)),
      m_signIn(new QPushButton(tr("Sign in"), this)),
      m_sessionOnly(new QPushButton(tr("Sign in for this session only"), this))
{
    setWindowTitle(tr("Sign in to chat"));
    m_server->setObjectName(u"server"_s);
    m_server->setPlaceholderText(tr("https://chat.example.org:3000"));
    m_username->setObjectName(u"username"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_deviceName->setObjectName(u"deviceName"_s);
    m_deviceName->setText(QSysInfo::machineHostName());
    m_deviceName->setToolTip(tr("How this device appears in your list of sign-ins."));
    m_staySignedIn->setObjectName(u"staySignedIn"_s);
    m_staySignedIn->setChecked(true);
    m_staySignedIn->setToolTip(tr("Keep the sign-in in the system keychain, so the next start needs no "
                                  "password."));
    for (QLabel *label : {m_hint, m_error}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
    }
    m_hint->setObjectName(u"hint"_s);
    m_error->setObjectName(u"error"_s);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_busy->setObjectName(u"busy"_s);
    m_busy->setRange(0, 0); // "working", with no progress to show
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_signIn->setObjectName(u"signIn"_s);
    m_signIn->setDefault(true);
    m_sessionOnly->setObjectName(u"sessionOnly"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Device name:"), m_deviceName);
    form->addRow(QString(), m_staySignedIn);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_sessionOnly, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    m_sessionOnly->hide(); // after the button box, which shows what it is given: only when offered

    // The buttons' roles are not wired to accept(): the dialog closes when the sign-in succeeds.
    connect(m_signIn, &QPushButton::clicked, this, [this] { submit(m_staySignedIn->isChecked()); });
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] { submit(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_server, m_username, m_password, m_deviceName}) {
        connect(field, &QLineEdit::textChanged, this, &ChatLoginDialog::updateState);
        connect(field, &QLineEdit::returnPressed, this, [this] {
            if (m_signIn->isEnabled())
                m_signIn->click();
        });
    }
    updateState();
}

void ChatLoginDialog::prefill(const RememberedSignIn &signIn)
{
    m_server->setText(signIn.server.toDisplayString(QUrl::RemoveUserInfo));
    m_username->setText(signIn.username);
    if (!signIn.deviceName.isEmpty())
        m_deviceName->setText(signIn.deviceName);
    m_password->clear();
    m_password->setFocus();
}

void ChatLoginDialog::attach(ChatSession *session)
{
    connect(this, &ChatLoginDialog::signInRequested, session,
            [session](const ChatSession::SignInRequest &request) { session->signIn(request); });
    connect(session, &ChatSession::stateChanged, this, [this](ChatSession::State state) {
        setBusy(state == ChatSession::State::SigningIn || state == ChatSession::State::Connecting);
        if (state == ChatSession::State::Online && isVisible()) {
            m_password->clear();
            clearError();
            accept();
        }
    });
    connect(session, &ChatSession::noticeRaised, this, &ChatLoginDialog::showNotice);
}

QUrl ChatLoginDialog::serverUrl() const
{
    const QString typed = m_server->text().trimmed();
    if (typed.isEmpty())
        return {};
    QUrl url(typed.contains(u"://"_s) ? typed : u"https://"_s + typed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return {};
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

ChatSession::SignInRequest ChatLoginDialog::request() const
{
    return {serverUrl(), m_username->text().trimmed(), m_password->text(), m_deviceName->text().trimmed(),
            m_staySignedIn->isChecked()};
}

QString ChatLoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChatLoginDialog::updateState()
{
    const QUrl server = serverUrl();
    QString hint;
    if (!m_server->text().trimmed().isEmpty() && !server.isValid())
        hint = tr("Enter the server's address, such as https://chat.example.org:3000.");
    else if (server.scheme() == u"http" && !isLoopback(server.host()))
        hint = tr("This connection is not encrypted: your password would cross the network readable. Use "
                  "https:// if the server offers it.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    const bool complete = server.isValid() && !m_username->text().trimmed().isEmpty()
        && !m_password->text().isEmpty() && !m_deviceName->text().trimmed().isEmpty();
    m_signIn->setEnabled(complete && !m_busyState);
    m_sessionOnly->setEnabled(complete && !m_busyState);
}

void ChatLoginDialog::submit(bool staySignedIn)
{
    if (m_busyState)
        return;
    ChatSession::SignInRequest request = this->request();
    if (!request.server.isValid())
        return;
    request.staySignedIn = staySignedIn;
    m_staySignedIn->setChecked(staySignedIn);
    clearError();
    setBusy(true);
    Q_EMIT signInRequested(request);
    request.password.fill(u'\0');
}

void ChatLoginDialog::setBusy(bool busy)
{
    m_busyState = busy;
    m_busy->setVisible(busy);
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_server, m_username, m_password, m_deviceName, m_staySignedIn})
        field->setEnabled(!busy);
    updateState();
}

void ChatLoginDialog::showNotice(const ChatSessionNotice &notice)
{
    setBusy(false);
    showError(notice.message, notice.offersSessionOnly);
    if (notice.loginFailure == LoginFailure::Kind::InvalidCredentials) {
        m_password->clear();
        m_password->setFocus();
    }
}

void ChatLoginDialog::showError(const QString &message, bool offerSessionOnly)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_sessionOnly->setVisible(offerSessionOnly);
}

void ChatLoginDialog::clearError()
{
    showError({}, false);
}

} // namespace gatehouse::ui
