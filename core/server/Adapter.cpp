#include "Adapter.h"

namespace gatehouse {

bool Adapter::add(Socket *socket, const QString &room)
{
    QSet<QString> &rooms = m_socketRooms[socket];
    if (rooms.contains(room))
        return false;
    rooms.insert(room);
    m_rooms[room].insert(socket);
    return true;
}

bool Adapter::remove(Socket *socket, const QString &room)
{
    auto sit = m_socketRooms.find(socket);
    if (sit == m_socketRooms.end() || !sit->remove(room))
        return false;
    if (sit->isEmpty())
        m_socketRooms.erase(sit);
    auto it = m_rooms.find(room);
    if (it != m_rooms.end()) {
        it->remove(socket);
        if (it->isEmpty())
            m_rooms.erase(it);
    }
    return true;
}

QSet<QString> Adapter::removeAll(Socket *socket)
{
    QSet<QString> rooms = m_socketRooms.take(socket);
    for (const QString &room : rooms) {
        auto it = m_rooms.find(room);
        if (it == m_rooms.end())
            continue;
        it->remove(socket);
        if (it->isEmpty())
            m_rooms.erase(it);
    }
    return rooms;
}

QList<Socket *> Adapter::select(const QList<Socket *> &everyone, const QSet<QString> &rooms,
                                const QSet<QString> &except) const
{
    QSet<Socket *> excluded;
    for (const QString &room : except)
        excluded.unite(m_rooms.value(room));

    QList<Socket *> selected;
    if (rooms.isEmpty()) {
        selected.reserve(everyone.size());
        for (Socket *socket : everyone) {
            if (!excluded.contains(socket))
                selected.append(socket);
        }
        return selected;
    }
    QSet<Socket *> seen;
    for (const QString &room : rooms) {
        const auto it = m_rooms.constFind(room);
        if (it == m_rooms.constEnd())
            continue;
        for (Socket *socket : *it) {
            if (!excluded.contains(socket) && !seen.contains(socket)) {
                seen.insert(socket);
                selected.append(socket);
            }
        }
    }
    return selected;
}

} // namespace gatehouse
