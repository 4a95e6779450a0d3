#include "ChatView.h"

#include "ChatComposer.h"
#include "ChatMembersModel.h"
#include "ChatMessageList.h"
#include "ChatMessagesModel.h"
#include "ChatRoomsModel.h"
#include "ConnectionStatusLabel.h"
#include "core/client/ChatClient.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace gatehouse::ui {

namespace {

constexpr int NoticeMs = 10'000;

} // namespace

ChatView::ChatView(ChatClient *client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_roomsModel(new ChatRoomsModel(client, this)),
      m_messagesModel(new ChatMessagesModel(client, this)),
      m_membersModel(new ChatMembersModel(client, this))
{
    createActions();
    m_statusArea = new QWidget(this);
    auto *statusLayout = new QVBoxLayout(m_statusArea);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_statusArea->hide();
    m_statusArea->installEventFilter(this); // shown once the host puts something in it

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildSidebar());
    splitter->addWidget(buildConversationPane());
    splitter->addWidget(buildMembersPane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    m_splitter = splitter;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_statusArea);
    layout->addWidget(splitter, 1);

    connect(client, &ChatClient::conversationUpserted, this, &ChatView::onConversationUpserted);
    connect(client, &ChatClient::errorOccurred, this, &ChatView::showNotice);
    connect(client, &ChatClient::stateChanged, this, [this](ChatClient::State state) {
        if (state == ChatClient::State::Online)
            onConversationsInserted();
    });
    connect(m_roomsModel, &QAbstractItemModel::rowsInserted, this, &ChatView::onConversationsInserted);
    connect(m_roomsModel, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_current.isEmpty() && !m_roomsModel->indexOf(m_current).isValid())
            onConversationsInserted(); // the one shown went (left elsewhere): show another
    });
    connect(m_roomsModel, &QAbstractItemModel::modelReset, this, &ChatView::onConversationsInserted);
    m_conversations->expandAll();
    onConversationsInserted();
    updateHeader();
}

ChatView::~ChatView() = default;

void ChatView::createActions()
{
    m_joinRoom = new QAction(tr("&Join Room…"), this);
    m_joinRoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_joinRoom->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_joinRoom, &QAction::triggered, this, &ChatView::askJoinRoom);
    m_newMessage = new QAction(tr("&New Message…"), this);
    m_newMessage->setShortcut(QKeySequence::New);
    m_newMessage->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newMessage, &QAction::triggered, this, &ChatView::askNewMessage);
    m_leaveRoom = new QAction(tr("&Leave Room"), this);
    m_leaveRoom->setEnabled(false);
    connect(m_leaveRoom, &QAction::triggered, this, &ChatView::leaveCurrentRoom);
    auto *next = new QAction(tr("Next Conversation"), this);
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, [this] { stepConversation(1); });
    auto *previous = new QAction(tr("Previous Conversation"), this);
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, [this] { stepConversation(-1); });
    addActions({m_joinRoom, m_newMessage, m_leaveRoom, next, previous});
}

QWidget *ChatView::buildSidebar()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 0, 6);
    m_conversations = new QTreeView(pane);
    m_conversations->setModel(m_roomsModel);
    m_conversations->setHeaderHidden(true);
    m_conversations->setRootIsDecorated(false);
    m_conversations->setItemsExpandable(false);
    m_conversations->setUniformRowHeights(true);
    m_conversations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conversations->setAccessibleName(tr("Conversations"));
    m_conversations->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_conversations->addActions({m_leaveRoom, m_joinRoom, m_newMessage});
    m_conversations->setMinimumWidth(160);
    connect(m_conversations->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChatView::onCurrentChanged);
    connect(m_roomsModel, &QAbstractItemModel::rowsInserted, m_conversations, &QTreeView::expandAll);
    connect(m_roomsModel, &QAbstractItemModel::modelReset, m_conversations, &QTreeView::expandAll);
    layout->addWidget(m_conversations, 1);
    auto *join = new QPushButton(m_joinRoom->text().remove(QLatin1Char('&')), pane);
    auto *write = new QPushButton(m_newMessage->text().remove(QLatin1Char('&')), pane);
    join->setToolTip(m_joinRoom->shortcut().toString(QKeySequence::NativeText));
    write->setToolTip(m_newMessage->shortcut().toString(QKeySequence::NativeText));
    connect(join, &QPushButton::clicked, m_joinRoom, &QAction::trigger);
    connect(write, &QPushButton::clicked, m_newMessage, &QAction::trigger);
    layout->addWidget(join);
    layout->addWidget(write);
    m_status = new ConnectionStatusLabel(pane);
    m_status->setWordWrap(true); // the column's width is the lists', not the host name's
    m_status->follow(m_client);
    layout->addWidget(m_status);
    return pane;
}

QWidget *ChatView::buildConversationPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title = new QLabel(pane);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_topic = new QLabel(pane);
    m_topic->setTextFormat(Qt::PlainText);
    m_topic->setWordWrap(true);
    m_topic->setForegroundRole(QPalette::PlaceholderText);
    m_older = new QPushButton(tr("Load older messages"), pane);
    m_older->setFlat(true);
    connect(m_older, &QPushButton::clicked, this, [this] {
        if (m_client)
            m_client->loadOlder(m_current);
    });
    m_messages = new ChatMessageList(pane);
    m_messages->setModel(m_messagesModel);
    connect(m_messages, &ChatMessageList::retryRequested, this, &ChatView::retryAt);
    connect(m_messages, &ChatMessageList::olderWanted, this, [this] {
        if (m_client)
            m_client->loadOlder(m_current);
    });
    m_notice = new QLabel(pane);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_notice->hide();
    m_composer = new ChatComposer(pane);
    m_composer->setMaxLength(ChatClient::MaxMessageLength);
    connect(m_composer, &ChatComposer::submitted, this, &ChatView::send);
    layout->addWidget(m_title);
    layout->addWidget(m_topic);
    layout->addWidget(m_older, 0, Qt::AlignHCenter);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_composer);
    setTabOrder(m_conversations, m_messages);
    setTabOrder(m_messages, m_composer->editor());
    return pane;
}

QWidget *ChatView::buildMembersPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 6, 6, 6);
    m_membersTitle = new QLabel(tr("Members"), pane);
    QFont font = m_membersTitle->font();
    font.setBold(true);
    m_membersTitle->setFont(font);
    m_members = new QListView(pane);
    m_members->setModel(m_membersModel);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setAccessibleName(tr("Members"));
    m_members->setMinimumWidth(140);
    connect(m_members, &QListView::activated, this, [this](const QModelIndex &index) {
        // Activating someone opens the direct conversation with them.
        const QString username = index.data(ChatMembersModel::UsernameRole).toString();
        if (m_client && !username.isEmpty() && !m_client->isSelf({{}, username, {}}))
            m_client->openDirect(username, this, [this](Expected<QString, QString> key) {
                key ? openConversation(*key) : showNotice(key.error());
            });
    });
    layout->addWidget(m_membersTitle);
    layout->addWidget(m_members, 1);
    return pane;
}

QString ChatView::currentConversation() const
{
    return m_current;
}

void ChatView::openConversation(const QString &key)
{
    const QModelIndex index = m_roomsModel->indexOf(key);
    if (index.isValid())
        m_conversations->setCurrentIndex(index); // onCurrentChanged follows
}

void ChatView::onCurrentChanged()
{
    const QModelIndex current = m_conversations->currentIndex();
    if (current.data(ChatRoomsModel::IsSectionRole).toBool())
        return; // a heading, passed on the way with the arrow keys: the conversation stays
    const QString key = current.data(ChatRoomsModel::KeyRole).toString();
    if (key == m_current)
        return;
    m_current = key;
    m_client->setActiveConversation(key);
    m_messagesModel->setConversation(key);
    m_membersModel->setConversation(key);
    updateHeader();
    if (!key.isEmpty())
        m_composer->editor()->setFocus();
    Q_EMIT currentConversationChanged(key);
}

void ChatView::onConversationsInserted()
{
    if (!m_current.isEmpty() && m_roomsModel->indexOf(m_current).isValid())
        return;
    // While syncing, conversations arrive in no useful order: choose once they are all there.
    if (m_client && m_client->state() == ChatClient::State::Syncing)
        return;
    // Nothing shown yet (or it went): the first room, else the first person.
    for (int section = 0; section < ChatRoomsModel::SectionCount; ++section) {
        const QModelIndex parent = m_roomsModel->sectionIndex(ChatRoomsModel::Section(section));
        if (m_roomsModel->rowCount(parent) > 0) {
            m_conversations->setCurrentIndex(m_roomsModel->index(0, 0, parent));
            return;
        }
    }
    m_conversations->setCurrentIndex({});
}

void ChatView::onConversationUpserted(const QString &key)
{
    if (key == m_current)
        updateHeader();
}

void ChatView::updateHeader()
{
    const ChatConversation *conversation = m_client ? m_client->conversation(m_current) : nullptr;
    if (!conversation) {
        m_title->setText(tr("No conversation"));
        m_topic->setText(tr("Choose a room or a person on the left, or join a room."));
        m_topic->show();
        m_older->hide();
        m_membersTitle->setText(tr("Members"));
        m_composer->setBlockedReason(tr("Choose a conversation to write."));
        m_leaveRoom->setEnabled(false);
        return;
    }
    const ChatPeer &peer = conversation->peer;
    if (conversation->isRoom() || peer.displayName().compare(peer.username, Qt::CaseInsensitive) == 0)
        m_title->setText(conversation->isRoom() ? conversation->title() : u'@' + peer.username);
    else
        m_title->setText(tr("%1 (@%2)").arg(peer.displayName(), peer.username));
    const QString topic = conversation->archived
        ? tr("This room is archived: its history stays readable, nobody can write here.")
        : conversation->topic;
    m_topic->setText(topic);
    m_topic->setVisible(!topic.isEmpty());
    m_older->setVisible(conversation->hasMore || conversation->loadingOlder);
    m_older->setEnabled(!conversation->loadingOlder);
    m_older->setText(conversation->loadingOlder ? tr("Loading older messages…") : tr("Load older messages"));
    m_membersTitle->setText(conversation->isRoom() ? tr("Members") : tr("Direct message with"));
    m_composer->setBlockedReason(conversation->archived ? tr("This room is archived.") : QString());
    m_composer->setPlaceholderText(conversation->isRoom() ? tr("Message %1").arg(conversation->title())
                                                          : tr("Message %1").arg(conversation->title()));
    m_leaveRoom->setEnabled(conversation->isRoom() && !conversation->archived);
}

void ChatView::send(const QString &text)
{
    if (m_client && !m_client->send(m_current, text).isEmpty()) {
        m_messages->followNewMessages(); // your own message is always shown
        return;
    }
    m_composer->setText(text); // not taken: keep what was written
}

void ChatView::retryAt(const QModelIndex &index)
{
    if (m_client && index.data(ChatMessagesModel::StateRole).toInt() == int(ChatEntry::State::Failed))
        m_client->retry(m_current, index.data(ChatMessagesModel::KeyRole).toString());
}

void ChatView::showNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->show();
    QTimer::singleShot(NoticeMs, m_notice, [notice = m_notice, message] {
        if (notice->text() == message)
            notice->hide();
    });
}

void ChatView::stepConversation(int step)
{
    QStringList keys;
    for (int section = 0; section < ChatRoomsModel::SectionCount; ++section) {
        const QModelIndex parent = m_roomsModel->sectionIndex(ChatRoomsModel::Section(section));
        for (int row = 0; row < m_roomsModel->rowCount(parent); ++row)
            keys.append(m_roomsModel->index(row, 0, parent).data(ChatRoomsModel::KeyRole).toString());
    }
    if (keys.isEmpty())
        return;
    const qsizetype at = keys.indexOf(m_current);
    openConversation(keys.at((at + step + keys.size()) % keys.size()));
}

void ChatView::askJoinRoom()
{
    if (!m_client)
        return;
    QStringList rooms;
    const QStringList names = m_client->roomNames();
    for (const QString &name : names) {
        const ChatRoomInfo *room = m_client->room(name);
        if (room && !room->joined && !room->archived)
            rooms.append(QLatin1Char('#') + name);
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Join Room"));
    dialog->setLabelText(tr("Room to join (pick one or type its name):"));
    dialog->setComboBoxEditable(true);
    dialog->setComboBoxItems(rooms);
    dialog->setOkButtonText(tr("Join"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        m_client->joinRoom(name, this, [this](Expected<QString, QString> key) {
            key ? openConversation(*key) : showNotice(key.error());
        });
    });
    dialog->open();
    m_client->refreshRooms(); // for next time: counts and rooms created meanwhile
}

void ChatView::askNewMessage()
{
    if (!m_client)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Message"));
    dialog->setLabelText(tr("Username of the person to write to:"));
    dialog->setOkButtonText(tr("Open"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &username) {
        if (username.trimmed().isEmpty())
            return;
        m_client->openDirect(username, this, [this](Expected<QString, QString> key) {
            key ? openConversation(*key) : showNotice(key.error());
        });
    });
    dialog->open();
}

void ChatView::leaveCurrentRoom()
{
    const ChatConversation *conversation = m_client ? m_client->conversation(m_current) : nullptr;
    if (!conversation || !conversation->isRoom())
        return;
    m_client->leaveRoom(conversation->room(), this, [this](Expected<QString, QString> key) {
        if (!key)
            showNotice(key.error());
    });
}

void ChatView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_sized, true))
        return;
    // The conversation gets what the lists do not need; they keep a sensible width.
    const int side = qMax(180, width() / 5);
    m_splitter->setSizes({side, qMax(200, width() - 2 * side), side});
}

bool ChatView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_statusArea
        && (event->type() == QEvent::ChildAdded || event->type() == QEvent::ChildRemoved))
        QTimer::singleShot(0, m_statusArea, [area = m_statusArea] {
            area->setVisible(!area->findChildren<QWidget *>(Qt::FindDirectChildrenOnly).isEmpty());
        });
    return QWidget::eventFilter(watched, event);
}

} // namespace gatehouse::ui
