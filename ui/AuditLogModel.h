// The audit log as a table, newest first, read page by page from gatehouse:audit with a filter
// (user, type, since). setFilter() starts over; loadMore() appends the next page, one row insert
// per page. Answers to an older filter are dropped, so typing in a filter box never mixes lists.
// Ids of actors and users are shown as names when the resolver knows them.
#pragma once

#include "core/client/ConsoleConnection.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace gatehouse::ui {

class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        TypeColumn,
        ActorColumn,
        UserColumn,
        AddressColumn,
        DetailsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // the entry's id (qint64)
        TypeRole, // the type as stored, e.g. "kick.user"
        UserIdRole,
        ActorIdRole,
        JsonRole, // the whole entry
    };
    Q_ENUM(Role)

    // Names for ids, e.g. from the console's feed; empty when unknown (the id is shown).
    using NameResolver = std::function<QString(const QString &userId)>;

    static constexpr int DefaultPageSize = 100;

    explicit AuditLogModel(ConsoleConnection *connection, QObject *parent = nullptr);

    void setNameResolver(NameResolver resolver) { m_resolve = std::move(resolver); }
    void setPageSize(int size) { m_pageSize = size; }

    const ConsoleConnection::AuditFilter &filter() const { return m_filter; }
    // Clears the list and reads the first page that matches.
    void setFilter(const ConsoleConnection::AuditFilter &filter);
    // Reads the first page again with the same filter.
    void reload() { setFilter(m_filter); }
    void loadMore();
    bool canLoadMore() const { return m_nextBeforeId > 0 && !m_loading; }
    bool isLoading() const { return m_loading; }
    // Why the last read failed, translated; empty after a success.
    const QString &errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A type as people read it ("kick.user" → "User kicked"); the type itself when unknown.
    static QString describeType(const QString &type);
    // The details of an entry in one line (reason, sockets, until, …).
    static QString describeDetails(const QJsonObject &details);
    // The types the filter offers.
    static QStringList knownTypes();

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A read finished; `error` is empty on success.
    void loaded(const QString &error);

private:
    struct Entry {
        qint64 id = 0;
        QDateTime at;
        QString type;
        QString actorId;
        QString userId;
        QString address;
        QJsonObject details;
        QJsonObject json;
    };

    void request(qint64 beforeId);
    void setLoading(bool loading);
    QString nameOf(const QString &userId) const;

    QPointer<ConsoleConnection> m_connection;
    ConsoleConnection::AuditFilter m_filter;
    NameResolver m_resolve;
    QList<Entry> m_entries;
    qint64 m_nextBeforeId = 0;
    int m_pageSize = DefaultPageSize;
    bool m_loading = false;
    quint64 m_generation = 0;
    QString m_error;
};

} // namespace gatehouse::ui
