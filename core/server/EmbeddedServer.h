// The desktop app's own server: a ServerStack on a thread of its own, so that nothing the server
// does (opening the store, a flood of clients, a slow handler) ever blocks the GUI. Every call
// returns at once; results arrive as signals on the thread that owns this object.
//
// The console and the chat windows talk to it over loopback like any other client; the only
// shortcut is requestAccessToken(), which lets the local console in without a password.
#pragma once

#include "ServerConfig.h"
#include "ServerStack.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

namespace gatehouse {

class EmbeddedServer : public QObject {
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Stopping };
    Q_ENUM(State)

    struct Settings {
        ServerConfig config;
        QString dataDir; // empty: Database::defaultDataDir()
        // The signing secret, e.g. read from the OS keychain; nullopt: the file in the data dir.
        std::optional<QByteArray> secret;
        QString secretLocation; // where `secret` came from, for messages ("the OS keychain")
    };
    // What a start found out.
    struct StartInfo {
        quint16 port = 0;
        QString url; // for clients
        QByteArray path; // the Socket.IO path
        QString dataDir;
        QString secretOrigin; // JwtSecret::originDescription()
        // First start: the account "admin" was created; its generated password, shown once
        // (empty when it came from GATEHOUSE_ADMIN_PASSWORD).
        bool adminCreated = false;
        QString generatedAdminPassword;
    };
    using TokenCallback = std::function<void(Expected<QString, QString> accessToken)>;

    static constexpr int StatsIntervalMs = 1'000;

    explicit EmbeddedServer(QObject *parent = nullptr);
    // Stops the server and waits (a few seconds at most) for its thread to end.
    ~EmbeddedServer() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    const StartInfo &info() const { return m_info; }
    // When the running server started; invalid otherwise.
    const QDateTime &startedAt() const { return m_startedAt; }

    // Opens the store (creating the first admin account on first start), builds the server and
    // listens: started() or failed(). Ignored unless stopped.
    void start(Settings settings);
    // Closes every connection and ends the thread: stopped().
    void stop();

    // An access token for `username`, minted by the server (see ServerStack::accessTokenFor).
    // `done` runs on `context`'s thread, never before this returns, and not at all once
    // `context` is gone; with an error when the server is not running.
    void requestAccessToken(const QString &username, QObject *context, TokenCallback done);

Q_SIGNALS:
    void stateChanged(gatehouse::EmbeddedServer::State state);
    void started(const gatehouse::EmbeddedServer::StartInfo &info);
    void failed(const QString &message);
    void stopped();
    // Every StatsIntervalMs while running.
    void statsUpdated(const gatehouse::ServerStack::Stats &stats);

private:
    struct Worker;

    void setState(State state);
    void onThreadFinished();

    State m_state = State::Stopped;
    StartInfo m_info;
    QDateTime m_startedAt;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread; deleted there
};

} // namespace gatehouse

Q_DECLARE_METATYPE(gatehouse::EmbeddedServer::StartInfo)
Q_DECLARE_METATYPE(gatehouse::ServerStack::Stats)
