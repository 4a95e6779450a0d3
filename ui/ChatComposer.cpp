#include "ChatComposer.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

constexpr int MinimumLines = 2;
constexpr int MaximumLines = 8;
// The counter appears when this much of the limit is used.
constexpr double CounterFrom = 0.8;

} // namespace

ChatComposer::ChatComposer(QWidget *parent)
    : QWidget(parent),
      m_editor(new QPlainTextEdit(this)),
      m_counter(new QLabel(this)),
      m_send(new QPushButton(tr("Send"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    auto *side = new QVBoxLayout;
    side->addStretch(1);
    side->addWidget(m_counter, 0, Qt::AlignRight);
    side->addWidget(m_send);
    layout->addLayout(side);

    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->installEventFilter(this);
    m_editor->setAccessibleName(tr("Message"));
    m_send->setToolTip(tr("Send (Enter). Shift+Enter starts a new line."));
    m_send->setEnabled(false);
    m_counter->hide();
    setPlaceholderText(tr("Write a message"));
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ChatComposer::onTextChanged);
    connect(m_send, &QPushButton::clicked, this, &ChatComposer::submit);
    fitHeight();
}

void ChatComposer::setMaxLength(int characters)
{
    m_maxLength = characters;
    onTextChanged();
}

QString ChatComposer::text() const
{
    return m_editor->toPlainText();
}

void ChatComposer::setText(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

void ChatComposer::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    if (m_editor->isEnabled())
        m_editor->setPlaceholderText(text);
}

void ChatComposer::setBlockedReason(const QString &reason)
{
    const bool blocked = !reason.isEmpty();
    m_editor->setEnabled(!blocked);
    m_editor->setPlaceholderText(blocked ? reason : m_placeholder);
    onTextChanged();
}

bool ChatComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            submit();
            return true; // no new line, whether it was sent or not
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChatComposer::submit()
{
    const QString message = text();
    if (!m_editor->isEnabled() || message.trimmed().isEmpty() || message.size() > m_maxLength)
        return;
    m_editor->clear();
    Q_EMIT submitted(message);
}

void ChatComposer::onTextChanged()
{
    // Counted in UTF-16 code units, as the server counts (docs/chat.md, "Limits").
    const qsizetype length = m_editor->toPlainText().size();
    const bool over = length > m_maxLength;
    m_counter->setVisible(length >= m_maxLength * CounterFrom);
    m_counter->setText(
        tr("%1 / %2").arg(QLocale().toString(qlonglong(length)), QLocale().toString(m_maxLength)));
    m_counter->setToolTip(
        over ? tr("Too long to send: shorten it by %n character(s).", nullptr, int(length - m_maxLength))
             : tr("Messages can be up to %1 characters long.").arg(m_maxLength));
    QPalette palette = m_counter->palette();
    palette.setColor(QPalette::WindowText,
                     over ? QColor(0xc6, 0x28, 0x28) : this->palette().color(QPalette::PlaceholderText));
    m_counter->setPalette(palette);
    m_send->setEnabled(m_editor->isEnabled() && !over && !m_editor->toPlainText().trimmed().isEmpty());
    fitHeight();
}

void ChatComposer::fitHeight()
{
    const QFontMetrics metrics(m_editor->font());
    const int lines = qBound(MinimumLines, int(m_editor->document()->size().height()), MaximumLines);
    const int frame = 2 * m_editor->frameWidth() + int(2 * m_editor->document()->documentMargin());
    m_editor->setFixedHeight(lines * metrics.lineSpacing() + frame);
}

} // namespace gatehouse::ui
