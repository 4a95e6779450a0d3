#include "CommandLine.h"

#include "ServeCommand.h"
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
        "Commands:\n"
        "  serve    Run the Socket.IO server headless until stopped (Ctrl+C or SIGTERM).\n"
        "  user     Manage accounts (add, list, passwd, remove): gatehouse user --help\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help, or a command's help: gatehouse serve --help\n"
        "  -v, --version  Show the version.\n");
}

} // namespace

int CommandLine::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse"));
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION_STRING));

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (command == QLatin1StringView("serve"))
        return ServeCommand::run(arguments.mid(1));
    if (command == QLatin1StringView("user"))
        return UserCommand::run(arguments.mid(1));
    if (command == QLatin1StringView("--version") || command == QLatin1StringView("-v")) {
        out << "gatehouse " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command.isEmpty() || command == QLatin1StringView("--help") || command == QLatin1StringView("-h")
        || command == QLatin1StringView("help")) {
        out << usage();
        return 0;
    }
    err << QCoreApplication::translate("CommandLine", "gatehouse: unknown command \"%1\".\n").arg(command)
        << usage();
    return 2;
}

} // namespace gatehouse::app
