// The options of the commands that act on a running server (sessions, kick, audit, user
// suspend/unsuspend/role), and what they resolve to: where the server is (--server, else the
// address in the config file, looked up as `gatehouse serve` does), how to trust its certificate
// (--ca), and who signs in (--admin, with the password from --password-stdin, else
// GATEHOUSE_ADMIN_PASSWORD, else a prompt on the terminal). Commands that can also work on the
// store directly add --offline and --data-dir.
#pragma once

#include "AdminClient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace gatehouse::app {

class AdminOptions {
public:
    enum class Offline { NotSupported, Supported };

    explicit AdminOptions(Offline offline);

    void addTo(QCommandLineParser &parser) const;
    bool isOffline(const QCommandLineParser &parser) const;
    bool isJson(const QCommandLineParser &parser) const;
    QString dataDir(const QCommandLineParser &parser) const;

    // The connection settings; reads the password, which may prompt on the terminal. An error
    // is a usage error (exit status 2) and says what to give instead.
    Expected<AdminClient::Settings, QString> settings(const QCommandLineParser &parser) const;

    // The paragraph every such command's help ends its description with.
    static QString helpText(Offline offline);

private:
    Offline m_offline;
    QCommandLineOption m_config;
    QCommandLineOption m_server;
    QCommandLineOption m_ca;
    QCommandLineOption m_admin;
    QCommandLineOption m_passwordStdin;
    QCommandLineOption m_json;
    QCommandLineOption m_offlineOption;
    QCommandLineOption m_dataDir;
};

} // namespace gatehouse::app
