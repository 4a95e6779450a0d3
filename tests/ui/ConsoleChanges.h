// gatehouse:changes entries written by hand, for tests that need known names, addresses and
// times: upserts of users, devices and sockets, removals, suspended accounts, and a small cast of
// users made for filtering and sorting.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse::test {

class ConsoleChanges {
public:
    // A fixed time plus `minutes`.
    static QDateTime at(int minutes);

    static QJsonObject upsert(const QString &kind, const QString &id, const QJsonObject &data);
    static QJsonObject remove(const QString &kind, const QString &id, const QString &userId = {});
    static QJsonObject user(const QString &id, const QString &displayName, const QString &role,
                            int connectedAtMinute);
    static QJsonObject device(const QString &userId, const QString &id, const QString &address);
    static QJsonObject socket(const QString &userId, const QString &deviceId, const QString &id,
                              const QString &address, int lastActivityMinute,
                              const QString &transport = QStringLiteral("websocket"));
    // An account as the server shows it; `until` empty: until lifted by hand.
    static QJsonObject suspendedAccount(const QString &id, const QString &until);

    // alice (admin, "Alice Liddell", laptop 10.0.0.1 and phone 10.0.0.2), bob (user, tablet
    // 192.168.1.5, polling) and dave (user, "Dave", 12 devices at 172.16.0.0-11: sorted as text,
    // "12" would come before "2"), each with distinct connect and activity times.
    static QJsonArray cast();
};

} // namespace gatehouse::test
