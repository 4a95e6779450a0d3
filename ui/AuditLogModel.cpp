#include "AuditLogModel.h"

#include <QLocale>

namespace gatehouse::ui {

AuditLogModel::AuditLogModel(ConsoleConnection *connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection)
{
}

void AuditLogModel::setFilter(const ConsoleConnection::AuditFilter &filter)
{
    m_filter = filter;
    ++m_generation; // answers for the old filter are dropped
    if (!m_entries.isEmpty()) {
        beginRemoveRows({}, 0, int(m_entries.size()) - 1);
        m_entries.clear();
        endRemoveRows();
    }
    m_nextBeforeId = 0;
    request(0);
}

void AuditLogModel::loadMore()
{
    if (canLoadMore())
        request(m_nextBeforeId);
}

void AuditLogModel::request(qint64 beforeId)
{
    if (!m_connection)
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    m_connection->audit(m_filter, beforeId, m_pageSize, this,
                        [this, generation](Expected<ConsoleConnection::AuditPage, ConsoleError> page) {
                            if (generation != m_generation)
                                return;
                            if (!page) {
                                m_error = page.error().message;
                                setLoading(false);
                                Q_EMIT loaded(m_error);
                                return;
                            }
                            m_error.clear();
                            m_nextBeforeId = page->nextBeforeId;
                            if (!page->entries.isEmpty()) {
                                const int first = int(m_entries.size());
                                beginInsertRows({}, first, first + int(page->entries.size()) - 1);
                                for (const QJsonValue &value : std::as_const(page->entries)) {
                                    const QJsonObject json = value.toObject();
                                    m_entries.append(
                                        {qint64(json.value(QLatin1StringView("id")).toDouble()),
                                         QDateTime::fromString(json.value(QLatin1StringView("at")).toString(),
                                                               Qt::ISODateWithMs),
                                         json.value(QLatin1StringView("type")).toString(),
                                         json.value(QLatin1StringView("actorId")).toString(),
                                         json.value(QLatin1StringView("userId")).toString(),
                                         json.value(QLatin1StringView("address")).toString(),
                                         json.value(QLatin1StringView("details")).toObject(), json});
                                }
                                endInsertRows();
                            }
                            setLoading(false);
                            Q_EMIT loaded({});
                        });
}

void AuditLogModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QString AuditLogModel::nameOf(const QString &userId) const
{
    if (userId.isEmpty())
        return {};
    const QString name = m_resolve ? m_resolve(userId) : QString();
    return name.isEmpty() ? userId : name;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return entry.id;
    case TypeRole:
        return entry.type;
    case UserIdRole:
        return entry.userId;
    case ActorIdRole:
        return entry.actorId;
    case JsonRole:
        return entry.json;
    case Qt::ToolTipRole:
        if (index.column() == ActorColumn && !entry.actorId.isEmpty())
            return tr("User id: %1").arg(entry.actorId);
        if (index.column() == UserColumn && !entry.userId.isEmpty())
            return tr("User id: %1").arg(entry.userId);
        if (index.column() == TypeColumn)
            return entry.type;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case TypeColumn:
        return describeType(entry.type);
    case ActorColumn:
        // No actor: the server itself, or the local administrator working on the store.
        return entry.actorId.isEmpty() ? tr("(server)") : nameOf(entry.actorId);
    case UserColumn:
        return nameOf(entry.userId);
    case AddressColumn:
        return entry.address;
    case DetailsColumn:
        return describeDetails(entry.details);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Event");
    case ActorColumn:
        return tr("By");
    case UserColumn:
        return tr("User");
    case AddressColumn:
        return tr("Address");
    case DetailsColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

QStringList AuditLogModel::knownTypes()
{
    // docs/moderation.md, "Audit types".
    return {QStringLiteral("kick.socket"),
            QStringLiteral("kick.device"),
            QStringLiteral("kick.user"),
            QStringLiteral("user.suspended"),
            QStringLiteral("user.unsuspended"),
            QStringLiteral("user.suspension_ended"),
            QStringLiteral("user.role_changed"),
            QStringLiteral("user.created"),
            QStringLiteral("user.removed"),
            QStringLiteral("user.password_changed"),
            QStringLiteral("login.succeeded"),
            QStringLiteral("login.failed"),
            QStringLiteral("login.locked"),
            QStringLiteral("login.refused"),
            QStringLiteral("logout"),
            QStringLiteral("refresh_token.reused"),
            QStringLiteral("chat.room_created"),
            QStringLiteral("chat.room_archived"),
            QStringLiteral("admin_ui.join"),
            QStringLiteral("admin_ui.leave"),
            QStringLiteral("admin_ui.emit")};
}

QString AuditLogModel::describeType(const QString &type)
{
    static const QHash<QString, const char *> names {
        {QStringLiteral("kick.socket"), QT_TR_NOOP("Socket kicked")},
        {QStringLiteral("kick.device"), QT_TR_NOOP("Device kicked")},
        {QStringLiteral("kick.user"), QT_TR_NOOP("User kicked")},
        {QStringLiteral("user.suspended"), QT_TR_NOOP("Suspended")},
        {QStringLiteral("user.unsuspended"), QT_TR_NOOP("Unsuspended")},
        {QStringLiteral("user.suspension_ended"), QT_TR_NOOP("Suspension ended")},
        {QStringLiteral("user.role_changed"), QT_TR_NOOP("Role changed")},
        {QStringLiteral("user.created"), QT_TR_NOOP("User created")},
        {QStringLiteral("user.removed"), QT_TR_NOOP("User removed")},
        {QStringLiteral("user.password_changed"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("login.succeeded"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("login.failed"), QT_TR_NOOP("Sign-in failed")},
        {QStringLiteral("login.locked"), QT_TR_NOOP("Sign-in locked")},
        {QStringLiteral("login.refused"), QT_TR_NOOP("Sign-in refused")},
        {QStringLiteral("logout"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("refresh_token.reused"), QT_TR_NOOP("Refresh token reused")},
        {QStringLiteral("chat.room_created"), QT_TR_NOOP("Room created")},
        {QStringLiteral("chat.room_archived"), QT_TR_NOOP("Room archived")},
        {QStringLiteral("admin_ui.join"), QT_TR_NOOP("Admin UI: joined a room")},
        {QStringLiteral("admin_ui.leave"), QT_TR_NOOP("Admin UI: left a room")},
        {QStringLiteral("admin_ui.emit"), QT_TR_NOOP("Admin UI: sent an event")},
    };
    const auto found = names.constFind(type);
    return found == names.cend() ? type : tr(*found);
}

QString AuditLogModel::describeDetails(const QJsonObject &details)
{
    QStringList parts;
    if (const QString reason = details.value(QLatin1StringView("reason")).toString(); !reason.isEmpty())
        parts.append(tr("Reason: %1").arg(reason));
    if (const QJsonValue until = details.value(QLatin1StringView("until")); until.isString())
        parts.append(tr("Until %1")
                         .arg(QLocale().toString(
                             QDateTime::fromString(until.toString(), Qt::ISODateWithMs).toLocalTime(),
                             QLocale::ShortFormat)));
    if (const QJsonValue sockets = details.value(QLatin1StringView("sockets")); sockets.isDouble())
        parts.append(tr("%n socket(s)", nullptr, sockets.toInt()));
    if (const QString device = details.value(QLatin1StringView("deviceId")).toString(); !device.isEmpty())
        parts.append(tr("Device: %1").arg(device));
    if (const QString role = details.value(QLatin1StringView("role")).toString(); !role.isEmpty())
        parts.append(
            tr("Role: %1 → %2").arg(details.value(QLatin1StringView("previousRole")).toString(), role));
    return parts.join(QLatin1StringView(" · "));
}

} // namespace gatehouse::ui
