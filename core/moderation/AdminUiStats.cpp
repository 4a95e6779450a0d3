#include "AdminUiStats.h"

#include "core/server/Server.h"
#include "core/transport/EngineServer.h"
#include "core/transport/EngineSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSysInfo>

namespace gatehouse {

namespace {

qint64 currentSecondMs()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return now - now % 1000;
}

} // namespace

AdminUiStats::AdminUiStats(Server &server, QString serverId, QObject *parent)
    : QObject(parent),
      m_server(server),
      m_serverId(serverId.isEmpty() ? QSysInfo::machineHostName() : std::move(serverId))
{
    m_uptime.start();
    EngineServer *engine = m_server.engine();
    m_lastTraffic = engine->traffic();
    connect(engine, &EngineServer::sessionOpened, this, [this](EngineSession *session) {
        count(QStringLiteral("rawConnection"), {}, 1);
        connect(session, &EngineSession::closed, this,
                [this](const QString &reason) { count(QStringLiteral("rawDisconnection"), reason, 1); });
    });
}

void AdminUiStats::count(const QString &type, const QString &subType, quint64 amount)
{
    m_events[Key {currentSecondMs(), type, subType}] += amount;
}

void AdminUiStats::countTraffic(qint64 second)
{
    // Traffic is sampled here rather than counted per packet: one second of resolution is what
    // the UI shows (10-second buckets), and the hot path stays free of bookkeeping.
    const EngineTraffic now = m_server.engine()->traffic();
    const std::pair<const char *, quint64> deltas[]
        = {{"packetsIn", now.packetsIn - m_lastTraffic.packetsIn},
           {"packetsOut", now.packetsOut - m_lastTraffic.packetsOut},
           {"bytesIn", now.bytesIn - m_lastTraffic.bytesIn},
           {"bytesOut", now.bytesOut - m_lastTraffic.bytesOut}};
    for (const auto &[type, delta] : deltas) {
        if (delta > 0)
            m_events[Key {second, QString::fromLatin1(type), QString()}] += delta;
    }
    m_lastTraffic = now;
}

QJsonObject AdminUiStats::take()
{
    countTraffic(currentSecondMs());
    QJsonArray events;
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it) {
        const auto &[second, type, subType] = it.key();
        QJsonObject event {{QStringLiteral("timestamp"), double(second)},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("count"), double(it.value())}};
        if (!subType.isEmpty())
            event.insert(QStringLiteral("subType"), subType);
        events.append(event);
    }
    m_events.clear();
    QJsonArray namespaces;
    const QList<Namespace *> all = m_server.namespaces();
    for (const Namespace *nsp : all) {
        if (nsp->isParent())
            continue;
        namespaces.append(QJsonObject {{QStringLiteral("name"), nsp->name()},
                                       {QStringLiteral("socketsCount"), double(nsp->socketCount())}});
    }
    const EngineServer *engine = m_server.engine();
    return {{QStringLiteral("serverId"), m_serverId},
            {QStringLiteral("hostname"), QSysInfo::machineHostName()},
            {QStringLiteral("pid"), double(QCoreApplication::applicationPid())},
            {QStringLiteral("uptime"), double(m_uptime.nsecsElapsed()) / 1e9},
            {QStringLiteral("clientsCount"), double(engine->sessionCount())},
            {QStringLiteral("pollingClientsCount"), double(engine->pollingSessionCount())},
            {QStringLiteral("aggregatedEvents"), events},
            {QStringLiteral("namespaces"), namespaces}};
}

} // namespace gatehouse
