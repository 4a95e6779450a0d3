#include "ChatMessageList.h"

#include "ChatMessageDelegate.h"
#include "ChatMessagesModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QScrollBar>

namespace gatehouse::ui {

ChatMessageList::ChatMessageList(QWidget *parent) : QListView(parent)
{
    setItemDelegate(new ChatMessageDelegate(this));
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust); // rows wrap to the width: measure again when it changes
    setUniformItemSizes(false);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAccessibleName(tr("Messages"));
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &ChatMessageList::showMenu);
    connect(this, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(ChatMessagesModel::StateRole).toInt() == int(ChatEntry::State::Failed))
            Q_EMIT retryRequested(index);
    });
    auto *copy = new QAction(tr("&Copy Text"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ChatMessageList::copyCurrent);
    addAction(copy);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatMessageList::onScrolled);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ChatMessageList::onRangeChanged);
}

void ChatMessageList::setModel(QAbstractItemModel *model)
{
    QListView::setModel(model);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first) {
        // Older messages go above what is being read; it stays where it is on screen. The
        // message at the top is the anchor: its bottom, since its top may lose the sender's
        // name and the date when the messages above it come from the same sender and day.
        m_anchor = QPersistentModelIndex();
        if (first != 0 || m_stickToBottom)
            return;
        m_anchor = indexAt(QPoint(1, 1));
        m_anchorBottom = visualRect(m_anchor).bottom();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &ChatMessageList::followNewMessages);
}

void ChatMessageList::followNewMessages()
{
    m_stickToBottom = true;
    scrollToBottom();
}

void ChatMessageList::copyCurrent()
{
    const QModelIndex index = currentIndex();
    if (index.isValid())
        QApplication::clipboard()->setText(index.data(ChatMessagesModel::TextRole).toString());
}

void ChatMessageList::showMenu(const QPoint &at)
{
    const QModelIndex index = indexAt(at);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Copy Text"), this, &ChatMessageList::copyCurrent);
    if (index.data(ChatMessagesModel::StateRole).toInt() == int(ChatEntry::State::Failed))
        menu->addAction(tr("&Try Again"), this,
                        [this, index = QPersistentModelIndex(index)] { Q_EMIT retryRequested(index); });
    menu->popup(viewport()->mapToGlobal(at));
}

void ChatMessageList::onScrolled(int value)
{
    const QScrollBar *bar = verticalScrollBar();
    m_stickToBottom = value >= bar->maximum();
    if (value == bar->minimum() && bar->maximum() > bar->minimum())
        Q_EMIT olderWanted();
}

void ChatMessageList::onRangeChanged(int, int maximum)
{
    QScrollBar *bar = verticalScrollBar();
    if (m_anchor.isValid()) {
        bar->setValue(bar->value() + visualRect(m_anchor).bottom() - m_anchorBottom);
        m_anchor = QPersistentModelIndex();
    } else if (m_stickToBottom) {
        bar->setValue(maximum);
    }
}

} // namespace gatehouse::ui
