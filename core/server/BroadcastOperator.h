// Selects sockets of a namespace by room (to/in), minus rooms (except), and acts on all of
// them: emit (encoded once, the same bytes written to every socket), fetch, join, leave,
// disconnect.
#pragma once

#include "core/protocol/Argument.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

namespace gatehouse {

class Namespace;
class Socket;

class BroadcastOperator {
public:
    explicit BroadcastOperator(Namespace *nsp, QSet<QString> rooms = {}, QSet<QString> exceptRooms = {});

    BroadcastOperator to(const QString &room) const;
    BroadcastOperator in(const QString &room) const { return to(room); }
    BroadcastOperator except(const QString &room) const;

    // Returns false for reserved event names.
    bool emit(const QString &event, const Arguments &args = {}) const;
    QList<Socket *> fetchSockets() const;
    void socketsJoin(const QString &room) const;
    void socketsLeave(const QString &room) const;
    void disconnectSockets(bool closeConnection = false) const;

    const QSet<QString> &rooms() const { return m_rooms; }
    const QSet<QString> &exceptRooms() const { return m_except; }

private:
    QPointer<Namespace> m_nsp;
    QSet<QString> m_rooms;
    QSet<QString> m_except;
};

} // namespace gatehouse
