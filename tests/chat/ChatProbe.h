// A chat client for tests: one C++ ClientSocket of a user on "/", recording every event it
// receives (in order) so a test can assert who got what and who got nothing.
#pragma once

#include "core/client/ClientSocket.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace gatehouse::test {

class ChatProbe {
public:
    explicit ChatProbe(ClientSocket *socket);

    ClientSocket *socket() const { return m_socket; }
    // Sends `command` with `request` and waits up to 5 s for the ack ({"timeout": true} if none).
    QJsonObject call(const QString &command, const QJsonObject &request = {}) const;
    // The first arguments of every `event` received so far, in order.
    QList<QJsonObject> received(const QString &event) const;
    // The chat:message events' texts, in order.
    QStringList texts() const;
    // The presence events about `userId`, as "online/devices" strings such as "true/2".
    QStringList presenceOf(const QString &userId) const;
    void clear() { m_events.clear(); }

private:
    ClientSocket *m_socket;
    QList<QPair<QString, QJsonObject>> m_events;
};

} // namespace gatehouse::test
