#include "FirstRunBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

FirstRunBanner::FirstRunBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("firstRunBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#firstRunBanner { background: #eef5ff; border: 1px solid #9cc1f0; "
                                 "border-radius: 4px; } #firstRunBanner QLabel { color: #102a4c; }"));
    auto *layout = new QHBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(32, 32));
    layout->addWidget(icon, 0, Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);

    auto *buttons = new QVBoxLayout;
    auto *copy = new QPushButton(tr("&Copy password"), this);
    auto *chat = new QPushButton(tr("Open a &chat window"), this);
    auto *close = new QPushButton(tr("&Dismiss"), this);
    buttons->addWidget(copy);
    buttons->addWidget(chat);
    buttons->addWidget(close);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_password); });
    connect(chat, &QPushButton::clicked, this, &FirstRunBanner::openChatRequested);
    connect(close, &QPushButton::clicked, this, &FirstRunBanner::hide);
    copy->setObjectName(QStringLiteral("copyPassword"));
    hide();
}

void FirstRunBanner::showFor(const QString &username, const QString &password, const QString &url)
{
    m_password = password;
    findChild<QPushButton *>(QStringLiteral("copyPassword"))->setVisible(!password.isEmpty());
    const QString account = password.isEmpty()
        ? tr("The server created the account <b>%1</b> with the password from GATEHOUSE_ADMIN_PASSWORD.")
              .arg(username.toHtmlEscaped())
        : tr("The server created the account <b>%1</b> with the password <b><tt>%2</tt></b>. It is shown "
             "only "
             "this once: copy it now, and change it later with <tt>gatehouse user passwd %1</tt>.")
              .arg(username.toHtmlEscaped(), password.toHtmlEscaped());
    m_text->setText(
        tr("<p><b>Welcome to Gatehouse.</b> Your server is running at <tt>%1</tt>.</p><p>%2</p>"
           "<p>This console is already signed in. To chat, open a chat window (Ctrl+N) and sign in "
           "as %3; add people with <tt>gatehouse user add NAME</tt>.</p>")
            .arg(url.toHtmlEscaped(), account, username.toHtmlEscaped()));
    show();
}

QString FirstRunBanner::text() const
{
    return m_text->text();
}

} // namespace gatehouse::ui
