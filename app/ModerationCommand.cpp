#include "ModerationCommand.h"

#include "AdminOptions.h"
#include "DurationText.h"
#include "ExitCode.h"
#include "OfflineModeration.h"
#include "RemoteCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace gatehouse::app {

namespace {

// This file's strings, in the translation context "ModerationCommand" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ModerationCommand)
};

QString localTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The parts the three commands share: parsing, the online/offline switch, output.
class Command {
public:
    QCommandLineParser parser;
    const AdminOptions admin {AdminOptions::Offline::Supported};
    QString name; // "gatehouse user suspend"
    QString username;

    // Returns an exit status when the command ends here (help shown, usage error).
    std::optional<int> parse(const QStringList &arguments, const QString &description,
                             const QList<QCommandLineOption> &options, const QString &syntax, int positionals)
    {
        name = QStringLiteral("gatehouse user ") + arguments.constFirst();
        parser.setApplicationDescription(description + u'\n'
                                         + AdminOptions::helpText(AdminOptions::Offline::Supported));
        const QCommandLineOption help = parser.addHelpOption();
        parser.addOptions(options);
        admin.addTo(parser);
        parser.addPositionalArgument(QStringLiteral("NAME"), Tr::tr("The username."), syntax);
        if (positionals == 2) // user role NAME ROLE
            parser.addPositionalArgument(QStringLiteral("ROLE"), Tr::tr("user, moderator or admin."));
        if (!parser.parse(arguments))
            return RemoteCommand::report(name, UsageError,
                                         parser.errorText() + u'\n' + Tr::tr("See: %1 --help").arg(name));
        if (parser.isSet(help)) {
            QTextStream(stdout) << parser.helpText();
            return Success;
        }
        if (parser.positionalArguments().size() != positionals)
            return RemoteCommand::report(name, UsageError,
                                         (positionals == 2 ? Tr::tr("give NAME and ROLE. See: %1 --help")
                                                           : Tr::tr("give exactly one NAME. See: %1 --help"))
                                             .arg(name));
        username = parser.positionalArguments().constFirst();
        return std::nullopt;
    }

    bool offline() const { return admin.isOffline(parser); }
    bool json() const { return admin.isJson(parser); }

    // Runs `request` as `command` against the server and prints `describe(answer)` (or the
    // answer with --json).
    int online(const QString &command, const QJsonObject &request,
               std::function<QString(const QJsonObject &)> describe)
    {
        auto settings = admin.settings(parser);
        if (!settings)
            return RemoteCommand::report(name, UsageError, settings.error());
        const QString title = name;
        const bool asJson = json();
        return RemoteCommand::run(title, std::move(*settings), [=](AdminClient &client, const auto &finish) {
            client.call(command, request, [=](Expected<QJsonObject, AdminClient::Failure> answer) {
                if (!answer) {
                    finish(RemoteCommand::report(title, answer.error()));
                    return;
                }
                QTextStream out(stdout);
                if (asJson)
                    out << QJsonDocument(*answer).toJson(QJsonDocument::Indented);
                else
                    out << describe(*answer) << '\n';
                finish(Success);
            });
        });
    }

    // Opens the store and finds the user; prints why not.
    std::unique_ptr<OfflineModeration> openOffline(std::optional<User> &user)
    {
        auto opened = OfflineModeration::open(admin.dataDir(parser));
        if (!opened) {
            RemoteCommand::report(name, Failure, opened.error());
            return nullptr;
        }
        auto found = (*opened)->find(username);
        if (!found) {
            RemoteCommand::report(name, Failure, found.error());
            return nullptr;
        }
        user = *found;
        return std::move(*opened);
    }

    // Prints the offline result and the warning that live sessions were not touched.
    int offlineDone(const QJsonObject &answer, const QString &text)
    {
        QTextStream out(stdout);
        if (json())
            out << QJsonDocument(answer).toJson(QJsonDocument::Indented);
        else
            out << text << '\n';
        QTextStream(stderr) << OfflineModeration::warning() << Qt::endl;
        return Success;
    }
};

QString suspendedText(const QString &username, const QDateTime &until)
{
    return until.isValid() ? Tr::tr("Suspended %1 until %2.").arg(username, localTime(until))
                           : Tr::tr("Suspended %1 indefinitely.").arg(username);
}

} // namespace

int ModerationCommand::suspend(const QStringList &arguments)
{
    Command command;
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    Tr::tr("Why (required); the user sees it and it is audited."),
                                    Tr::tr("text"));
    const QCommandLineOption duration(QStringLiteral("for"),
                                      Tr::tr("How long: 30m, 2h, 7d, 1w (default: until unsuspended)."),
                                      Tr::tr("duration"));
    if (auto stop = command.parse(
            arguments,
            Tr::tr(
                "Suspends NAME: their sign-ins end (refresh tokens revoked), their sockets are disconnected, "
                "and logins are refused until the suspension ends or is lifted."),
            {reason, duration}, QStringLiteral("user suspend NAME --reason R"), 1))
        return *stop;
    if (command.parser.value(reason).trimmed().isEmpty())
        return RemoteCommand::report(
            command.name, UsageError,
            Tr::tr("give a reason with --reason: the user sees it, and it is audited."));
    std::optional<qint64> seconds;
    if (command.parser.isSet(duration)) {
        seconds = DurationText::toSeconds(command.parser.value(duration));
        if (!seconds)
            return RemoteCommand::report(
                command.name, UsageError,
                Tr::tr("--for wants a duration such as 30m, 2h, 7d or 1w, not \"%1\".")
                    .arg(command.parser.value(duration)));
    }

    if (!command.offline()) {
        QJsonObject request {{QStringLiteral("username"), command.username},
                             {QStringLiteral("reason"), command.parser.value(reason)}};
        if (seconds)
            request.insert(QStringLiteral("seconds"), double(*seconds));
        const QString username = command.username;
        return command.online(
            QStringLiteral("gatehouse:suspend"), request, [username](const QJsonObject &answer) -> QString {
                const QDateTime until = QDateTime::fromString(answer.value(QStringLiteral("account"))
                                                                  .toObject()
                                                                  .value(QStringLiteral("suspendedUntil"))
                                                                  .toString(),
                                                              Qt::ISODateWithMs);
                const int sockets = answer.value(QStringLiteral("sockets")).toInt();
                return suspendedText(username, until) + u' '
                    + Tr::tr("Sockets disconnected: %1.").arg(sockets);
            });
    }
    std::optional<User> user;
    auto offline = command.openOffline(user);
    if (!offline)
        return Failure;
    const QDateTime until = seconds ? QDateTime::currentDateTimeUtc().addSecs(*seconds) : QDateTime();
    auto done
        = offline->service().suspend(ModerationActor::local(), user->id, command.parser.value(reason), until);
    if (!done)
        return RemoteCommand::report(command.name, Failure, done.error().message);
    return command.offlineDone(
        {{QStringLiteral("account"), done->first.toJson()}, {QStringLiteral("sockets"), 0}},
        suspendedText(user->username, until));
}

int ModerationCommand::unsuspend(const QStringList &arguments)
{
    Command command;
    if (auto stop = command.parse(arguments, Tr::tr("Lifts the suspension of NAME: they may sign in again."),
                                  {}, QStringLiteral("user unsuspend NAME"), 1))
        return *stop;
    if (!command.offline()) {
        const QString username = command.username;
        return command.online(QStringLiteral("gatehouse:unsuspend"), {{QStringLiteral("username"), username}},
                              [username](const QJsonObject &) -> QString {
                                  return Tr::tr("%1 is not suspended now.").arg(username);
                              });
    }
    std::optional<User> user;
    auto offline = command.openOffline(user);
    if (!offline)
        return Failure;
    auto done = offline->service().unsuspend(ModerationActor::local(), user->id);
    if (!done)
        return RemoteCommand::report(command.name, Failure, done.error().message);
    return command.offlineDone({{QStringLiteral("account"), done->toJson()}},
                               Tr::tr("%1 is not suspended now.").arg(user->username));
}

int ModerationCommand::role(const QStringList &arguments)
{
    Command command;
    const QCommandLineOption reason(QStringLiteral("reason"), Tr::tr("Why; it goes into the audit log."),
                                    Tr::tr("text"));
    if (auto stop = command.parse(
            arguments,
            Tr::tr(
                "Gives NAME the role ROLE: user, moderator or admin. Only admins may do this, not on "
                "themselves, and the last active admin stays admin. After a demotion the user's sockets in "
                "namespaces the new role may not enter (e.g. /admin) are disconnected."),
            {reason}, QStringLiteral("user role NAME"), 2))
        return *stop;
    const QString roleName = command.parser.positionalArguments().at(1);
    const auto role = roleFromString(roleName);
    if (!role)
        return RemoteCommand::report(
            command.name, UsageError,
            Tr::tr("unknown role \"%1\": use user, moderator or admin.").arg(roleName));
    const QString username = command.username;
    const auto describe = [username](const QString &previous, const QString &now, int sockets) -> QString {
        if (previous == now)
            return Tr::tr("%1 is already %2; nothing changed.").arg(username, now);
        return Tr::tr("%1 is now %2 (was %3).").arg(username, now, previous) + u' '
            + Tr::tr("Sockets disconnected: %1.").arg(sockets);
    };
    if (!command.offline())
        return command.online(QStringLiteral("gatehouse:role"),
                              {{QStringLiteral("username"), username},
                               {QStringLiteral("role"), roleName},
                               {QStringLiteral("reason"), command.parser.value(reason)}},
                              [describe](const QJsonObject &answer) -> QString {
                                  return describe(answer.value(QStringLiteral("previousRole")).toString(),
                                                  answer.value(QStringLiteral("account"))
                                                      .toObject()
                                                      .value(QStringLiteral("role"))
                                                      .toString(),
                                                  answer.value(QStringLiteral("sockets")).toInt());
                              });
    std::optional<User> user;
    auto offline = command.openOffline(user);
    if (!offline)
        return Failure;
    auto done
        = offline->service().setRole(ModerationActor::local(), user->id, *role, command.parser.value(reason));
    if (!done)
        return RemoteCommand::report(command.name, Failure, done.error().message);
    return command.offlineDone({{QStringLiteral("account"), done->user.toJson()},
                                {QStringLiteral("previousRole"), roleToString(done->previousRole)},
                                {QStringLiteral("sockets"), 0}},
                               describe(roleToString(done->previousRole), roleToString(done->user.role), 0));
}

} // namespace gatehouse::app
