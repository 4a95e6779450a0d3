// The messages of one conversation, oldest first, as the ChatClient holds them: stored ones by
// id, then pending ones. Fed by the client's id-based signals, one row operation each: a page of
// older messages is one insert at the top, new messages one insert at the bottom (or where their
// id puts them), a pending message that was stored a dataChanged (and a move, in the rare case
// that its id puts it elsewhere). A reset only when the conversation changes or the client
// replaced its history (a gap after a long absence).
#pragma once

#include "core/client/ChatClient.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

namespace gatehouse::ui {

class ChatMessagesModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // the message's key in its conversation
        IdRole, // qint64; 0 while pending
        TextRole,
        SenderRole, // display name
        SenderUsernameRole,
        SenderIdRole,
        OwnRole, // bool: written by the signed-in user (on any device)
        TimeRole, // QDateTime, local time
        DateRole, // QDate, local: the view draws a day separator where it changes
        StateRole, // int: ChatEntry::State
        ErrorRole, // why it failed
    };
    Q_ENUM(Role)

    explicit ChatMessagesModel(ChatClient *client, QObject *parent = nullptr);

    void setConversation(const QString &key);
    const QString &conversation() const { return m_conversation; }
    // The row of a message; -1 when it is not listed.
    int rowOf(const QString &entryKey) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onInserted(const QString &conversation, const QStringList &entryKeys);
    void onChanged(const QString &conversation, const QString &entryKey);
    void onRemoved(const QString &conversation, const QString &entryKey);
    void reload();
    const ChatEntry *entryAt(int row) const;
    qint64 sortKeyOf(const QString &entryKey) const;
    // The first row whose message sorts after `sortKey`.
    int placeFor(qint64 sortKey) const;

    QPointer<ChatClient> m_client;
    QString m_conversation;
    QStringList m_rows;
};

} // namespace gatehouse::ui
