// The console's connection to the app's own embedded server: the same /admin socket over
// loopback a remote console uses, signed in with access tokens the server mints for the local
// admin account (EmbeddedServer::requestAccessToken), so nobody types a password to watch their
// own server. A new token comes the same way when the server says the old one is expiring.
//
// It follows the server: each start (on whatever port) opens a fresh connection and announces its
// socket; a stop closes it.
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace gatehouse {

class ClientSocket;
class EmbeddedServer;
class Manager;

class LocalConsoleConnection : public QObject {
    Q_OBJECT

public:
    // `server` must outlive this object. `username`: the account the console acts as; empty: the
    // first admin who may sign in.
    explicit LocalConsoleConnection(EmbeddedServer *server, QString username, QObject *parent = nullptr);
    ~LocalConsoleConnection() override;

    const QString &username() const { return m_username; }
    // The /admin socket of the current connection; null while the server is not running.
    ClientSocket *socket() const;

Q_SIGNALS:
    // A new connection for a (re)started server, or null after a stop. The previous socket is
    // deleted later: stop using it now.
    void socketChanged(gatehouse::ClientSocket *socket);
    // The console could not sign in (e.g. the account is suspended); says what to do.
    void failed(const QString &message);

private:
    void onServerStarted();
    void onServerStopping();
    void connectWith(const QString &token);

    EmbeddedServer *m_server;
    QString m_username;
    Manager *m_manager = nullptr; // a child; replaced per start
    quint64 m_generation = 0; // token answers for an older start are dropped
};

} // namespace gatehouse
