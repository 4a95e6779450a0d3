// The console's live view of a server's sessions, over the /admin protocol (docs/moderation.md):
// subscribes, reads the gatehouse:sessions pages and the suspended accounts, applies the
// gatehouse:changes batches that arrived meanwhile in the order they came, then every later
// batch. The result is a ConsoleState and id-based signals, one per user, device or socket that
// appeared, changed or went (parents upserted first, children removed first), which models turn
// into row operations.
//
// The console talks to an embedded server over loopback the same way it talks to a remote one,
// so it never touches objects on the server's thread. A load builds a new state beside the one
// shown; when it completes the state is swapped and `resynced` says "start over" (a model's only
// reset). That happens on the first connect and after every reconnect, since the server forgets
// a subscription with its socket.
#pragma once

#include "ConsoleState.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace gatehouse {

class ClientSocket;

class ConsoleFeed : public QObject {
    Q_OBJECT

public:
    enum class Status {
        Offline, // the socket is not connected; the state shown is the last one known
        Loading, // reading the snapshot; the state shown is the previous one (empty at first)
        Live, // following the changes
        Failed, // a command failed or timed out; reload() tries again
    };
    Q_ENUM(Status)

    static constexpr int PageSize = 500;
    static constexpr int RequestTimeoutMs = 15'000;

    // Follows `socket`, a /admin socket owned elsewhere (by its Manager): loads as soon as it is
    // connected and again after every reconnect. Without a socket the feed is live and empty and
    // changes only through applyChanges() and applyAccount(), for tests and benchmarks.
    explicit ConsoleFeed(ClientSocket *socket, QObject *parent = nullptr);
    ~ConsoleFeed() override;

    Status status() const { return m_status; }
    bool isLoading() const { return m_status == Status::Loading; }
    // Pages read of the pages the load needs as far as known (sessions, then suspended accounts).
    int pagesRead() const { return m_pagesRead; }
    int pagesTotal() const { return m_pagesTotal; }
    // Why the last load failed, translated; empty otherwise.
    const QString &errorString() const { return m_error; }
    // What the signals so far describe.
    const ConsoleState &state() const { return m_state; }

    // Starts over: subscribes again and reads a fresh snapshot. Virtual: a feed of another
    // protocol (AdminUiFeed) starts over its own way, and the console's Reload calls this.
    virtual void reload();
    // One gatehouse:changes batch. Public so that tests and benchmarks can feed batches by hand.
    void applyChanges(const QJsonArray &changes);
    // An account from the answer of gatehouse:suspend, gatehouse:unsuspend or gatehouse:account:
    // the console shows its own actions at once, without waiting for the change batch.
    void applyAccount(const QJsonObject &account);

Q_SIGNALS:
    void statusChanged(gatehouse::ConsoleFeed::Status status);
    void progressChanged(int pagesRead, int pagesTotal);
    void failed(const QString &message);
    // A new state replaced the old one: forget everything and read state() afresh.
    void resynced();
    void userUpserted(const QString &userId);
    void userRemoved(const QString &userId);
    void deviceUpserted(const QString &userId, const QString &deviceId);
    void deviceRemoved(const QString &userId, const QString &deviceId);
    void socketUpserted(const QString &userId, const QString &deviceId, const QString &socketId);
    void socketRemoved(const QString &userId, const QString &deviceId, const QString &socketId);
    // A batch (or account) has been applied completely: values derived from several entities,
    // such as a user's socket count, are consistent again. Models coalesce their updates here.
    void changesApplied();

protected:
    // For feeds of other protocols (AdminUiFeed): they keep the state and the signals of this
    // class, so that models and views work unchanged, and fill the state their own way.
    struct ForSubclass { };
    // No socket, no handlers, Offline.
    ConsoleFeed(ForSubclass, QObject *parent);
    ConsoleState &mutableState() { return m_state; }
    // Replaces the state at once and says so (resynced), then Live.
    void replaceState(ConsoleState state);
    void fail(const QString &message);
    void setStatus(Status status);
    void emitEvents(const ConsoleState::Events &events);

private:
    // The server orders the sessions snapshot by username (ignoring case), then id.
    struct UserKey {
        QString username;
        QString id;
    };
    static bool lessThan(const UserKey &a, const UserKey &b);

    void request(const QString &command, const QJsonObject &arguments,
                 std::function<void(const QJsonObject &answer)> then);
    void requestSessions(int cursor);
    void onSessionsPage(int cursor, const QJsonObject &answer);
    void requestSuspended(int cursor);
    void onSuspendedPage(const QJsonObject &answer);
    void finishLoading();
    void setProgress(int read, int total);

    QPointer<ClientSocket> m_socket;
    Status m_status = Status::Offline;
    ConsoleState m_state;
    ConsoleState m_loading; // the state being built while Loading
    quint64 m_generation = 0; // answers to an abandoned load carry an older one
    int m_pagesRead = 0;
    int m_pagesTotal = 0;
    std::optional<UserKey> m_lastKey; // the last user of the snapshot read so far
    int m_stepBack = 0;
    QString m_error;
};

} // namespace gatehouse
