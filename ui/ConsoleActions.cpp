#include "ConsoleActions.h"

#include "KickDialog.h"
#include "SuspendDialog.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/ConsoleFeed.h"

#include <QAction>
#include <QIcon>
#include <QLocale>
#include <QWidget>

namespace gatehouse::ui {

using Kind = ConnectionsModel::Kind;

ConsoleActions::ConsoleActions(ConsoleConnection *connection, ConsoleFeed *feed, QWidget *dialogParent)
    : QObject(dialogParent),
      m_connection(connection),
      m_feed(feed),
      m_dialogParent(dialogParent),
      m_kick(new QAction(QIcon::fromTheme(QStringLiteral("network-disconnect")), tr("&Kick…"), this)),
      m_suspend(new QAction(QIcon::fromTheme(QStringLiteral("action-unavailable")), tr("&Suspend…"), this)),
      m_unsuspend(new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Unsuspend"), this)),
      m_showAudit(new QAction(QIcon::fromTheme(QStringLiteral("document-open-recent")),
                              tr("Show in &Audit Log"), this))
{
    // Shortcuts (docs/moderation.md, "The console"): the keys of a file manager's "delete" and
    // two chords that nothing else in the window uses.
    m_kick->setShortcut(QKeySequence::Delete);
    m_suspend->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_unsuspend->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_showAudit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    for (QAction *action : actions()) {
        // Only while the console has focus: the main window around it has shortcuts of its own.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        dialogParent->addAction(action);
    }
    connect(m_kick, &QAction::triggered, this, &ConsoleActions::kick);
    connect(m_suspend, &QAction::triggered, this, &ConsoleActions::suspend);
    connect(m_unsuspend, &QAction::triggered, this, &ConsoleActions::unsuspend);
    connect(m_showAudit, &QAction::triggered, this,
            [this] { Q_EMIT showAuditRequested(usernameOf(m_target.userId)); });
    if (m_connection) {
        connect(m_connection, &ConsoleConnection::capabilitiesChanged, this, &ConsoleActions::updateState);
        connect(m_connection, &ConsoleConnection::signedInUserChanged, this, &ConsoleActions::updateState);
    }
    if (m_feed) {
        // A batch may suspend, unsuspend or remove the target: once per batch, not per change.
        connect(m_feed, &ConsoleFeed::changesApplied, this, &ConsoleActions::updateState);
        connect(m_feed, &ConsoleFeed::resynced, this, &ConsoleActions::updateState);
    }
    updateState();
}

QList<QAction *> ConsoleActions::actions() const
{
    return {m_kick, m_suspend, m_unsuspend, m_showAudit};
}

void ConsoleActions::setTarget(const Target &target)
{
    m_target = target;
    updateState();
}

QString ConsoleActions::usernameOf(const QString &userId) const
{
    const ConsoleState::UserEntry *user = m_feed ? m_feed->state().user(userId) : nullptr;
    return user && !user->info.username.isEmpty() ? user->info.username : userId;
}

QString ConsoleActions::describe(const Target &target) const
{
    const ConsoleState *state = m_feed ? &m_feed->state() : nullptr;
    const ConsoleState::UserEntry *user = state ? state->user(target.userId) : nullptr;
    QString who = usernameOf(target.userId);
    if (user && !user->info.displayName.isEmpty() && user->info.displayName != user->info.username)
        who = tr("%1 (%2)").arg(who, user->info.displayName);
    switch (target.kind) {
    case Kind::User:
        return who;
    case Kind::Device: {
        const DeviceInfo *device = state ? state->device(target.userId, target.deviceId) : nullptr;
        QString name = device && !device->name.isEmpty() ? device->name : target.deviceId;
        if (device && !device->platform.isEmpty())
            name = tr("%1 (%2)").arg(name, device->platform);
        return tr("%1 of %2").arg(name, who);
    }
    case Kind::Socket: {
        const SocketInfo *socket = state ? state->socket(target.socketId) : nullptr;
        return tr("%1 of %2").arg(socket ? tr("%1 · %2").arg(socket->nsp, socket->id) : target.socketId, who);
    }
    }
    return who;
}

QString ConsoleActions::refusalFor(const QString &userId) const
{
    const ConsoleState::UserEntry *user = m_feed ? m_feed->state().user(userId) : nullptr;
    if (m_connection && user && !m_connection->mayActOn(user->info.role))
        return tr("Moderators cannot act on admins; ask an admin.");
    return {};
}

void ConsoleActions::updateState()
{
    const ConsoleState::UserEntry *user
        = m_feed && !m_target.userId.isEmpty() ? m_feed->state().user(m_target.userId) : nullptr;
    const bool connected = m_connection && m_connection->isConnected();
    const QString refusal = user ? refusalFor(m_target.userId) : QString();
    const auto can = [this](ConsoleConnection::Capability capability) {
        return m_connection && m_connection->can(capability);
    };
    const ConsoleConnection::Capability kickCapability = m_target.kind == Kind::Socket
        ? ConsoleConnection::Capability::KickSocket
        : (m_target.kind == Kind::Device ? ConsoleConnection::Capability::KickDevice
                                         : ConsoleConnection::Capability::KickUser);
    const bool self = m_connection && user
        && m_connection->signedInUser().value(QLatin1StringView("id")).toString() == m_target.userId;

    m_kick->setEnabled(connected && user && user->online && refusal.isEmpty() && can(kickCapability));
    m_suspend->setEnabled(connected && user && !user->suspended && !self && refusal.isEmpty()
                          && can(ConsoleConnection::Capability::Suspend));
    m_unsuspend->setEnabled(connected && user && user->suspended && refusal.isEmpty()
                            && can(ConsoleConnection::Capability::Suspend));
    m_showAudit->setEnabled(user && can(ConsoleConnection::Capability::Audit));

    // Say why an action is greyed out where it matters most: on its tool tip.
    const QString kickWhat = m_target.kind == Kind::Socket
        ? tr("Disconnect the selected socket")
        : (m_target.kind == Kind::Device ? tr("Disconnect the selected device")
                                         : tr("Disconnect the selected user"));
    m_kick->setToolTip(refusal.isEmpty() ? kickWhat : refusal);
    m_suspend->setToolTip(!refusal.isEmpty() ? refusal
                                             : (self ? tr("You cannot suspend yourself.")
                                                     : tr("Keep the selected user out for a while")));
    m_unsuspend->setToolTip(refusal.isEmpty() ? tr("Let the selected user back in") : refusal);
}

void ConsoleActions::report(const QString &message, bool error)
{
    Q_EMIT finished(message, error);
}

void ConsoleActions::kick()
{
    if (!m_kick->isEnabled() || m_target.userId.isEmpty())
        return;
    const Target target = m_target; // the selection may move while the dialog is open
    const KickDialog::Target kind = target.kind == Kind::Socket
        ? KickDialog::Target::Socket
        : (target.kind == Kind::Device ? KickDialog::Target::Device : KickDialog::Target::User);
    const QString what = describe(target);
    auto *dialog = new KickDialog(kind, what, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, target, what] {
        const QString reason = dialog->reason();
        Q_EMIT started(tr("Kicking %1…").arg(what));
        const auto done = [this, what](Expected<ConsoleConnection::KickResult, ConsoleError> result) {
            if (!result)
                report(tr("Could not kick %1: %2").arg(what, result.error().message), true);
            else if (!result->confirmed)
                report(tr("Asked the server to disconnect %1.").arg(what), false);
            else
                report(tr("Kicked %1: %n socket(s) disconnected.", nullptr, result->sockets).arg(what),
                       false);
        };
        if (!m_connection)
            return;
        if (target.kind == Kind::Socket) {
            // The namespace, for servers whose command needs it (@socket.io/admin-ui).
            const SocketInfo *socket = m_feed ? m_feed->state().socket(target.socketId) : nullptr;
            m_connection->kickSocket(socket ? socket->nsp : QString(), target.socketId, reason, this, done);
        } else if (target.kind == Kind::Device)
            m_connection->kickDevice(target.userId, target.deviceId, reason, this, done);
        else
            m_connection->kickUser(target.userId, reason, this, done);
    });
    dialog->open();
}

void ConsoleActions::suspend()
{
    if (!m_suspend->isEnabled() || m_target.userId.isEmpty())
        return;
    const QString userId = m_target.userId;
    const QString who = describe({Kind::User, userId, {}, {}});
    auto *dialog = new SuspendDialog(who, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, userId, who] {
        if (!m_connection)
            return;
        Q_EMIT started(tr("Suspending %1…").arg(who));
        m_connection->suspend(
            userId, dialog->suspension(), this, [this, who](Expected<QJsonObject, ConsoleError> account) {
                if (!account) {
                    report(tr("Could not suspend %1: %2").arg(who, account.error().message), true);
                    return;
                }
                if (m_feed)
                    m_feed->applyAccount(*account); // the badge at once
                const QDateTime until = QDateTime::fromString(
                    account->value(QLatin1StringView("suspendedUntil")).toString(), Qt::ISODateWithMs);
                report(until.isValid()
                           ? tr("Suspended %1 until %2.")
                                 .arg(who, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))
                           : tr("Suspended %1 until lifted.").arg(who),
                       false);
            });
    });
    dialog->open();
}

void ConsoleActions::unsuspend()
{
    if (!m_unsuspend->isEnabled() || !m_connection)
        return;
    // Letting someone back in needs no confirmation: it is undone by suspending again.
    const QString userId = m_target.userId;
    const QString who = describe({Kind::User, userId, {}, {}});
    Q_EMIT started(tr("Unsuspending %1…").arg(who));
    m_connection->unsuspend(userId, this, [this, who](Expected<QJsonObject, ConsoleError> account) {
        if (!account) {
            report(tr("Could not unsuspend %1: %2").arg(who, account.error().message), true);
            return;
        }
        if (m_feed)
            m_feed->applyAccount(*account);
        report(tr("%1 may sign in again.").arg(who), false);
    });
}

} // namespace gatehouse::ui
