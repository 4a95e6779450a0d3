#include "ConnectionStatusLabel.h"

#include "ChatIcons.h"
#include "core/client/ChatClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace gatehouse::ui {

ConnectionStatusLabel::ConnectionStatusLabel(QWidget *parent)
    : QWidget(parent), m_dot(new QLabel(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) / 2);
    layout->addWidget(m_dot);
    layout->addWidget(m_text, 1);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    apply(Status::Offline, {}, {});
}

void ConnectionStatusLabel::setStatus(Status status, const QString &user, const QString &server)
{
    follow(nullptr);
    apply(status, user, server);
}

void ConnectionStatusLabel::setMessage(Status status, const QString &text)
{
    follow(nullptr);
    display(status, text);
}

void ConnectionStatusLabel::follow(ChatClient *client)
{
    disconnect(m_following);
    m_client = client;
    if (!client)
        return;
    m_following = connect(client, &ChatClient::stateChanged, this, &ConnectionStatusLabel::fromClient);
    fromClient();
}

void ConnectionStatusLabel::fromClient()
{
    if (!m_client)
        return;
    apply(Status(int(m_client->state())), m_client->self().displayName(), m_client->serverName());
}

void ConnectionStatusLabel::setWordWrap(bool wrap)
{
    m_text->setWordWrap(wrap);
}

QString ConnectionStatusLabel::text() const
{
    return m_text->text();
}

void ConnectionStatusLabel::apply(Status status, const QString &user, const QString &server)
{
    QString text;
    switch (status) {
    case Status::Online:
        text = server.isEmpty() ? tr("Connected as %1").arg(user)
                                : tr("Connected as %1 to %2").arg(user, server);
        break;
    case Status::Syncing:
        text = tr("Connected as %1 to %2, updating…").arg(user, server);
        break;
    case Status::Connecting:
        text = tr("Connecting to %1…").arg(server);
        break;
    case Status::Reconnecting:
        text = tr("Connection lost, reconnecting to %1…").arg(server);
        break;
    case Status::Offline:
        text = tr("Offline");
        break;
    }
    display(status, text);
}

void ConnectionStatusLabel::display(Status status, const QString &text)
{
    m_status = status;
    QIcon icon = ChatIcons::connecting();
    if (status == Status::Online)
        icon = ChatIcons::online();
    else if (status == Status::Offline)
        icon = ChatIcons::offline();
    const int size = m_text->fontMetrics().height();
    m_dot->setPixmap(icon.pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(text);
}

} // namespace gatehouse::ui
