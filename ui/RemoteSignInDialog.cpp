#include "RemoteSignInDialog.h"

#include "core/client/RemoteAdminSignIn.h"

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
      m_server(new QLineEdit(this)),
      m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_caFile(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)),
      m_warning(new QLabel(this)),
      m_error(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a Gatehouse Server"));
    m_server->setPlaceholderText(tr("https://chat.example.org:8443"));
    m_username->setPlaceholderText(tr("An admin or moderator"));
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile->setPlaceholderText(tr("Only for a private or self-signed certificate"));
    m_caFile->setClearButtonEnabled(true);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&CA file:"), caRow);

    for (QLabel *label : {m_warning, m_error}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->hide();
    }
    m_progress->setRange(0, 0); // busy, no known end
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &In"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemoteSignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RemoteSignInDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &RemoteSignInDialog::chooseCaFile);
    for (QLineEdit *edit : {m_server, m_username, m_password})
        connect(edit, &QLineEdit::textChanged, this, &RemoteSignInDialog::updateState);
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
    signInButton()->setEnabled(!m_busy && !m_server->text().trimmed().isEmpty()
                               && !m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty());
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
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_server, m_username, m_password, m_caFile, m_browse})
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

void RemoteSignInDialog::reject()
{
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
