#include "ChangeFeed.h"

#include "SessionRegistry.h"
#include "core/server/Socket.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimerEvent>

#include <algorithm>

namespace gatehouse {

ChangeFeed::ChangeFeed(SessionRegistry &registry, Socket *adminSocket, int maxBatchesPerSecond,
                       AccountLookup accounts)
    : QObject(adminSocket),
      m_registry(registry),
      m_accounts(std::move(accounts)),
      m_socket(adminSocket),
      m_intervalMs(1000 / qBound(1, maxBatchesPerSecond, 100))
{
    connect(&registry, &SessionRegistry::userAdded, this, [this](const QString &id) {
        mark({Kind::User, id, {}, {}});
    });
    connect(&registry, &SessionRegistry::userChanged, this, [this](const QString &id) {
        mark({Kind::User, id, {}, {}});
    });
    connect(&registry, &SessionRegistry::userRemoved, this, [this](const QString &id) {
        mark({Kind::User, id, {}, {}});
    });
    const auto device = [this](const QString &userId, const QString &deviceId) {
        mark({Kind::Device, userId, deviceId, {}});
    };
    connect(&registry, &SessionRegistry::deviceAdded, this, device);
    connect(&registry, &SessionRegistry::deviceChanged, this, device);
    connect(&registry, &SessionRegistry::deviceRemoved, this, device);
    const auto socket = [this](const QString &socketId) {
        const auto info = m_registry.socket(socketId);
        if (info && !info->userId.isEmpty())
            mark({Kind::Socket, info->userId, info->deviceId, socketId});
    };
    connect(&registry, &SessionRegistry::socketAdded, this, socket);
    connect(&registry, &SessionRegistry::socketChanged, this, socket);
    connect(&registry, &SessionRegistry::socketRemoved, this,
            [this](const SocketInfo &info, const QString &) {
                if (!info.userId.isEmpty())
                    mark({Kind::Socket, info.userId, info.deviceId, info.id});
            });
}

void ChangeFeed::markAccount(const QString &userId)
{
    if (m_accounts)
        mark({Kind::Account, userId, {}, {}});
}

void ChangeFeed::mark(const Key &key)
{
    if (!m_pending.contains(key))
        m_pending.insert(key, m_sequence++);
    if (m_timer.isActive())
        return;
    // The first change after a quiet spell goes out at once; then at most one batch per interval.
    const qint64 sinceLast = QDateTime::currentMSecsSinceEpoch() - m_lastFlushMs;
    m_timer.start(int(qBound(qint64(0), qint64(m_intervalMs) - sinceLast, qint64(m_intervalMs))), this);
}

void ChangeFeed::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    flush();
    if (!m_pending.isEmpty())
        m_timer.start(m_intervalMs, this);
}

void ChangeFeed::flush()
{
    if (!m_socket || !m_socket->isConnected() || m_pending.isEmpty())
        return;
    QList<std::pair<int, Key>> ordered;
    ordered.reserve(m_pending.size());
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        ordered.append({it.value(), it.key()});
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    if (ordered.size() > MaximumChangesPerBatch)
        ordered.resize(MaximumChangesPerBatch);

    QJsonArray changes;
    for (const auto &[order, key] : std::as_const(ordered)) {
        m_pending.remove(key);
        QJsonObject change;
        QJsonObject data;
        switch (key.kind) {
        case Kind::User:
            change.insert(QStringLiteral("kind"), QStringLiteral("user"));
            change.insert(QStringLiteral("id"), key.userId);
            if (const auto user = m_registry.user(key.userId))
                data = user->toJson();
            break;
        case Kind::Device:
            change.insert(QStringLiteral("kind"), QStringLiteral("device"));
            change.insert(QStringLiteral("id"), key.deviceId);
            change.insert(QStringLiteral("userId"), key.userId);
            if (const auto device = m_registry.device(key.userId, key.deviceId))
                data = device->toJson();
            break;
        case Kind::Socket:
            change.insert(QStringLiteral("kind"), QStringLiteral("socket"));
            change.insert(QStringLiteral("id"), key.socketId);
            change.insert(QStringLiteral("userId"), key.userId);
            change.insert(QStringLiteral("deviceId"), key.deviceId);
            if (const auto socket = m_registry.socket(key.socketId))
                data = socket->toJson();
            break;
        case Kind::Account:
            change.insert(QStringLiteral("kind"), QStringLiteral("account"));
            change.insert(QStringLiteral("id"), key.userId);
            data = m_accounts(key.userId);
            break;
        }
        change.insert(QStringLiteral("op"),
                      data.isEmpty() ? QStringLiteral("remove") : QStringLiteral("upsert"));
        if (!data.isEmpty())
            change.insert(QStringLiteral("data"), data);
        changes.append(change);
    }
    m_lastFlushMs = QDateTime::currentMSecsSinceEpoch();
    ++m_batches;
    m_socket->emit(QStringLiteral("gatehouse:changes"), {changes});
}

} // namespace gatehouse
