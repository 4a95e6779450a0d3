// The chat's small status dots (online, offline, away), drawn here: the app ships no icon theme
// and these must look the same on every platform. Views cache them (a QIcon outliving the
// QGuiApplication in a static would be destroyed too late).
#pragma once

#include <QIcon>

namespace gatehouse::ui {

class ChatIcons {
public:
    static QIcon online();
    static QIcon offline();
    static QIcon connecting();

private:
    static QIcon dot(const QColor &fill, const QColor &outline);
};

} // namespace gatehouse::ui
