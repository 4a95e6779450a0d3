// Room membership of one namespace, kept both ways so that joins, leaves and lookups are O(1)
// per socket and room. Broadcast target selection lives here so that a scale-out adapter can
// replace it.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace gatehouse {

class Socket;

class Adapter {
public:
    // Each returns what changed: whether the socket joined or left, the rooms it left.
    bool add(Socket *socket, const QString &room);
    bool remove(Socket *socket, const QString &room);
    QSet<QString> removeAll(Socket *socket);

    QSet<QString> rooms(Socket *socket) const { return m_socketRooms.value(socket); }
    QSet<Socket *> members(const QString &room) const { return m_rooms.value(room); }
    QList<QString> allRooms() const { return m_rooms.keys(); }

    // Sockets in any of `rooms` (all of `everyone` when `rooms` is empty) and in none of `except`.
    QList<Socket *> select(const QList<Socket *> &everyone, const QSet<QString> &rooms,
                           const QSet<QString> &except) const;

private:
    QHash<QString, QSet<Socket *>> m_rooms;
    QHash<Socket *, QSet<QString>> m_socketRooms;
};

} // namespace gatehouse
