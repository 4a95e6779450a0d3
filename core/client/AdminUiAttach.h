// The console's attach to any Socket.IO server that runs @socket.io/admin-ui's instrument()
// (docs/admin-ui-protocol.md, section 1): a Manager and its admin-namespace socket, joined with
// auth {username, password} as the official Admin UI sends it (both empty for instrument() with
// `auth: false`). A refusal answers with a translated message: "invalid credentials" becomes
// "Wrong username or password.", an unknown namespace says that instrument() may not run there.
//
// Once attached the socket reconnects by itself after a dropped connection, with the same auth,
// as the Admin UI does; so the password stays in this object's memory (never logged, never in a
// URL) until detach(), unless the server hands out a session id (`session` after the CONNECT, as
// Gatehouse's /admin does): then the session id is sent instead and the password is wiped. A
// refusal during a reconnect is reported through credentialsRefused().
#pragma once

#include "ConsoleConnection.h"
#include "core/server/ConnectError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace gatehouse {

class ClientSocket;
class Manager;

class AdminUiAttach : public QObject {
    Q_OBJECT

public:
    struct Settings {
        QUrl server; // http(s)://host:port
        QString path = QStringLiteral("/socket.io"); // the Socket.IO path, as the Admin UI asks for it
        QString nsp = QStringLiteral("/admin"); // instrument()'s namespaceName
        QString username; // empty with an empty password: no credentials
        QString password;
        int timeoutMs = 15'000; // for joining the namespace
    };
    using Done = std::function<void(Expected<void, ConsoleError>)>;

    explicit AdminUiAttach(QObject *parent = nullptr);
    ~AdminUiAttach() override;

    // Why `nsp` or `path` cannot be used (translated), or empty when they can.
    static QString checkNamespace(const QString &nsp);
    static QString checkPath(const QString &path);

    // Connects and joins the admin namespace. `done` answers once; a second attach() while one
    // is under way abandons the first (its `done` is never called).
    void attach(Settings settings, Done done);
    // Abandons an attach under way, or leaves the namespace and closes the connection.
    void detach();

    bool isAttached() const;
    // The admin-namespace socket, owned by this object's Manager; null until attached.
    ClientSocket *socket() const;
    const QUrl &server() const { return m_settings.server; }
    const QString &nsp() const { return m_settings.nsp; }
    const QString &path() const { return m_settings.path; }
    const QString &username() const { return m_settings.username; }

    // A connection for a console over socket(): the AdminUi protocol and what it offers.
    ConsoleConnection *createConnection(QObject *parent = nullptr) const;

Q_SIGNALS:
    // A reconnect was refused (the credentials changed, the session expired): attach again.
    void credentialsRefused(const QString &message);

private:
    ConsoleError refusal(const ConnectError &error) const;
    void clearSecrets();

    Settings m_settings;
    QString m_sessionId;
    Manager *m_manager = nullptr;
    QPointer<ClientSocket> m_socket;
    bool m_attached = false;
    QTimer m_deadline;
    quint64 m_attempt = 0; // bumped by attach() and detach()
};

} // namespace gatehouse
