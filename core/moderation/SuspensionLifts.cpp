#include "SuspensionLifts.h"

#include "core/store/Store.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimerEvent>

Q_LOGGING_CATEGORY(lcSuspensionLifts, "gatehouse.moderation", QtInfoMsg)

namespace gatehouse {

namespace {

// Re-checked at least this often, so a changed system clock cannot delay a lift for long.
constexpr qint64 MaximumLiftWaitMs = 60 * 60 * 1000;

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

SuspensionLifts::SuspensionLifts(Store &store, const Clock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock)
{
}

void SuspensionLifts::liftEnded()
{
    auto users = m_store.users().list();
    if (!users) {
        qCWarning(lcSuspensionLifts) << "cannot read the accounts to lift ended suspensions:"
                                     << users.error();
        m_timer.start(60'000, this); // try again later
        return;
    }
    const QDateTime now = m_clock->now();
    for (const User &user : std::as_const(*users)) {
        if (user.status != UserStatus::Suspended || !user.suspendedUntil.isValid()
            || user.suspendedUntil > now)
            continue;
        const auto done = m_store.database().transaction([&]() -> Expected<void, QString> {
            if (auto changed = m_store.users().unsuspend(user.id); !changed)
                return unexpected(changed.error());
            auto entry = m_store.audit().append(QStringLiteral("user.suspension_ended"), QString(), user.id,
                                                QString(),
                                                {{QStringLiteral("reason"), user.suspendedReason},
                                                 {QStringLiteral("until"), timeOrNull(user.suspendedUntil)}});
            if (!entry)
                return unexpected(entry.error());
            return {};
        });
        if (!done) {
            qCWarning(lcSuspensionLifts) << "cannot lift the suspension of" << user.id << ":" << done.error();
            continue;
        }
        qCInfo(lcSuspensionLifts) << "the suspension of user" << user.id << "ended";
        Q_EMIT lifted(user.id);
    }
    reschedule();
}

void SuspensionLifts::reschedule()
{
    auto users = m_store.users().list();
    if (!users)
        return;
    const QDateTime now = m_clock->now();
    qint64 wait = -1;
    for (const User &user : std::as_const(*users)) {
        if (user.status == UserStatus::Suspended && user.suspendedUntil.isValid()) {
            const qint64 ms = qMax<qint64>(0, now.msecsTo(user.suspendedUntil));
            wait = wait < 0 ? ms : qMin(wait, ms);
        }
    }
    if (wait < 0) {
        m_timer.stop();
        return;
    }
    // A little late rather than early: the store compares with "until > now".
    m_timer.start(int(qMin(wait + 50, MaximumLiftWaitMs)), this);
}

void SuspensionLifts::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_timer.timerId()) {
        m_timer.stop();
        liftEnded();
        return;
    }
    QObject::timerEvent(event);
}

} // namespace gatehouse
