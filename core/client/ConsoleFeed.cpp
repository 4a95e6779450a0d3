#include "ConsoleFeed.h"

#include "ClientSocket.h"

#include <utility>

namespace gatehouse {

namespace {

int pagesFor(qsizetype items, int pageSize)
{
    return int((items + pageSize - 1) / pageSize);
}

} // namespace

ConsoleFeed::ConsoleFeed(ClientSocket *socket, QObject *parent) : QObject(parent), m_socket(socket)
{
    if (!socket) {
        m_status = Status::Live;
        return;
    }
    socket->on(QStringLiteral("gatehouse:changes"), [this](const Arguments &args, const Ack &) {
        applyChanges(args.value(0).toJson().toArray());
    });
    connect(socket, &ClientSocket::connected, this, &ConsoleFeed::reload);
    connect(socket, &ClientSocket::disconnected, this, [this] {
        // The server dropped our subscription with the socket; what we show is now history.
        ++m_generation;
        m_loading = {};
        setStatus(Status::Offline);
    });
    if (socket->isConnected())
        reload();
}

ConsoleFeed::ConsoleFeed(ForSubclass, QObject *parent) : QObject(parent), m_status(Status::Offline)
{
}

ConsoleFeed::~ConsoleFeed()
{
    // The handler points to this feed, and the socket may live on.
    if (m_socket)
        m_socket->off(QStringLiteral("gatehouse:changes"));
}

bool ConsoleFeed::lessThan(const UserKey &a, const UserKey &b)
{
    const int order = a.username.compare(b.username, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a.id < b.id;
}

void ConsoleFeed::reload()
{
    if (!m_socket)
        return;
    ++m_generation;
    m_loading = {};
    m_lastKey.reset();
    m_stepBack = 0;
    m_error.clear();
    if (!m_socket->isConnected()) {
        setStatus(Status::Offline); // connected() brings us back here
        return;
    }
    setStatus(Status::Loading);
    setProgress(0, 2); // at least one page of sessions and one of suspended accounts
    // Subscribing first means that every change after the snapshot's pages reaches us.
    request(QStringLiteral("gatehouse:subscribe"), {}, [this](const QJsonObject &) { requestSessions(0); });
}

void ConsoleFeed::request(const QString &command, const QJsonObject &arguments,
                          std::function<void(const QJsonObject &answer)> then)
{
    const quint64 generation = m_generation;
    const auto answered
        = [this, generation, command, then = std::move(then)](Expected<Arguments, QString> result) {
              // A load that was abandoned, or a disconnect (which reload() will follow up on).
              if (generation != m_generation || !m_socket || !m_socket->isConnected())
                  return;
              if (!result) {
                  fail(tr("The server did not answer %1 (%2).").arg(command, result.error()));
                  return;
              }
              const QJsonObject answer = result->value(0).toObject();
              if (!answer.value(QLatin1StringView("ok")).toBool()) {
                  const QString message = answer.value(QLatin1StringView("error"))
                                              .toObject()
                                              .value(QLatin1StringView("message"))
                                              .toString();
                  fail(tr("The server refused %1: %2").arg(command, message));
                  return;
              }
              then(answer);
          };
    m_socket->emitWithAck(command, {arguments}, this, answered, RequestTimeoutMs);
}

void ConsoleFeed::requestSessions(int cursor)
{
    request(QStringLiteral("gatehouse:sessions"),
            {{QStringLiteral("cursor"), cursor}, {QStringLiteral("limit"), PageSize}},
            [this, cursor](const QJsonObject &answer) { onSessionsPage(cursor, answer); });
}

void ConsoleFeed::onSessionsPage(int cursor, const QJsonObject &answer)
{
    const QJsonArray users = answer.value(QLatin1StringView("users")).toArray();
    const int total = answer.value(QLatin1StringView("total")).toInt();
    const auto keyOf = [](const QJsonValue &user) {
        const QJsonObject json = user.toObject();
        return UserKey {json.value(QLatin1StringView("username")).toString(),
                        json.value(QLatin1StringView("id")).toString()};
    };
    // The cursor is a position in the list of users. Users who left before it shift the rest
    // left, and those who were at our boundary would be skipped. Each page after the first
    // starts one user early, so it must start at or before the last user already read; if it
    // starts after, the list shifted: step further back and read again (duplicates are harmless).
    if (cursor > 0 && total > 0 && m_lastKey
        && (users.isEmpty() || lessThan(*m_lastKey, keyOf(users.first())))) {
        m_stepBack = qMax(2, m_stepBack * 2);
        requestSessions(qMax(0, cursor - m_stepBack));
        return;
    }
    m_stepBack = 0;
    for (const QJsonValue &user : users) {
        m_loading.applySessionUser(user.toObject(), nullptr);
        if (const UserKey key = keyOf(user); !m_lastKey || lessThan(*m_lastKey, key))
            m_lastKey = key;
    }
    const QJsonValue next = answer.value(QLatin1StringView("nextCursor"));
    if (next.isNull() || next.isUndefined()) {
        setProgress(m_pagesRead + 1, m_pagesRead + 2);
        requestSuspended(0);
        return;
    }
    const int nextCursor = next.toInt();
    setProgress(m_pagesRead + 1, m_pagesRead + 2 + pagesFor(qMax(0, total - nextCursor), PageSize - 1));
    requestSessions(qMax(0, nextCursor - 1));
}

void ConsoleFeed::requestSuspended(int cursor)
{
    // Suspended users have no sessions, so they are not in the snapshot. A server that does not
    // know the filter lists every account; onSuspendedPage() keeps the suspended ones anyway.
    request(QStringLiteral("gatehouse:accounts"),
            {{QStringLiteral("status"), QStringLiteral("suspended")},
             {QStringLiteral("cursor"), cursor},
             {QStringLiteral("limit"), PageSize}},
            [this](const QJsonObject &answer) { onSuspendedPage(answer); });
}

void ConsoleFeed::onSuspendedPage(const QJsonObject &answer)
{
    const QJsonArray accounts = answer.value(QLatin1StringView("accounts")).toArray();
    for (const QJsonValue &account : accounts)
        m_loading.applyAccount(account.toObject(), nullptr);
    const QJsonValue next = answer.value(QLatin1StringView("nextCursor"));
    if (next.isNull() || next.isUndefined()) {
        setProgress(m_pagesRead + 1, m_pagesRead + 1);
        finishLoading();
        return;
    }
    // One account of overlap, as for sessions. Suspensions change rarely and every change also
    // arrives as a batch, so there is no check for a shifted list here.
    const int nextCursor = next.toInt();
    const int total = answer.value(QLatin1StringView("total")).toInt();
    setProgress(m_pagesRead + 1, m_pagesRead + 1 + pagesFor(qMax(0, total - nextCursor), PageSize - 1));
    requestSuspended(qMax(0, nextCursor - 1));
}

void ConsoleFeed::finishLoading()
{
    m_state = std::exchange(m_loading, {});
    m_lastKey.reset();
    Q_EMIT resynced();
    setStatus(Status::Live);
}

void ConsoleFeed::replaceState(ConsoleState state)
{
    ++m_generation;
    m_loading = {};
    m_error.clear();
    m_state = std::move(state);
    Q_EMIT resynced();
    setStatus(Status::Live);
}

void ConsoleFeed::fail(const QString &message)
{
    ++m_generation;
    m_loading = {};
    m_error = message;
    setStatus(Status::Failed);
    Q_EMIT failed(message);
}

void ConsoleFeed::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void ConsoleFeed::setProgress(int read, int total)
{
    m_pagesRead = read;
    m_pagesTotal = total;
    Q_EMIT progressChanged(read, total);
}

void ConsoleFeed::applyChanges(const QJsonArray &changes)
{
    if (m_status == Status::Loading) {
        // Applied to the state being built in the order they arrive, between the pages: a batch
        // holds the state at its sending time, so a page read later overrides it, and a later
        // batch overrides the page.
        for (const QJsonValue &change : changes)
            m_loading.applyChange(change.toObject(), nullptr);
        return;
    }
    if (m_status != Status::Live)
        return; // the next load reads the current state anyway
    // One change at a time, its signals before the next change: whoever reacts to a signal sees
    // the state exactly as the signal describes it.
    ConsoleState::Events events;
    bool changed = false;
    for (const QJsonValue &change : changes) {
        events.clear();
        m_state.applyChange(change.toObject(), &events);
        changed = changed || !events.isEmpty();
        emitEvents(events);
    }
    if (changed)
        Q_EMIT changesApplied();
}

void ConsoleFeed::applyAccount(const QJsonObject &account)
{
    if (m_status == Status::Loading) {
        m_loading.applyAccount(account, nullptr);
        return;
    }
    ConsoleState::Events events;
    m_state.applyAccount(account, &events);
    emitEvents(events);
    if (!events.isEmpty())
        Q_EMIT changesApplied();
}

void ConsoleFeed::emitEvents(const ConsoleState::Events &events)
{
    using Kind = ConsoleState::Event::Kind;
    for (const ConsoleState::Event &event : events) {
        switch (event.kind) {
        case Kind::User:
            if (event.removed)
                Q_EMIT userRemoved(event.userId);
            else
                Q_EMIT userUpserted(event.userId);
            break;
        case Kind::Device:
            if (event.removed)
                Q_EMIT deviceRemoved(event.userId, event.deviceId);
            else
                Q_EMIT deviceUpserted(event.userId, event.deviceId);
            break;
        case Kind::Socket:
            if (event.removed)
                Q_EMIT socketRemoved(event.userId, event.deviceId, event.socketId);
            else
                Q_EMIT socketUpserted(event.userId, event.deviceId, event.socketId);
            break;
        }
    }
}

} // namespace gatehouse
