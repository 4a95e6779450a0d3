#include "AdminOptions.h"

#include "AppStore.h"
#include "ConfigFile.h"
#include "PasswordInput.h"
#include "PasswordPrompt.h"
#include "core/server/ServerConfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslCertificate>
#include <QTextStream>

namespace gatehouse::app {

namespace {

// This file's strings, in the translation context "AdminOptions" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AdminOptions)
};

} // namespace

AdminOptions::AdminOptions(Offline offline)
    : m_offline(offline),
      m_config(ConfigFile::option()),
      m_server(
          QStringLiteral("server"),
          Tr::tr("The server to talk to, e.g. https://chat.example.org:3000 (default: the address in the "
                 "config file, else http://127.0.0.1:3000)."),
          Tr::tr("url")),
      m_ca(QStringLiteral("ca"),
           Tr::tr("Trust the server's certificate if it is signed by the CA in <file> (PEM), or is that "
                  "self-signed certificate."),
           Tr::tr("file")),
      m_admin(QStringLiteral("admin"), Tr::tr("Sign in as <name>, a moderator or admin (default: admin)."),
              Tr::tr("name"), QStringLiteral("admin")),
      m_passwordStdin(QStringLiteral("password-stdin"),
                      Tr::tr("Read the password from standard input (else GATEHOUSE_ADMIN_PASSWORD, else a "
                             "prompt).")),
      m_json(QStringLiteral("json"), Tr::tr("Print JSON instead of text.")),
      m_offlineOption(QStringLiteral("offline"),
                      Tr::tr("Work on the store in the data folder instead of a running server.")),
      m_dataDir(AppStore::dataDirOption())
{
}

void AdminOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_config, m_server, m_ca, m_admin, m_passwordStdin, m_json});
    if (m_offline == Offline::Supported)
        parser.addOptions({m_offlineOption, m_dataDir});
}

bool AdminOptions::isOffline(const QCommandLineParser &parser) const
{
    return m_offline == Offline::Supported && parser.isSet(m_offlineOption);
}

bool AdminOptions::isJson(const QCommandLineParser &parser) const
{
    return parser.isSet(m_json);
}

QString AdminOptions::dataDir(const QCommandLineParser &parser) const
{
    return m_offline == Offline::Supported ? parser.value(m_dataDir) : QString();
}

QString AdminOptions::helpText(Offline offline)
{
    QString text
        = Tr::tr("It signs in to the running server (the address from --server or the config file) as "
                 "--admin, with the password from --password-stdin, GATEHOUSE_ADMIN_PASSWORD or a "
                 "prompt.");
    if (offline == Offline::Supported)
        text += u' '
            + Tr::tr("With --offline it works on the store in --data-dir instead; a running server then "
                     "notices the change at the user's next sign-in or handshake.");
    return text + u'\n'
        + Tr::tr(
               "Exit status: 0 done; 1 failed or refused (no such user, forbidden); 2 invalid command line; "
               "3 cannot reach the server; 4 the server refused the sign-in.");
}

Expected<AdminClient::Settings, QString> AdminOptions::settings(const QCommandLineParser &parser) const
{
    AdminClient::Settings settings;
    const QString configFile = ConfigFile::path(parser, m_config);
    auto config = ServerConfig::load(configFile, {}, ServerConfig::TlsKey::Skip);
    if (!config)
        return unexpected(config.error());
    settings.path = config->server.engine.path;
    settings.webSocket = config->server.engine.allowWebSocket;
    settings.server = QUrl(parser.isSet(m_server) ? parser.value(m_server) : config->clientUrl());
    const QString scheme = settings.server.scheme();
    if (!settings.server.isValid() || settings.server.host().isEmpty()
        || (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https"))
        || !(settings.server.path().isEmpty() || settings.server.path() == QLatin1StringView("/"))
        || settings.server.hasQuery() || !settings.server.userInfo().isEmpty())
        return unexpected(Tr::tr("--server wants an address like http://127.0.0.1:3000 or "
                                 "https://chat.example.org:3000, not \"%1\".")
                              .arg(parser.value(m_server)));
    settings.server.setPath(QString());

    if (parser.isSet(m_ca)) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(parser.value(m_ca), QSsl::Pem);
        if (certificates.isEmpty())
            return unexpected(
                Tr::tr("--ca: no PEM certificate in \"%1\". Give the CA's (or the self-signed server's) "
                       "certificate file.")
                    .arg(parser.value(m_ca)));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(certificates);
        settings.tls = tls;
    }

    settings.username = parser.value(m_admin);
    if (parser.isSet(m_passwordStdin)) {
        auto password = PasswordInput::fromStdin();
        if (!password)
            return unexpected(password.error());
        settings.password = *password;
    } else if (const QString fromEnvironment = qEnvironmentVariable("GATEHOUSE_ADMIN_PASSWORD");
               !fromEnvironment.isEmpty()) {
        settings.password = fromEnvironment;
    } else if (PasswordPrompt::isInteractive()) {
        settings.password
            = PasswordPrompt::read(
                  Tr::tr("Password of %1 on %2: ").arg(settings.username, settings.server.toDisplayString()))
                  .value_or(QString());
    } else {
        return unexpected(Tr::tr("no password for %1: set GATEHOUSE_ADMIN_PASSWORD, or give it on standard "
                                 "input with --password-stdin.")
                              .arg(settings.username));
    }
    if (settings.password.isEmpty())
        return unexpected(Tr::tr("no password given."));

    // Said once, not refused: a server on the same machine or behind a TLS proxy is fine.
    const QHostAddress host(settings.server.host());
    const bool local = host.isLoopback() || settings.server.host() == QLatin1StringView("localhost");
    if (scheme == QLatin1StringView("http") && !local)
        QTextStream(stderr) << Tr::tr(
                                   "warning: the password goes to %1 unencrypted; use https if the network "
                                   "is not trusted.")
                                   .arg(settings.server.toDisplayString())
                            << Qt::endl;
    return settings;
}

} // namespace gatehouse::app
