// Rooms, requests and history: the default room, a table of invalid requests (each refused with
// its code and a message, nothing stored), requests that are not objects or carry no ack,
// membership per user across devices, what a join answers, history paging, room creation and
// archiving by admins only, and history read back through a new ChatStore on the same file.
#pragma once

#include "ChatTestServer.h"

#include <QObject>

class TestChatRooms : public QObject {
    Q_OBJECT

private:
    gatehouse::test::ChatTestServer m_server;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultRoomOnFirstStart();
    void validation_data();
    void validation();
    void requestNotAnObjectAndNoAck();
    void membershipIsPerUser();
    void joinAnswersHistoryAndWhoIsOnline();
    void historyPaging();
    void createRoomByAdminsOnly();
    void archiveRoom();
    void historySurvivesANewStore();
};
