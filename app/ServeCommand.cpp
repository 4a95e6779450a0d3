#include "ServeCommand.h"

#include "AppStore.h"
#include "ConfigFile.h"
#include "ServerCommandLine.h"
#include "core/Version.h"
#include "core/auth/AdminBootstrap.h"
#include "core/auth/JwtSecretFile.h"
#include "core/auth/PasswordHasher.h"
#include "core/platform/ShutdownSignals.h"
#include "core/server/Server.h"
#include "core/server/ServerConfig.h"
#include "core/server/ServerStack.h"
#include "core/server/Socket.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

Q_LOGGING_CATEGORY(lcServe, "gatehouse.serve", QtInfoMsg)

namespace gatehouse::app {

namespace {

// This file's strings, in the translation context "ServeCommand" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};

// Opens the store and, on first start, creates the admin account, telling the operator its
// password this one time. Null after printing why the store cannot be used.
std::unique_ptr<Store> openStore(const QString &dataDir, QTextStream &out, QTextStream &err)
{
    auto store = AppStore::open(dataDir);
    if (!store) {
        err << Tr::tr("gatehouse serve: %1").arg(store.error()) << '\n';
        return nullptr;
    }
    const PasswordHasher hasher;
    auto bootstrap = AdminBootstrap::run(**store, hasher);
    if (!bootstrap) {
        err << Tr::tr("gatehouse serve: cannot create the first account: %1").arg(bootstrap.error()) << '\n';
        return nullptr;
    }
    out << Tr::tr("Data in %1")
               .arg(QDir::toNativeSeparators(QFileInfo((*store)->database().filePath()).path()))
        << '\n';
    if (bootstrap->created && bootstrap->generatedPassword.isEmpty())
        out << Tr::tr("Created the account \"%1\" (role admin) with the password from %2.")
                   .arg(AdminBootstrap::Username, AdminBootstrap::PasswordVariable)
            << '\n';
    else if (bootstrap->created)
        out << Tr::tr("Created the account \"%1\" (role admin) with the password: %2\n"
                      "It is shown only this once. Sign in and change it, or set another with: "
                      "gatehouse user passwd %1")
                   .arg(AdminBootstrap::Username, bootstrap->generatedPassword)
            << '\n';
    return std::move(*store);
}

} // namespace

int ServeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Runs the Gatehouse Socket.IO server without a window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const ServerCommandLine options;
    options.addTo(parser);
    parser.process(arguments);
    if (options.verbose(parser))
        QLoggingCategory::setFilterRules(QStringLiteral("gatehouse.*.debug=true"));
    const QVariantMap overrides = options.overrides(parser);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString configFile = options.configFile(parser);
    auto loaded = ServerConfig::load(configFile, overrides);
    if (!loaded) {
        err << Tr::tr("gatehouse serve: %1").arg(loaded.error()) << '\n';
        return 2;
    }
    ServerConfig settings = std::move(*loaded);
    const std::unique_ptr<Store> store = openStore(options.dataDir(parser), out, err);
    if (!store)
        return 1;

    const QString dataPath = QFileInfo(store->database().filePath()).path();
    JwtSecretFile secrets(dataPath);
    auto created = ServerStack::create(settings, *store, secrets);
    if (!created) {
        err << Tr::tr("gatehouse serve: %1").arg(created.error()) << '\n';
        return 1;
    }
    ServerStack &stack = **created;
    out << Tr::tr("Access tokens are signed with the secret %1")
               .arg(stack.auth().secret().originDescription())
        << '\n';
    Server &server = stack.server();
    server.onConnection([](Socket *socket) {
        qCDebug(lcServe) << "socket" << socket->id() << "connected from"
                         << socket->handshake().address.toString();
    });
    if (settings.tls) {
        out << Tr::tr("TLS: serving HTTPS and WSS as %1 (certificate valid until %2)")
                   .arg(settings.tls->subject(), settings.tls->expiresAt().toString(Qt::ISODate))
            << '\n';
        if (settings.tls->isExpired(QDateTime::currentDateTimeUtc()))
            qCWarning(lcServe).noquote()
                << Tr::tr("The TLS certificate expired on %1: clients will refuse to connect. "
                          "Renew it and restart Gatehouse.")
                       .arg(settings.tls->expiresAt().toString(Qt::ISODate));
    } else if (!settings.bindAddress.isLoopback()) {
        qCWarning(lcServe).noquote()
            << Tr::tr(
                   "Serving the login API on %1 without TLS: passwords and tokens cross the network in clear "
                   "text. Give a certificate with --tls-cert and --tls-key (or [tls] in the config file), "
                   "put "
                   "Gatehouse "
                   "behind a TLS reverse proxy, or bind to 127.0.0.1.")
                   .arg(settings.bindAddress.toString());
    }
    const auto listening = stack.listen();
    if (!listening) {
        err << Tr::tr("gatehouse serve: %1").arg(listening.error()) << '\n';
        return 1;
    }
    settings.port = *listening;
    out << Tr::tr("Gatehouse %1 is listening on %2 (Socket.IO path %3)")
               .arg(QStringLiteral(GATEHOUSE_VERSION_STRING), settings.clientUrl(),
                    QString::fromUtf8(settings.server.engine.path))
        << '\n';
    if (!configFile.isEmpty())
        out << Tr::tr("Settings from %1").arg(configFile) << '\n';
    out << Tr::tr("Press Ctrl+C to stop.") << Qt::endl;

    ShutdownSignals signals;
    QObject::connect(&signals, &ShutdownSignals::shutdownRequested, &server, [&](const QString &name) {
        qCInfo(lcServe) << "received" << name << "- closing" << server.clientCount() << "connections";
        server.close();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

} // namespace gatehouse::app
