// Who gets what: a room message reaches the room (the sender's other devices included) and
// nobody else, a retry with the same clientId is not stored or sent twice, a direct message
// reaches every device of both users and nobody else, presence follows devices (kick included),
// and the per-user rate limit.
#pragma once

#include "ChatTestServer.h"

#include <QObject>

class TestChatDelivery : public QObject {
    Q_OBJECT

private:
    gatehouse::test::ChatTestServer m_server;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sendReachesTheRoomOnly();
    void idempotentClientId();
    void directMessages();
    void presenceTransitions();
    void rateLimiting();
};
