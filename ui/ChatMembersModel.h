// Who is in the conversation shown: for a room, the members the ChatClient knows of (those online
// when it joined, and everyone who wrote there), by display name; for direct messages, the other
// user. Each row says whether they are online and on how many devices. Fed by the client's
// id-based signals: memberAdded inserts a row, presenceChanged changes one.
#pragma once

#include "core/client/ChatClient.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QPointer>
#include <QStringList>

namespace gatehouse::ui {

class ChatMembersModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        UsernameRole,
        OnlineRole, // bool
        DevicesRole, // int: devices online
    };
    Q_ENUM(Role)

    explicit ChatMembersModel(ChatClient *client, QObject *parent = nullptr);

    void setConversation(const QString &key);
    const QString &conversation() const { return m_conversation; }
    int rowOf(const QString &userId) const { return int(m_rows.indexOf(userId)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onMemberAdded(const QString &conversation, const QString &userId);
    void onPresence(const QString &userId);
    void onConversation(const QString &key);
    void reload();
    QStringList members() const;
    bool lessThan(const QString &a, const QString &b) const;
    int placeFor(const QString &userId) const;

    QPointer<ChatClient> m_client;
    QString m_conversation;
    QStringList m_rows; // user ids; for a peer whose id is not known yet, "@" + username
    // Drawn on first use: a QIcon needs the QGuiApplication.
    mutable QIcon m_online;
    mutable QIcon m_offline;
};

} // namespace gatehouse::ui
