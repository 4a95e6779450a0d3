// The chat server's tests (docs/chat.md), through real parts: C++ clients over WebSocket against
// an in-process server with a real SQLite file. Runs both test classes; a failure in either makes
// the whole run fail. Arguments such as -v2 go to both.
#include "TestChatDelivery.h"
#include "TestChatRooms.h"

#include <QCoreApplication>
#include <QTest>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestChatRooms rooms;
    TestChatDelivery delivery;
    const int roomsFailed = QTest::qExec(&rooms, argc, argv);
    const int deliveryFailed = QTest::qExec(&delivery, argc, argv);
    return roomsFailed != 0 || deliveryFailed != 0 ? 1 : 0;
}
