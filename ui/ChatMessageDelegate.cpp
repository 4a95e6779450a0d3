#include "ChatMessageDelegate.h"

#include "ChatMessagesModel.h"
#include "core/client/ChatEntry.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QtMath>

namespace gatehouse::ui {

namespace {

constexpr int Margin = 10;
constexpr int Spacing = 3;
constexpr qint64 GroupPauseMs = 5 * 60 * 1000;

QTextOption wrapping()
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

// QTextLayout breaks lines only at U+2028; messages use '\n' (and '\r\n' from some clients).
QString withLineBreaks(QString text)
{
    text.replace(QLatin1StringView("\r\n"), QString(QChar::LineSeparator));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

bool ChatMessageDelegate::startsDay(const QModelIndex &index)
{
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    return !previous.isValid()
        || previous.data(ChatMessagesModel::DateRole).toDate()
        != index.data(ChatMessagesModel::DateRole).toDate();
}

bool ChatMessageDelegate::startsGroup(const QModelIndex &index)
{
    if (startsDay(index))
        return true;
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    if (previous.data(ChatMessagesModel::SenderUsernameRole)
        != index.data(ChatMessagesModel::SenderUsernameRole))
        return true;
    const QDateTime before = previous.data(ChatMessagesModel::TimeRole).toDateTime();
    return before.msecsTo(index.data(ChatMessagesModel::TimeRole).toDateTime()) > GroupPauseMs;
}

QString ChatMessageDelegate::dayText(const QDate &date)
{
    const QDate today = QDate::currentDate();
    if (date == today)
        return tr("Today");
    if (date == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(date, QLocale::LongFormat);
}

QString ChatMessageDelegate::statusText(const QModelIndex &index)
{
    switch (ChatEntry::State(index.data(ChatMessagesModel::StateRole).toInt())) {
    case ChatEntry::State::Pending:
        return tr("Sending…");
    case ChatEntry::State::Failed:
        return tr("Not sent: %1 Double-click to try again.")
            .arg(index.data(ChatMessagesModel::ErrorRole).toString());
    case ChatEntry::State::Sent:
        break;
    }
    return {};
}

int ChatMessageDelegate::textHeight(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(withLineBreaks(text), font);
    layout.setTextOption(wrapping());
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return qCeil(height);
}

void ChatMessageDelegate::drawText(QPainter *painter, const QString &text, const QFont &font,
                                   const QRect &rect)
{
    QTextLayout layout(withLineBreaks(text), font);
    layout.setTextOption(wrapping());
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    layout.draw(painter, rect.topLeft());
}

ChatMessageDelegate::Geometry ChatMessageDelegate::geometry(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index, int width) const
{
    Geometry geometry;
    const int inner = qMax(40, width - 2 * Margin);
    int y = Spacing;
    const QFontMetrics small(smaller(option.font));
    if (startsDay(index)) {
        y += Spacing * 2;
        geometry.day = QRect(Margin, y, inner, small.height());
        y += small.height() + Spacing * 2;
    }
    if (startsGroup(index)) {
        y += Spacing;
        const int height = qMax(QFontMetrics(bold(option.font)).height(), small.height());
        geometry.header = QRect(Margin, y, inner, height);
        y += height + 1;
    }
    const int text = textHeight(index.data(ChatMessagesModel::TextRole).toString(), option.font, inner);
    geometry.text = QRect(Margin, y, inner, text);
    y += text;
    const QString status = statusText(index);
    if (!status.isEmpty()) {
        const int height = textHeight(status, smaller(option.font), inner);
        geometry.status = QRect(Margin, y + 1, inner, height);
        y += height + 1;
    }
    geometry.height = y + Spacing;
    return geometry;
}

QSize ChatMessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    return {width, geometry(option, index, width).height};
}

void ChatMessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const Geometry shape = geometry(option, index, option.rect.width());
    const QPalette &palette = option.palette;
    const bool own = index.data(ChatMessagesModel::OwnRole).toBool();
    const auto state = ChatEntry::State(index.data(ChatMessagesModel::StateRole).toInt());
    painter->save();
    painter->translate(option.rect.topLeft());
    const int bodyTop = shape.header.isNull() ? shape.text.top() - Spacing : shape.header.top() - Spacing;
    const QRect body(0, bodyTop, option.rect.width(), shape.height - bodyTop);
    if (option.state & QStyle::State_Selected) {
        painter->fillRect(body, palette.brush(QPalette::Highlight).color().lighter(170));
    } else if (own) {
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlphaF(0.08);
        painter->fillRect(body, tint);
    }
    const QFont small = smaller(option.font);
    if (!shape.day.isNull()) {
        const QString day = dayText(index.data(ChatMessagesModel::DateRole).toDate());
        painter->setFont(bold(small));
        const int textWidth = QFontMetrics(bold(small)).horizontalAdvance(day) + 2 * Margin;
        const int middle = shape.day.center().y();
        painter->setPen(palette.color(QPalette::Mid));
        painter->drawLine(shape.day.left(), middle, shape.day.center().x() - textWidth / 2, middle);
        painter->drawLine(shape.day.center().x() + textWidth / 2, middle, shape.day.right(), middle);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(shape.day, Qt::AlignCenter, day);
    }
    if (!shape.header.isNull()) {
        const QString sender = index.data(ChatMessagesModel::SenderRole).toString();
        painter->setFont(bold(option.font));
        painter->setPen(own ? palette.color(QPalette::Link) : palette.color(QPalette::Text));
        QRect used;
        painter->drawText(shape.header, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, sender, &used);
        painter->setFont(small);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        const QString time = QLocale().toString(index.data(ChatMessagesModel::TimeRole).toDateTime().time(),
                                                QLocale::ShortFormat);
        painter->drawText(shape.header.adjusted(used.width() + Margin, 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, time);
    }
    painter->setPen(state == ChatEntry::State::Sent ? palette.color(QPalette::Text)
                                                    : palette.color(QPalette::PlaceholderText));
    drawText(painter, index.data(ChatMessagesModel::TextRole).toString(), option.font, shape.text);
    if (!shape.status.isNull()) {
        painter->setPen(state == ChatEntry::State::Failed ? QColor(0xc6, 0x28, 0x28)
                                                          : palette.color(QPalette::PlaceholderText));
        drawText(painter, statusText(index), small, shape.status);
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->drawRect(body.adjusted(1, 0, -2, -1));
    }
    painter->restore();
}

} // namespace gatehouse::ui
