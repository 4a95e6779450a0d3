// The messages of the conversation shown, in a list view that reads like a chat: it follows new
// messages while scrolled to the end (and after the user sends), keeps what is being read in
// place when older messages are put above, asks for older ones when scrolled to the top, and
// offers Copy (Ctrl+C, context menu) and, for messages that were not sent, Try Again
// (double-click, context menu). Rows are drawn by ChatMessageDelegate.
#pragma once

#include <QListView>
#include <QPersistentModelIndex>

namespace gatehouse::ui {

class ChatMessageList : public QListView {
    Q_OBJECT

public:
    explicit ChatMessageList(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Scrolls to the end and stays there as messages come (after the user sent one).
    void followNewMessages();

Q_SIGNALS:
    // Scrolled to the top: the page before would be welcome.
    void olderWanted();
    void retryRequested(const QModelIndex &index);

private:
    void copyCurrent();
    void showMenu(const QPoint &at);
    void onScrolled(int value);
    void onRangeChanged(int minimum, int maximum);

    bool m_stickToBottom = true; // following new messages while scrolled to the end
    QPersistentModelIndex m_anchor; // kept in place while older messages are put above it
    int m_anchorBottom = 0;
};

} // namespace gatehouse::ui
