// Runs a Server on a thread of its own, so that nothing the server does (a flood of clients, a
// slow handler) can block the thread that owns this object, typically the GUI thread. All calls
// return at once; results arrive as signals on the caller's thread.
#pragma once

#include "ServerOptions.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <functional>

namespace gatehouse {

class Server;

class ServerThread : public QObject {
    Q_OBJECT

public:
    // Runs on the server thread, with the server built and not yet listening.
    using Setup = std::function<void(Server &server)>;
    using Work = std::function<void(Server &server)>;

    explicit ServerThread(ServerOptions options, QObject *parent = nullptr);
    // Stops the server and waits for its thread to end.
    ~ServerThread() override;

    // Starts the thread, builds the server there, runs `setup`, listens; then started() or failed().
    void start(const QHostAddress &address, quint16 port, Setup setup = {});
    // Closes every connection and ends the thread; stopped() follows.
    void stop();
    // Runs `work` on the server thread (queued). Ignored when the server is not running.
    void invoke(Work work);
    bool isRunning() const { return m_thread.isRunning(); }
    QThread *thread() { return &m_thread; }

Q_SIGNALS:
    void started(quint16 port);
    void failed(const QString &error);
    void stopped();

private:
    ServerOptions m_options;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; owns the server
    Server *m_server = nullptr; // touched on m_thread only
};

} // namespace gatehouse
