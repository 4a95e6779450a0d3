#include "CommandLine.h"

#include "AppTranslator.h"
#include "AuditCommand.h"
#include "DesktopApp.h"
#include "ExitCode.h"
#include "KickCommand.h"
#include "ServeCommand.h"
#include "SessionsCommand.h"
#include "UserCommand.h"
#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace gatehouse::app {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Usage: gatehouse [command] [options]\n"
        "\n"
        "Without a command: the desktop app (embedded server, console, chat) when there is a display,\n"
        "else the server headless as with \"serve\".\n"
        "\n"
        "Commands:\n"
        "  gui       The desktop app [--port N] [--bind ADDRESS] [--data-dir DIR] [--no-server].\n"
        "  serve     Run the Socket.IO server headless until stopped (Ctrl+C or SIGTERM).\n"
        "  user      Manage accounts: add, list, passwd, remove (on the store); suspend, unsuspend,\n"
        "            role (on the running server, or --offline): gatehouse user --help\n"
        "  sessions  List who is connected to the running server [--user NAME] [--sockets].\n"
        "  kick      Disconnect a user: kick NAME [--device ID | --socket ID] [--reason R].\n"
        "  audit     Show the audit log [--user NAME] [--type T] [--since WHEN] [--limit N].\n"
        "\n"
        "sessions, kick, audit and user suspend/unsuspend/role sign in to the running server (the\n"
        "address from the config file, or --server URL) as --admin NAME (default admin), with the\n"
        "password from --password-stdin, GATEHOUSE_ADMIN_PASSWORD or a prompt.\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help, or a command's help: gatehouse kick --help\n"
        "  -v, --version  Show the version.\n"
        "\n"
        "Exit status: 0 done; 1 failed or refused; 2 invalid command line; 3 cannot reach the\n"
        "server; 4 the server refused the sign-in.\n");
}

} // namespace

int CommandLine::run(int argc, char *argv[])
{
    // The desktop app needs a QApplication, the commands only a QCoreApplication: decide first.
    // No command (or options only) opens the app when there is a display and serves headless
    // otherwise; "gui" insists on the app.
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const QString first = rawArguments.value(0);
    const bool helpOrVersion = first == QLatin1StringView("--help") || first == QLatin1StringView("-h")
        || first == QLatin1StringView("help") || first == QLatin1StringView("--version")
        || first == QLatin1StringView("-v");
    const bool noCommand = first.isEmpty() || (first.startsWith(QLatin1Char('-')) && !helpOrVersion);
    if (first == QLatin1StringView("gui") && !DesktopApp::displayAvailable()) {
        const QCoreApplication app(argc, argv); // for the translation
        AppTranslator translator;
        translator.install();
        QTextStream(stderr) << QCoreApplication::translate(
            "CommandLine",
            "gatehouse gui: no display found (DISPLAY and WAYLAND_DISPLAY are not set). Run the desktop app "
            "in a graphical session, or the server alone with \"gatehouse serve\".\n");
        return UsageError;
    }
    if (first == QLatin1StringView("gui") || (noCommand && DesktopApp::displayAvailable()))
        return DesktopApp::run(argc, argv,
                               first == QLatin1StringView("gui") ? rawArguments.mid(1) : rawArguments);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse"));
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION_STRING));
    AppTranslator translator;
    translator.install();

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (command == QLatin1StringView("serve"))
        return ServeCommand::run(arguments.mid(1));
    if (noCommand) {
        err << QCoreApplication::translate(
            "CommandLine", "No display found: running the server headless, as \"gatehouse serve\".\n");
        err.flush();
        return ServeCommand::run(QStringList {QStringLiteral("serve")} + arguments.mid(1));
    }
    if (command == QLatin1StringView("user"))
        return UserCommand::run(arguments.mid(1));
    if (command == QLatin1StringView("sessions"))
        return SessionsCommand::run(arguments.mid(1));
    if (command == QLatin1StringView("kick"))
        return KickCommand::run(arguments.mid(1));
    if (command == QLatin1StringView("audit"))
        return AuditCommand::run(arguments.mid(1));
    if (command == QLatin1StringView("--version") || command == QLatin1StringView("-v")) {
        out << "gatehouse " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == QLatin1StringView("--help") || command == QLatin1StringView("-h")
        || command == QLatin1StringView("help")) {
        out << usage();
        return 0;
    }
    err << QCoreApplication::translate("CommandLine", "gatehouse: unknown command \"%1\".\n").arg(command)
        << usage();
    return UsageError;
}

} // namespace gatehouse::app
