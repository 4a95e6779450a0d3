// Draws one message of ChatMessagesModel in a list view: a day separator where the date
// changes, the sender and time when a new group starts (another sender, or a pause of more than
// five minutes), the text wrapped to the view's width (at word boundaries, or anywhere in a word
// too long for a line), own messages on a tinted background, and a line for messages still being
// sent or refused. Everything is measured from the row and its predecessor only, so a row's
// height never depends on rows far away.
#pragma once

#include <QStyledItemDelegate>

namespace gatehouse::ui {

class ChatMessageDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What a row shows besides its text; public for tests and accessibility.
    static bool startsDay(const QModelIndex &index);
    static bool startsGroup(const QModelIndex &index);
    static QString dayText(const QDate &date);
    // "Sending…", "Not sent: <reason>. Double-click to try again.", or empty.
    static QString statusText(const QModelIndex &index);

private:
    struct Geometry {
        QRect day;
        QRect header;
        QRect text;
        QRect status;
        int height = 0;
    };
    Geometry geometry(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    static int textHeight(const QString &text, const QFont &font, int width);
    static void drawText(QPainter *painter, const QString &text, const QFont &font, const QRect &rect);
};

} // namespace gatehouse::ui
