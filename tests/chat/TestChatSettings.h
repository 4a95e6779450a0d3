// The [chat] section of the config file: values are read, out-of-bounds values and invalid room
// names stop the server with a message naming the key, and an empty defaultRoom creates none.
#pragma once

#include <QObject>

class TestChatSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheSection();
    void refusals_data();
    void refusals();
    void noDefaultRoom();
};
