// The Admin UI's `server_stats`: who this server is, how many Engine.IO connections it has (and
// how many still poll), its namespaces with their socket counts, and the aggregated events since
// the previous call (connections, disconnections by reason, message packets and bytes each way),
// per second, as the Dashboard's histograms want them.
#pragma once

#include "core/transport/EngineTraffic.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <tuple>

namespace gatehouse {

class Server;

class AdminUiStats : public QObject {
    Q_OBJECT

public:
    // `serverId` empty: the host name.
    AdminUiStats(Server &server, QString serverId, QObject *parent = nullptr);

    // A server_stats payload, with the aggregated events since the previous one.
    QJsonObject take();
    const QString &serverId() const { return m_serverId; }

private:
    using Key = std::tuple<qint64, QString, QString>; // second (ms), type, subType
    void count(const QString &type, const QString &subType, quint64 amount);
    void countTraffic(qint64 second);

    Server &m_server;
    QString m_serverId;
    QElapsedTimer m_uptime;
    EngineTraffic m_lastTraffic;
    QMap<Key, quint64> m_events;
};

} // namespace gatehouse
