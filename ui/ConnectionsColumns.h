// What each column of the Connections view shows for a user, a device and a socket: the text, the
// sort key (numbers for roles, counts and times, so that 12 sorts after 2), the text the filter box
// matches, and tool tips. ConnectionsModel owns the rows and the suspended badge's icon; this only
// turns records into values.
#pragma once

#include "core/client/ConsoleState.h"

#include <QCoreApplication>
#include <QVariant>

namespace gatehouse::ui {

class ConnectionsColumns {
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ui::ConnectionsColumns)

public:
    // What a row's children add up to.
    struct Totals {
        int devices = 0;
        int sockets = 0;
        qint64 latestActivityMs = -1; // -1: none
    };

    static QString header(int column);
    static QVariant user(const ConsoleState::UserEntry &entry, const Totals &totals, int column, int role);
    static QVariant device(const DeviceInfo &device, const Totals &totals, int column, int role);
    static QVariant socket(const SocketInfo &socket, int column, int role);
    // The sort key of a time; invalid times (e.g. a suspended user's "connected since") come first.
    static qint64 sortTime(const QDateTime &at);
};

} // namespace gatehouse::ui
