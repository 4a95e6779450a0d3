#include "RemoteSignInDialog.h"

#include "core/client/RemoteAdminSignIn.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace gatehouse::ui {

RemoteSignInDialog::RemoteSignInDialog(QWidget *parent)
    : QDialog(parent),
      m_mode(new QComboBox(this)),
      m_form(new QFormLayout),
      m_server(new QLineEdit(this)),
      m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_caFile(new QLineEdit(this)),
      m_namespace(new QLineEdit(QStringLiteral("/admin"), this)),
      m_path(new QLineEdit(QStringLiteral("/socket.io"), this)),
      m_browse(new QPushButton(tr("&Browse…"), this)),
      m_warning(new QLabel(this)),
      m_error(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_mode->addItem(tr("Gatehouse server"), int(Mode::Gatehouse));
    m_mode->addItem(tr("Any Socket.IO server with @socket.io/admin-ui"), int(Mode::AdminUi));
    m_server->setPlaceholderText(tr("https://chat.example.org:8443"));
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile->setPlaceholderText(tr("Only for a private or self-signed certificate"));
    m_caFile->setClearButtonEnabled(true);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);

    m_form->addRow(tr("&Kind:"), m_mode);
    m_form->addRow(tr("&Server:"), m_server);
    m_form->addRow(tr("&Username:"), m_username);
    m_form->addRow(tr("&Password:"), m_password);
    m_caRow = m_form->rowCount();
    m_form->addRow(tr("&CA file:"), caRow);
    m_form->addRow(tr("Admin &namespace:"), m_namespace);
    m_form->addRow(tr("Socket.IO pa&th:"), m_path);

    for (QLabel *label : {m_warning, m_error}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->hide();
    }
    m_progress->setRange(0, 0); // busy, no known end
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemoteSignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RemoteSignInDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &RemoteSignInDialog::chooseCaFile);
    for (QLineEdit *edit : {m_server, m_username, m_password, m_namespace, m_path})
        connect(edit, &QLineEdit::textChanged, this, &RemoteSignInDialog::updateState);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RemoteSignInDialog::onModeChanged);
    onModeChanged();
}

RemoteSignInDialog::Mode RemoteSignInDialog::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void RemoteSignInDialog::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void RemoteSignInDialog::onModeChanged()
{
    const bool adminUi = mode() == Mode::AdminUi;
    setWindowTitle(adminUi ? tr("Attach to a Socket.IO Server") : tr("Connect to a Gatehouse Server"));
    m_username->setPlaceholderText(adminUi ? tr("Leave empty when instrument() has auth: false")
                                           : tr("An admin or moderator"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(adminUi ? tr("&Attach") : tr("Sign &In"));
    // Only what the chosen kind of server uses: a CA file for Gatehouse's login API; the
    // namespace and path that instrument() and the Socket.IO server were set up with.
    m_form->setRowVisible(m_caRow, !adminUi);
    m_form->setRowVisible(m_namespace, adminUi);
    m_form->setRowVisible(m_path, adminUi);
    showError({});
    updateState();
}

RemoteSignInDialog::~RemoteSignInDialog()
{
    m_password->clear();
}

void RemoteSignInDialog::setServer(const QString &url)
{
    m_server->setText(url);
}

void RemoteSignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
}

QPushButton *RemoteSignInDialog::signInButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString RemoteSignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RemoteSignInDialog::updateState()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    const bool insecure = !m_server->text().trimmed().isEmpty() && RemoteAdminSignIn::isInsecure(url);
    m_warning->setText(tr("This address is not encrypted: the password will cross the network in clear "
                          "text. Use https:// unless the network is trusted."));
    m_warning->setVisible(insecure);
    // instrument() with `auth: false` needs no credentials; Gatehouse always does.
    const bool credentials = mode() == Mode::AdminUi
        || (!m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty());
    signInButton()->setEnabled(!m_busy && !m_server->text().trimmed().isEmpty() && credentials);
}

void RemoteSignInDialog::chooseCaFile()
{
    // open(), not getOpenFileName(): no nested event loop.
    auto *chooser = new QFileDialog(this, tr("Choose the Server's CA Certificate"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    connect(chooser, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
    chooser->open();
}

void RemoteSignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field : std::initializer_list<QWidget *> {m_mode, m_server, m_username, m_password,
                                                            m_caFile, m_browse, m_namespace, m_path})
        field->setEnabled(!busy);
    m_progress->setVisible(busy);
    updateState();
}

void RemoteSignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RemoteSignInDialog::signIn()
{
    if (m_busy)
        return;
    if (mode() == Mode::AdminUi) {
        attach();
        return;
    }
    RemoteAdminSignIn::Settings settings;
    settings.server = QUrl::fromUserInput(m_server->text().trimmed());
    settings.username = m_username->text().trimmed();
    settings.password = m_password->text();
    settings.caFile = m_caFile->text().trimmed();
    if (const QString problem = RemoteAdminSignIn::checkUrl(settings.server); !problem.isEmpty()) {
        showError(problem);
        m_server->setFocus();
        return;
    }
    showError({});
    setBusy(true);
    delete m_session;
    m_session = new RemoteAdminSignIn(this);
    RemoteAdminSignIn *session = m_session;
    session->signIn(std::move(settings), [this, session](Expected<void, ConsoleError> result) {
        if (session != m_session)
            return;
        setBusy(false);
        if (!result) {
            showError(result.error().message);
            m_session = nullptr;
            session->deleteLater();
            if (result.error().code == QLatin1StringView("invalid_credentials")) {
                m_password->selectAll();
                m_password->setFocus();
            }
            return;
        }
        m_password->clear();
        m_session = nullptr;
        session->setParent(nullptr);
        Q_EMIT signedIn(session);
        accept();
    });
}

void RemoteSignInDialog::attach()
{
    AdminUiAttach::Settings settings;
    settings.server = QUrl::fromUserInput(m_server->text().trimmed());
    settings.nsp = m_namespace->text().trimmed();
    settings.path = m_path->text().trimmed();
    settings.username = m_username->text().trimmed();
    settings.password = m_password->text();
    QString problem = RemoteAdminSignIn::checkUrl(settings.server);
    QLineEdit *culprit = m_server;
    if (problem.isEmpty()) {
        problem = AdminUiAttach::checkNamespace(settings.nsp);
        culprit = m_namespace;
    }
    if (problem.isEmpty()) {
        problem = AdminUiAttach::checkPath(settings.path);
        culprit = m_path;
    }
    if (!problem.isEmpty()) {
        showError(problem);
        culprit->setFocus();
        return;
    }
    showError({});
    setBusy(true);
    delete m_attach;
    m_attach = new AdminUiAttach(this);
    AdminUiAttach *attach = m_attach;
    attach->attach(std::move(settings), [this, attach](Expected<void, ConsoleError> result) {
        if (attach != m_attach)
            return;
        setBusy(false);
        m_attach = nullptr;
        if (!result) {
            showError(result.error().message);
            attach->deleteLater();
            if (result.error().code == QLatin1StringView("invalid_credentials")) {
                m_password->selectAll();
                m_password->setFocus();
            }
            return;
        }
        m_password->clear();
        attach->setParent(nullptr);
        Q_EMIT attached(attach);
        accept();
    });
}

void RemoteSignInDialog::reject()
{
    if (m_attach) {
        std::exchange(m_attach, nullptr)->deleteLater(); // its destructor closes the connection
        setBusy(false);
    }
    // Cancel abandons a sign-in under way; its server-side session is signed out.
    if (m_session) {
        RemoteAdminSignIn *session = std::exchange(m_session, nullptr);
        session->signOut([session] { session->deleteLater(); });
        setBusy(false);
    }
    m_password->clear();
    QDialog::reject();
}

} // namespace gatehouse::ui
