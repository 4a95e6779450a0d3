#include "PendingAcks.h"

#include <QTimerEvent>

namespace gatehouse {

void PendingAcks::add(quint64 id, QObject *context, Callback callback, int timeoutMs)
{
    const int timerId = startTimer(timeoutMs, Qt::PreciseTimer);
    m_entries.insert(id, Entry {context, std::move(callback), timerId});
    m_idsByTimer.insert(timerId, id);
}

void PendingAcks::call(const Entry &entry, Expected<Arguments, QString> result)
{
    if (entry.context && entry.callback)
        entry.callback(std::move(result));
}

bool PendingAcks::resolve(quint64 id, const Arguments &args)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return false;
    const Entry entry = std::move(it.value());
    m_entries.erase(it);
    killTimer(entry.timerId);
    m_idsByTimer.remove(entry.timerId);
    call(entry, args);
    return true;
}

void PendingAcks::failAll(const QString &error)
{
    const auto entries = std::exchange(m_entries, {});
    m_idsByTimer.clear();
    for (const Entry &entry : entries) {
        killTimer(entry.timerId);
        call(entry, unexpected(error));
    }
}

void PendingAcks::timerEvent(QTimerEvent *event)
{
    const auto id = m_idsByTimer.find(event->timerId());
    if (id == m_idsByTimer.end()) {
        QObject::timerEvent(event);
        return;
    }
    killTimer(event->timerId());
    const auto entry = m_entries.find(id.value());
    m_idsByTimer.erase(id);
    if (entry == m_entries.end())
        return;
    const Entry timedOut = std::move(entry.value());
    m_entries.erase(entry);
    call(timedOut, unexpected(QStringLiteral("operation has timed out")));
}

} // namespace gatehouse
