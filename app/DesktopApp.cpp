#include "DesktopApp.h"

#include "AppTranslator.h"
#include "DesktopController.h"
#include "ServerCommandLine.h"
#include "core/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTextStream>

namespace gatehouse::app {

namespace {

// This file's strings, in the translation context "DesktopApp" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)
};

} // namespace

bool DesktopApp::displayAvailable()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    return false;
#endif
}

int DesktopApp::run(int &argc, char **argv, const QStringList &arguments)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gatehouse"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gatehouse"));
    QApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.gatehouse.Gatehouse"));
    AppTranslator translator;
    translator.install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The Gatehouse desktop app: the embedded server, its console and chat."));
    parser.addHelpOption();
    parser.addVersionOption();
    const ServerCommandLine serverOptions;
    serverOptions.addTo(parser);
    const QCommandLineOption noServer(QStringLiteral("no-server"),
                                      Tr::tr("Do not start the embedded server (start it from the window)."));
    parser.addOption(noServer);
    parser.process(QStringList {QApplication::applicationFilePath()} + arguments);
    if (serverOptions.verbose(parser))
        QLoggingCategory::setFilterRules(QStringLiteral("gatehouse.*.debug=true"));

    auto loaded = ServerConfig::load(serverOptions.configFile(parser), serverOptions.overrides(parser));
    if (!loaded) {
        QTextStream(stderr) << Tr::tr("gatehouse: %1").arg(loaded.error()) << '\n';
        return 2;
    }

    DesktopController controller(
        {std::move(*loaded), serverOptions.dataDir(parser), !parser.isSet(noServer)});
    QObject::connect(&controller, &DesktopController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    controller.show();
    return QApplication::exec();
}

} // namespace gatehouse::app
