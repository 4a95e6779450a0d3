#include "ChatNoticeBanner.h"

#include "core/client/ChatSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace gatehouse::ui {

using namespace Qt::StringLiterals;
using Kind = ChatSessionNotice::Kind;

ChatNoticeBanner::ChatNoticeBanner(QWidget *parent)
    : QFrame(parent),
      m_text(new QLabel(this)),
      m_signInAgain(new QPushButton(tr("Sign in again"), this)),
      m_close(new QPushButton(tr("Dismiss"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"text"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signInAgain->setObjectName(u"signInAgain"_s);
    m_close->setObjectName(u"dismiss"_s);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_signInAgain);
    layout->addWidget(m_close);
    connect(m_signInAgain, &QPushButton::clicked, this, [this] {
        const bool withoutPassword = m_canSignInAgain;
        dismiss();
        if (withoutPassword)
            Q_EMIT signInAgainRequested();
        else
            Q_EMIT passwordSignInRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &ChatNoticeBanner::dismiss);
    hide();
}

void ChatNoticeBanner::attach(ChatSession *session)
{
    connect(session, &ChatSession::noticeRaised, this, &ChatNoticeBanner::showNotice);
    connect(session, &ChatSession::keychainWarning, this, &ChatNoticeBanner::showWarning);
    connect(session, &ChatSession::stateChanged, this, [this](ChatSession::State state) {
        if (state == ChatSession::State::Online || state == ChatSession::State::SignedOut)
            dismiss();
    });
    connect(this, &ChatNoticeBanner::signInAgainRequested, session, &ChatSession::signInAgain);
}

QString ChatNoticeBanner::text() const
{
    return m_text->text();
}

bool ChatNoticeBanner::offersSignInAgain() const
{
    return !isHidden() && !m_signInAgain->isHidden();
}

void ChatNoticeBanner::showNotice(const ChatSessionNotice &notice)
{
    if (notice.kind == Kind::None) {
        dismiss();
        return;
    }
    m_text->setText(notice.message);
    m_canSignInAgain = notice.canSignInAgain;
    // A suspension does not end by signing in again; a forbidden namespace neither.
    const bool helps = notice.kind != Kind::Suspended
        && !(notice.kind == Kind::ConnectionRefused && !notice.canSignInAgain);
    m_signInAgain->setVisible(helps);
    show();
}

void ChatNoticeBanner::showWarning(const QString &message)
{
    m_text->setText(message);
    m_canSignInAgain = false;
    m_signInAgain->hide();
    show();
}

void ChatNoticeBanner::dismiss()
{
    hide();
    m_text->clear();
    m_canSignInAgain = false;
}

} // namespace gatehouse::ui
