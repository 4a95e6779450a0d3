// What the session registry knows about a user, a device and a socket at one moment: plain
// values for queries, the admin namespace and the console. Times are UTC. fromJson() reads what
// toJson() wrote (the console's side of /admin); fields that are missing keep their defaults.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gatehouse {

struct SocketInfo {
    QString id;
    QString nsp;
    QString clientId; // the Engine.IO session: sockets of one connection share it
    QString userId; // empty: an anonymous socket (e.g. in /public)
    QString deviceId;
    QString transport; // "polling" or "websocket"
    QDateTime upgradedAt; // invalid: never upgraded
    QString address;
    QString userAgent;
    QDateTime connectedAt;
    QDateTime lastActivityAt;
    QStringList rooms; // sorted
    quint64 packetsIn = 0;
    quint64 packetsOut = 0;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;

    QJsonObject toJson() const;
    static SocketInfo fromJson(const QJsonObject &json);
};

struct DeviceInfo {
    QString id; // the client's deviceId, or "guess-…" from user agent and address
    QString userId;
    bool guessed = false;
    QString name;
    QString platform;
    QString appVersion;
    QString userAgent;
    QString address; // of its most recent socket
    QDateTime connectedAt; // of its first live socket
    QStringList socketIds; // sorted

    QJsonObject toJson() const;
    static DeviceInfo fromJson(const QJsonObject &json);
};

struct UserInfo {
    QString id;
    QString username;
    QString displayName;
    QString role;
    QDateTime connectedAt; // of the first live socket
    int deviceCount = 0;
    int socketCount = 0;

    QJsonObject toJson() const;
    static UserInfo fromJson(const QJsonObject &json);
};

} // namespace gatehouse
