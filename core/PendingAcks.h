// Acknowledgements we are waiting for, on either side of a connection: each has a callback
// (dropped if its context object is gone), a timeout, and fails when the socket goes away.
// Used by the server's Socket and the client's ClientSocket alike.
#pragma once

#include "core/Expected.h"
#include "core/protocol/Argument.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace gatehouse {

class PendingAcks : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(Expected<Arguments, QString> result)>;

    explicit PendingAcks(QObject *parent = nullptr) : QObject(parent) { }

    void add(quint64 id, QObject *context, Callback callback, int timeoutMs);
    // Calls the callback for `id` with the peer's arguments; false for an unknown id (a late or
    // unrequested ack, which the reference implementations ignore too).
    bool resolve(quint64 id, const Arguments &args);
    // Calls every callback with `error` (e.g. the socket disconnected) and forgets them.
    void failAll(const QString &error);
    qsizetype size() const { return m_entries.size(); }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Entry {
        QPointer<QObject> context;
        Callback callback;
        int timerId = 0;
    };
    static void call(const Entry &entry, Expected<Arguments, QString> result);

    QHash<quint64, Entry> m_entries;
    QHash<int, quint64> m_idsByTimer; // finds a timed-out ack without scanning
};

} // namespace gatehouse
