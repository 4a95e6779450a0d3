// The chat's left column as a tree: two sections, "Rooms" and "Direct messages", holding the
// ChatClient's conversations by title (rooms by name, people by display name). Fed by the
// client's id-based signals, one row operation each: an insert, a removal, a move when a title
// changes its place, a dataChanged for unread counts, presence and archiving. The only reset is
// the client's `cleared` (another user signed in).
#pragma once

#include "core/client/ChatClient.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QPointer>
#include <QStringList>

namespace gatehouse::ui {

class ChatRoomsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Section { RoomsSection, DirectSection, SectionCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // the conversation key ("#room", "@username"); empty for sections
        IsSectionRole,
        UnreadRole, // int
        OnlineRole, // direct conversations: whether the other user is online
        ArchivedRole,
    };
    Q_ENUM(Role)

    explicit ChatRoomsModel(ChatClient *client, QObject *parent = nullptr);

    QModelIndex sectionIndex(Section section) const;
    // Where a conversation is listed; invalid when it is not.
    QModelIndex indexOf(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void onUpserted(const QString &key);
    void onRemoved(const QString &key);
    void onPresence(const QString &userId);
    void reload();
    static int sectionOf(const QString &key);
    // Where `key` belongs among the rows of `section` (ignoring its own row).
    int placeFor(int section, const QString &key) const;
    bool lessThan(const QString &a, const QString &b) const;
    QString sortTitle(const QString &key) const;

    QPointer<ChatClient> m_client;
    QStringList m_rows[SectionCount];
    // Drawn on first use: a QIcon needs the QGuiApplication.
    mutable QIcon m_online;
    mutable QIcon m_offline;
};

} // namespace gatehouse::ui
