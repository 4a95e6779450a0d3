// The chat server's tests (docs/chat.md), through real parts: C++ clients over WebSocket against
// an in-process server with a real SQLite file. Runs the three test classes; a failure in any makes
// the whole run fail. Arguments such as -v2 go to each.
#include "TestChatDelivery.h"
#include "TestChatRooms.h"
#include "TestChatSettings.h"

#include <QCoreApplication>
#include <QTest>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestChatRooms rooms;
    TestChatDelivery delivery;
    TestChatSettings settings;
    int failed = QTest::qExec(&rooms, argc, argv);
    failed += QTest::qExec(&delivery, argc, argv);
    failed += QTest::qExec(&settings, argc, argv);
    return failed != 0 ? 1 : 0;
}
