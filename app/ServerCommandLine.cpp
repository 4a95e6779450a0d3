#include "ServerCommandLine.h"

#include "AppStore.h"
#include "ConfigFile.h"

#include <QCoreApplication>

namespace gatehouse::app {

namespace {

// This file's strings, in the translation context "ServeCommand" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};

} // namespace

struct ServerCommandLine::Options {
    const QCommandLineOption config = ConfigFile::option();
    const QCommandLineOption bind {QStringLiteral("bind"),
                                   Tr::tr("Listen on <address> (default 127.0.0.1; :: for all)."),
                                   Tr::tr("address")};
    const QCommandLineOption port {QStringLiteral("port"),
                                   Tr::tr("Listen on <port> (default 3000; 0 picks a free one)."),
                                   Tr::tr("port")};
    const QCommandLineOption path {QStringLiteral("path"), Tr::tr("Socket.IO path (default /socket.io/)."),
                                   Tr::tr("path")};
    const QCommandLineOption cors {
        QStringLiteral("cors-origin"),
        Tr::tr("Allow browsers from <origin> (repeatable; * for any; http://localhost:* "
               "for any port). Default: this machine's pages only."),
        Tr::tr("origin")};
    const QCommandLineOption credentials {QStringLiteral("cors-credentials"),
                                          Tr::tr("Allow cookies and Authorization from those origins.")};
    const QCommandLineOption maxPayload {QStringLiteral("max-payload"),
                                         Tr::tr("Largest message or POST body in bytes (default 1000000)."),
                                         Tr::tr("bytes")};
    const QCommandLineOption pingInterval {QStringLiteral("ping-interval"),
                                           Tr::tr("Heartbeat interval in ms."), Tr::tr("ms")};
    const QCommandLineOption pingTimeout {QStringLiteral("ping-timeout"), Tr::tr("Heartbeat timeout in ms."),
                                          Tr::tr("ms")};
    const QCommandLineOption connectTimeout {QStringLiteral("connect-timeout"),
                                             Tr::tr("Close connections that join no namespace within <ms>."),
                                             Tr::tr("ms")};
    const QCommandLineOption maxBuffered {
        QStringLiteral("max-buffered"),
        Tr::tr("Drop a client with more than <bytes> unsent (default 8 MiB)."), Tr::tr("bytes")};
    const QCommandLineOption trustedProxy {QStringLiteral("trusted-proxy"),
                                           Tr::tr("Believe X-Forwarded-For from <subnet> (repeatable)."),
                                           Tr::tr("subnet")};
    const QCommandLineOption tlsCertificate {
        QStringLiteral("tls-cert"),
        Tr::tr("Serve HTTPS and WSS with this PEM certificate chain (with --tls-key)."), Tr::tr("file")};
    const QCommandLineOption tlsKey {
        QStringLiteral("tls-key"),
        Tr::tr("The certificate's PEM private key (mode 600 or 640; passphrase from "
               "GATEHOUSE_TLS_KEY_PASSPHRASE)."),
        Tr::tr("file")};
    const QCommandLineOption verbose {QStringLiteral("verbose"),
                                      Tr::tr("Log every connection and protocol detail.")};
    const QCommandLineOption dataDir = AppStore::dataDirOption();
};

ServerCommandLine::ServerCommandLine() : m_options(std::make_unique<Options>())
{
}

ServerCommandLine::~ServerCommandLine() = default;

void ServerCommandLine::addTo(QCommandLineParser &parser) const
{
    const Options &o = *m_options;
    parser.addOptions({o.config, o.bind, o.port, o.path, o.cors, o.credentials, o.maxPayload, o.pingInterval,
                       o.pingTimeout, o.connectTimeout, o.maxBuffered, o.trustedProxy, o.tlsCertificate,
                       o.tlsKey, o.verbose, o.dataDir});
}

QVariantMap ServerCommandLine::overrides(const QCommandLineParser &parser) const
{
    const Options &o = *m_options;
    QVariantMap overrides;
    auto set = [&](const QCommandLineOption &option, const char *key) {
        if (parser.isSet(option))
            overrides.insert(QLatin1StringView(key), parser.values(option).join(QLatin1Char(',')));
    };
    set(o.bind, "server/bind");
    set(o.port, "server/port");
    set(o.path, "server/path");
    set(o.cors, "cors/origins");
    set(o.maxPayload, "engine/maxPayload");
    set(o.pingInterval, "engine/pingInterval");
    set(o.pingTimeout, "engine/pingTimeout");
    set(o.connectTimeout, "engine/connectTimeout");
    set(o.maxBuffered, "engine/maxBufferedBytes");
    set(o.trustedProxy, "proxy/trusted");
    set(o.tlsCertificate, "tls/certificate");
    set(o.tlsKey, "tls/key");
    if (parser.isSet(o.credentials))
        overrides.insert(QStringLiteral("cors/credentials"), true);
    return overrides;
}

QString ServerCommandLine::configFile(const QCommandLineParser &parser) const
{
    return ConfigFile::path(parser, m_options->config);
}

QString ServerCommandLine::dataDir(const QCommandLineParser &parser) const
{
    return parser.value(m_options->dataDir);
}

bool ServerCommandLine::verbose(const QCommandLineParser &parser) const
{
    return parser.isSet(m_options->verbose);
}

} // namespace gatehouse::app
