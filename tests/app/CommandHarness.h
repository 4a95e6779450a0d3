// What the tests of the moderation commands share: a `gatehouse serve` process on a free port
// with a temporary data folder and config, `gatehouse …` run as a process (the event loop keeps
// running meanwhile, so that the test's own clients see what the command does to them), sign-ins
// over the login API, and users connected with the C++ client.
#pragma once

#include "core/client/ClientSocket.h"
#include "core/store/Store.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

class CommandHarness {
public:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static inline const QString AdminPassword = QStringLiteral("first admin password");
    static inline const QString UserPassword = QStringLiteral("a user's password");
    static inline const QString ModeratorPassword = QStringLiteral("the moderator's password");

    CommandHarness();
    ~CommandHarness();

    static QString binary(); // GATEHOUSE_BINARY; empty: the tests skip
    // Starts the server and adds alice, bob, carol (users) and mod (moderator). False after a
    // warning saying why not.
    bool start();
    const QString &url() const { return m_url; }
    const QString &dataDir() const { return m_dataDir; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // `gatehouse <arguments>` with GATEHOUSE_ADMIN_PASSWORD set to `password` (unset when
    // empty) and `input` on standard input, a pipe, never a terminal.
    Run gatehouse(const QStringList &arguments, const QString &password = AdminPassword,
                  const QByteArray &input = {});
    // The same with --server pointing at the running server.
    Run online(QStringList arguments, const QString &password = AdminPassword, const QByteArray &input = {});
    // Starts another `gatehouse serve` with `config`; the URL it prints, empty if it did not start.
    QString startServer(QProcess &server, const QString &config, const QString &dataDir);

    // POST /api/login: the access token, or the error code.
    std::pair<QString, QString> login(const QString &username, const QString &password,
                                      const QString &deviceId = QStringLiteral("test"));
    // A connection of `username` from `deviceId` joined to `namespaces`, owned by `scope`.
    QList<gatehouse::ClientSocket *> connectAs(QObject *scope, const QString &username,
                                               const QString &password, const QString &deviceId,
                                               const QStringList &namespaces = {QStringLiteral("/")});
    static bool allConnected(const QList<gatehouse::ClientSocket *> &sockets);
    std::unique_ptr<gatehouse::Store> openStore();

private:
    QProcessEnvironment environment(const QString &password) const;
    bool addUser(const QString &name, const QString &role, const QString &password);

    QTemporaryDir m_dir;
    QString m_dataDir;
    QProcess m_server;
    QString m_url;
    QNetworkAccessManager m_network;
};
