#include "UserDetailPane.h"

#include "AuditLogModel.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/ConsoleFeed.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

QString timeText(const QJsonValue &value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

UserDetailPane::UserDetailPane(ConsoleConnection *connection, ConsoleFeed *feed, QWidget *parent)
    : QWidget(parent),
      m_connection(connection),
      m_feed(feed),
      m_title(new QLabel(this)),
      m_placeholder(new QLabel(tr("Select a user to see their devices, sockets, suspension and recent "
                                  "moderation."),
                               this)),
      m_body(new QWidget(this)),
      m_role(valueLabel(m_body)),
      m_status(valueLabel(m_body)),
      m_lastLogin(valueLabel(m_body)),
      m_created(valueLabel(m_body)),
      m_error(valueLabel(m_body)),
      m_devices(new QTreeWidget(m_body)),
      m_audit(new QTreeWidget(m_body))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Last sign-in:"), m_lastLogin);
    form->addRow(tr("Account created:"), m_created);

    m_devices->setHeaderLabels({tr("Device / socket"), tr("Transport"), tr("Address")});
    m_devices->setRootIsDecorated(true);
    m_devices->setUniformRowHeights(true);
    m_audit->setHeaderLabels({tr("Time"), tr("Event"), tr("Details")});
    m_audit->setRootIsDecorated(false);
    m_audit->setUniformRowHeights(true);
    m_audit->header()->setStretchLastSection(true);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins({});
    bodyLayout->addLayout(form);
    bodyLayout->addWidget(m_error);
    bodyLayout->addWidget(new QLabel(tr("Devices and sockets"), m_body));
    bodyLayout->addWidget(m_devices, 1);
    bodyLayout->addWidget(new QLabel(tr("Recent moderation and sign-ins"), m_body));
    bodyLayout->addWidget(m_audit, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);
    setUserId({});

    if (m_feed) {
        const auto touched = [this](const QString &userId) {
            if (userId == m_userId)
                m_liveDirty = true;
        };
        connect(m_feed, &ConsoleFeed::userUpserted, this, touched);
        connect(m_feed, &ConsoleFeed::userRemoved, this, touched);
        connect(m_feed, &ConsoleFeed::deviceUpserted, this, touched);
        connect(m_feed, &ConsoleFeed::deviceRemoved, this, touched);
        connect(m_feed, &ConsoleFeed::socketUpserted, this, touched);
        connect(m_feed, &ConsoleFeed::socketRemoved, this, touched);
        connect(m_feed, &ConsoleFeed::resynced, this, [this] { m_liveDirty = true; });
        connect(m_feed, &ConsoleFeed::changesApplied, this, [this] {
            if (std::exchange(m_liveDirty, false))
                refreshLive();
        });
        connect(m_feed, &ConsoleFeed::resynced, this, &UserDetailPane::refreshLive);
    }
    if (m_connection) {
        connect(m_connection, &ConsoleConnection::accountChanged, this, [this](const QJsonObject &account) {
            if (account.value(QLatin1StringView("id")).toString() == m_userId)
                reloadAccount(); // also brings the new audit entry
        });
    }
}

void UserDetailPane::setUserId(const QString &userId)
{
    m_userId = userId;
    m_title->clear();
    m_placeholder->setVisible(userId.isEmpty());
    m_body->setVisible(!userId.isEmpty());
    m_title->setVisible(!userId.isEmpty());
    m_role->clear();
    m_status->clear();
    m_lastLogin->clear();
    m_created->clear();
    m_error->clear();
    m_error->hide();
    m_audit->clear();
    refreshLive();
    if (!userId.isEmpty())
        reloadAccount();
}

void UserDetailPane::reloadAccount()
{
    if (m_userId.isEmpty() || !m_connection)
        return;
    const quint64 generation = ++m_generation;
    m_connection->account(
        m_userId, this, [this, generation](Expected<ConsoleConnection::AccountDetail, ConsoleError> detail) {
            if (generation != m_generation)
                return; // another user was selected meanwhile
            if (!detail) {
                m_error->setText(detail.error().message);
                m_error->show();
                Q_EMIT accountLoaded(detail.error().message);
                return;
            }
            m_error->hide();
            showAccount(detail->account);
            showAudit(detail->recentAudit);
            Q_EMIT accountLoaded({});
        });
}

void UserDetailPane::showAccount(const QJsonObject &account)
{
    if (account.isEmpty()) {
        // Known only from an identity provider's tokens: no stored account.
        m_status->setText(tr("Online (no account on this server)"));
        m_lastLogin->setText(tr("Unknown"));
        m_created->setText(tr("Unknown"));
        return;
    }
    const QString username = account.value(QLatin1StringView("username")).toString();
    const QString display = account.value(QLatin1StringView("displayName")).toString();
    m_title->setText(display.isEmpty() || display == username ? username
                                                              : tr("%1 (%2)").arg(username, display));
    const QString role = account.value(QLatin1StringView("role")).toString();
    m_role->setText(role == QLatin1StringView("admin")           ? tr("Admin")
                        : role == QLatin1StringView("moderator") ? tr("Moderator")
                                                                 : tr("User"));
    if (account.value(QLatin1StringView("status")).toString() == QLatin1StringView("suspended")) {
        const QString until = timeText(account.value(QLatin1StringView("suspendedUntil")));
        const QString reason = account.value(QLatin1StringView("suspendedReason")).toString();
        m_status->setText(
            (until.isEmpty() ? tr("Suspended until lifted") : tr("Suspended until %1").arg(until))
            + (reason.isEmpty() ? QString() : QLatin1Char('\n') + tr("Reason: %1").arg(reason)));
    } else {
        m_status->setText(tr("Active"));
    }
    const QString lastLogin = timeText(account.value(QLatin1StringView("lastLoginAt")));
    m_lastLogin->setText(lastLogin.isEmpty() ? tr("Never") : lastLogin);
    m_created->setText(timeText(account.value(QLatin1StringView("createdAt"))));
}

void UserDetailPane::showAudit(const QJsonArray &entries)
{
    m_audit->clear();
    QList<QTreeWidgetItem *> items;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        auto *item = new QTreeWidgetItem(
            {timeText(entry.value(QLatin1StringView("at"))),
             AuditLogModel::describeType(entry.value(QLatin1StringView("type")).toString()),
             AuditLogModel::describeDetails(entry.value(QLatin1StringView("details")).toObject())});
        item->setData(0, Qt::UserRole, entry.value(QLatin1StringView("type")).toString());
        items.append(item);
    }
    m_audit->addTopLevelItems(items);
    if (items.isEmpty())
        m_audit->addTopLevelItem(new QTreeWidgetItem({QString(), tr("Nothing recorded yet")}));
}

void UserDetailPane::refreshLive()
{
    m_devices->clear();
    if (m_userId.isEmpty() || !m_feed)
        return;
    const ConsoleState &state = m_feed->state();
    const ConsoleState::UserEntry *user = state.user(m_userId);
    if (user && m_title->text().isEmpty())
        m_title->setText(user->info.username.isEmpty() ? m_userId : user->info.username);
    if (!user || !user->online) {
        m_devices->addTopLevelItem(new QTreeWidgetItem({tr("Not connected")}));
        return;
    }
    QStringList deviceIds = state.deviceIds(m_userId);
    deviceIds.sort();
    for (const QString &deviceId : std::as_const(deviceIds)) {
        const DeviceInfo *device = state.device(m_userId, deviceId);
        auto *item = new QTreeWidgetItem(
            {device->platform.isEmpty()
                 ? (device->name.isEmpty() ? device->id : device->name)
                 : tr("%1 (%2)").arg(device->name.isEmpty() ? device->id : device->name, device->platform),
             QString(), device->address});
        QStringList socketIds = state.socketIds(m_userId, deviceId);
        socketIds.sort();
        for (const QString &socketId : std::as_const(socketIds)) {
            const SocketInfo *socket = state.socket(socketId);
            item->addChild(new QTreeWidgetItem(
                {tr("%1 · %2").arg(socket->nsp, socket->id), socket->transport, socket->address}));
        }
        m_devices->addTopLevelItem(item);
        item->setExpanded(true);
    }
}

QString UserDetailPane::statusText() const
{
    return m_status->text();
}

QString UserDetailPane::lastLoginText() const
{
    return m_lastLogin->text();
}

} // namespace gatehouse::ui
