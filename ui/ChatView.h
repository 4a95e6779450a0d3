// The chat's content, for a window to host: on the left the conversations (rooms, then direct
// messages; "Join room…" and "New message…" below them) and the connection's state; in the
// centre the conversation shown, its title and topic, its messages (older ones load when scrolled
// to the top) and the composer; on the right who is there, online or not. Above everything an
// empty status area the host fills (a sign-in notice, a banner).
//
// Everything goes through a ChatClient; nothing here knows the protocol or waits: dialogs are
// opened with open() and answered through signals.
#pragma once

#include "core/client/ChatClient.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QTreeView;

namespace gatehouse::ui {

class ChatComposer;
class ChatMessageList;
class ChatMembersModel;
class ChatMessagesModel;
class ChatRoomsModel;
class ConnectionStatusLabel;

class ChatView : public QWidget {
    Q_OBJECT

public:
    explicit ChatView(ChatClient *client, QWidget *parent = nullptr);
    ~ChatView() override;

    ChatClient *client() const { return m_client; }
    // A container above the chat (QVBoxLayout, empty and hidden until the host adds a widget).
    QWidget *statusArea() const { return m_statusArea; }
    QString currentConversation() const;
    void openConversation(const QString &key);

    // The parts, for the host's menus and for tests.
    QTreeView *conversationList() const { return m_conversations; }
    ChatMessageList *messageList() const { return m_messages; }
    QListView *memberList() const { return m_members; }
    ChatComposer *composer() const { return m_composer; }
    ConnectionStatusLabel *statusLabel() const { return m_status; }
    QLabel *titleLabel() const { return m_title; }
    // Shows what went wrong (a room that cannot be joined, an unknown user) for a while.
    QLabel *noticeLabel() const { return m_notice; }
    QAction *joinRoomAction() const { return m_joinRoom; }
    QAction *newMessageAction() const { return m_newMessage; }
    QAction *leaveRoomAction() const { return m_leaveRoom; }

Q_SIGNALS:
    void currentConversationChanged(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildSidebar();
    QWidget *buildConversationPane();
    QWidget *buildMembersPane();
    void createActions();
    void askJoinRoom();
    void askNewMessage();
    void leaveCurrentRoom();
    void onCurrentChanged();
    void onConversationUpserted(const QString &key);
    void onConversationsInserted();
    void updateHeader();
    void send(const QString &text);
    void retryAt(const QModelIndex &index);
    void showNotice(const QString &message);
    void stepConversation(int step);

    QPointer<ChatClient> m_client;
    ChatRoomsModel *m_roomsModel;
    ChatMessagesModel *m_messagesModel;
    ChatMembersModel *m_membersModel;
    QWidget *m_statusArea = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_sized = false; // the columns got their first widths
    QTreeView *m_conversations = nullptr;
    ConnectionStatusLabel *m_status = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_topic = nullptr;
    QPushButton *m_older = nullptr;
    ChatMessageList *m_messages = nullptr;
    QLabel *m_notice = nullptr;
    ChatComposer *m_composer = nullptr;
    QLabel *m_membersTitle = nullptr;
    QListView *m_members = nullptr;
    QAction *m_joinRoom = nullptr;
    QAction *m_newMessage = nullptr;
    QAction *m_leaveRoom = nullptr;
    QString m_current;
};

} // namespace gatehouse::ui
