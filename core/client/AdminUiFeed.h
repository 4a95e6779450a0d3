// The console's live view of any Socket.IO server that runs @socket.io/admin-ui's instrument()
// (docs/admin-ui-protocol.md), as a ConsoleFeed: the same ConsoleState and the same id-based
// signals, so that ConnectionsModel and ConsoleView show it unchanged.
//
// On every (re)connect of the admin socket the server sends `config` and then `all_sockets`; the
// feed builds a fresh state from the latter and swaps it in (resynced), then follows
// `socket_connected`, `socket_updated`, `socket_disconnected`, `room_joined` and `room_left`.
// Users and devices come from each socket's `data` and handshake (AdminUiGrouping); a user or
// device goes with its last socket. The admin namespace's own sockets (admin UIs, this console
// included) are not listed: they are watchers, not users. A server in production mode lists no
// sockets at all (no ALL_EVENTS feature): the feed fails with a message that says so.
#pragma once

#include "ConsoleFeed.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace gatehouse {

class AdminUiFeed : public ConsoleFeed {
    Q_OBJECT

public:
    // Follows `socket`, an admin-namespace socket owned elsewhere (its Manager); if it is already
    // connected, it joins again to get the list of sockets (sent once, at the CONNECT). Without a socket
    // the feed only changes through applyEvent(), for tests; the admin namespace is then "/admin".
    explicit AdminUiFeed(ClientSocket *socket, QObject *parent = nullptr);
    ~AdminUiFeed() override;

    // There is no command to read the sockets again: leaves the admin namespace and joins it
    // again, after which the server sends `all_sockets` afresh.
    void reload() override;
    // One server event with its arguments, as the socket's handlers pass it on. Public for tests.
    void applyEvent(const QString &event, const QJsonArray &args);

private:
    void onConnected();
    void onConfig(const QJsonObject &config);
    void onAllSockets(const QJsonArray &sockets);
    // Files the socket (again) under its user and device; false when it is not listed.
    bool upsert(ConsoleState &state, const QJsonObject &serialized, ConsoleState::Events *events);
    void remove(const QString &socketId, ConsoleState::Events *events);
    // Recomputes a device's or user's sockets, counts and first connection; removes it when it
    // has no socket left. `latest`: names and details to keep, else the known ones.
    static void refreshDevice(ConsoleState &state, const QString &userId, const QString &deviceId,
                              const DeviceInfo *latest, ConsoleState::Events *events);
    static void refreshUser(ConsoleState &state, const QString &userId, const UserInfo *latest,
                            ConsoleState::Events *events);
    void finishEvents(const ConsoleState::Events &events);

    QPointer<ClientSocket> m_socket;
    QString m_adminNsp;
    // What the server last said of each listed socket: socket_updated and room_* change it.
    QHash<QString, QJsonObject> m_serialized;
    QTimer m_deadline; // for all_sockets after a connect
};

} // namespace gatehouse
