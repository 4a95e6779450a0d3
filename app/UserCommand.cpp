#include "UserCommand.h"

#include "AppStore.h"
#include "ExitCode.h"
#include "ModerationCommand.h"
#include "PasswordInput.h"
#include "PasswordPrompt.h"
#include "TextTable.h"
#include "core/auth/PasswordHasher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <functional>

namespace gatehouse::app {

namespace {

// This file's strings, in the translation context "UserCommand" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UserCommand)
};

QString usage()
{
    return Tr::tr(
        "Usage: gatehouse user <command> [options]\n"
        "\n"
        "Commands:\n"
        "  add NAME [--role R] [--display-name D] [--password-stdin]\n"
        "                 Create an account (role user, moderator or admin; default user).\n"
        "  list           Show every account.\n"
        "  passwd NAME [--password-stdin]\n"
        "                 Set a new password; the account's devices must sign in again.\n"
        "  remove NAME    Delete an account and its sessions (the audit log keeps its history).\n"
        "\n"
        "These work on the store and take --data-dir DIR. Without --password-stdin the password is\n"
        "asked twice on the terminal.\n"
        "\n"
        "  suspend NAME --reason R [--for DURATION]\n"
        "                 Suspend an account (30m, 2h, 7d, 1w; default: until lifted).\n"
        "  unsuspend NAME Lift a suspension.\n"
        "  role NAME ROLE [--reason R]\n"
        "                 Make NAME a user, moderator or admin (admins only; audited).\n"
        "\n"
        "These act on the running server, which disconnects the user's sockets at once; they sign\n"
        "in as --admin NAME (default admin) with the password from --password-stdin,\n"
        "GATEHOUSE_ADMIN_PASSWORD or a prompt. With --offline [--data-dir DIR] they change the\n"
        "store only, and live sessions stay until their next handshake.\n"
        "\n"
        "Exit status: 0 done; 1 failed or refused; 2 invalid command line or password; 3 cannot\n"
        "reach the server; 4 the server refused the sign-in.\n"
        "Help on one command: gatehouse user add --help\n");
}

// What every subcommand shares: its parser, output streams, and the opened store.
class Context {
public:
    QTextStream out {stdout};
    QTextStream err {stderr};
    QCommandLineParser parser;
    const QCommandLineOption dataDir = AppStore::dataDirOption();
    std::unique_ptr<Store> store;

    int fail(int code, const QString &message)
    {
        err << Tr::tr("gatehouse user: %1").arg(message) << Qt::endl;
        return code;
    }

    // Parses `arguments` (starting with the subcommand) expecting `positionals` names. Returns an
    // exit code when the command should stop here (help shown, or a usage error).
    std::optional<int> parse(const QStringList &arguments, qsizetype positionals)
    {
        const QCommandLineOption help = parser.addHelpOption();
        parser.addOption(dataDir);
        if (!parser.parse(arguments))
            return fail(UsageError, parser.errorText() + u'\n' + Tr::tr("See: gatehouse user --help"));
        if (parser.isSet(help)) {
            out << parser.helpText();
            return Success;
        }
        if (parser.positionalArguments().size() != positionals)
            return fail(UsageError,
                        positionals == 0
                            ? Tr::tr("this command takes no NAME.")
                            : Tr::tr("give exactly one NAME. See: %1 --help")
                                  .arg(QStringLiteral("gatehouse user ") + arguments.constFirst()));
        return std::nullopt;
    }

    std::optional<int> openStore()
    {
        auto opened = AppStore::open(parser.value(dataDir));
        if (!opened)
            return fail(Failure, opened.error());
        store = std::move(*opened);
        return std::nullopt;
    }

    void audit(const QString &type, const QString &userId, QJsonObject details)
    {
        details.insert(QStringLiteral("via"), QStringLiteral("command line"));
        if (auto done = store->audit().append(type, QString(), userId, QString(), details); !done)
            err << Tr::tr("gatehouse user: warning: the audit record was not written: %1").arg(done.error())
                << '\n';
    }
};

// A new password: the first line of standard input with --password-stdin, otherwise typed twice
// on the terminal. Scripts without a terminal must say where the password comes from.
Expected<QString, QString> readNewPassword(bool fromStdin)
{
    QString password;
    if (fromStdin) {
        auto read = PasswordInput::fromStdin();
        if (!read)
            return unexpected(read.error());
        password = *read;
    } else {
        if (!PasswordPrompt::isInteractive())
            return unexpected(
                Tr::tr("there is no terminal to ask for the password: pass it on standard input "
                       "with --password-stdin."));
        const auto first = PasswordPrompt::read(Tr::tr("New password: "));
        if (!first)
            return unexpected(Tr::tr("no password given."));
        if (auto acceptable = PasswordHasher::checkPolicy(*first); !acceptable)
            return unexpected(acceptable.error());
        const auto second = PasswordPrompt::read(Tr::tr("Repeat the password: "));
        if (!second || *second != *first)
            return unexpected(Tr::tr("the passwords do not match."));
        password = *first;
    }
    if (auto acceptable = PasswordHasher::checkPolicy(password); !acceptable)
        return unexpected(acceptable.error());
    return password;
}

std::optional<User> findUser(Context &context, const QString &name, int &exitCode)
{
    auto found = context.store->users().findByUsername(name);
    if (!found) {
        exitCode = context.fail(Failure, found.error());
        return std::nullopt;
    }
    if (!found->has_value())
        exitCode = context.fail(Failure, Tr::tr("there is no user \"%1\".").arg(name));
    return *found;
}

int add(const QStringList &arguments)
{
    Context context;
    const QCommandLineOption role(QStringLiteral("role"), Tr::tr("user, moderator or admin (default: user)."),
                                  Tr::tr("role"), QStringLiteral("user"));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
                                         Tr::tr("The name others see (default: the username)."),
                                         Tr::tr("name"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           Tr::tr("Read the password from standard input."));
    context.parser.setApplicationDescription(Tr::tr("Creates an account."));
    context.parser.addOptions({role, displayName, passwordStdin});
    context.parser.addPositionalArgument(QStringLiteral("NAME"), Tr::tr("The username."),
                                         QStringLiteral("user add NAME"));
    if (auto stop = context.parse(arguments, 1))
        return *stop;

    const QString name = context.parser.positionalArguments().constFirst();
    const auto parsedRole = roleFromString(context.parser.value(role));
    if (!parsedRole)
        return context.fail(
            UsageError,
            Tr::tr("unknown role \"%1\": use user, moderator or admin.").arg(context.parser.value(role)));
    if (auto valid = UserStore::checkUsername(name); !valid)
        return context.fail(UsageError, valid.error());
    if (auto valid = UserStore::checkDisplayName(context.parser.value(displayName)); !valid)
        return context.fail(UsageError, valid.error());
    if (auto stop = context.openStore())
        return *stop;
    // Checked before asking for a password, so nobody types one for nothing.
    if (auto existing = context.store->users().findByUsername(name); !existing || existing->has_value())
        return context.fail(
            Failure, existing ? Tr::tr("the username \"%1\" is already taken.").arg(name) : existing.error());

    auto password = readNewPassword(context.parser.isSet(passwordStdin));
    if (!password)
        return context.fail(UsageError, password.error());
    auto hash = PasswordHasher().hash(*password);
    if (!hash)
        return context.fail(Failure, hash.error());
    auto user = context.store->users().add({name, context.parser.value(displayName), *parsedRole, *hash});
    if (!user)
        return context.fail(Failure, user.error());
    context.audit(
        AuditLog::UserCreated, user->id,
        {{QStringLiteral("username"), user->username}, {QStringLiteral("role"), roleToString(user->role)}});
    context.out << Tr::tr("Added user %1 (role %2).").arg(user->username, roleToString(user->role)) << '\n';
    return Success;
}

int passwd(const QStringList &arguments)
{
    Context context;
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           Tr::tr("Read the new password from standard input."));
    context.parser.setApplicationDescription(
        Tr::tr("Sets a new password. The account's refresh tokens are revoked, so its devices must sign in "
               "again."));
    context.parser.addOption(passwordStdin);
    context.parser.addPositionalArgument(QStringLiteral("NAME"), Tr::tr("The username."),
                                         QStringLiteral("user passwd NAME"));
    if (auto stop = context.parse(arguments, 1))
        return *stop;
    if (auto stop = context.openStore())
        return *stop;
    int exitCode = Success;
    const auto user = findUser(context, context.parser.positionalArguments().constFirst(), exitCode);
    if (!user)
        return exitCode;

    auto password = readNewPassword(context.parser.isSet(passwordStdin));
    if (!password)
        return context.fail(UsageError, password.error());
    auto hash = PasswordHasher().hash(*password);
    if (!hash)
        return context.fail(Failure, hash.error());
    if (auto done = context.store->users().setPassword(user->id, *hash); !done)
        return context.fail(Failure, done.error());
    auto revoked = context.store->refreshTokens().revokeAllForUser(user->id);
    if (!revoked)
        return context.fail(Failure, revoked.error());
    context.audit(
        AuditLog::PasswordChanged, user->id,
        {{QStringLiteral("username"), user->username}, {QStringLiteral("revokedTokens"), *revoked}});
    context.out << Tr::tr("Changed the password of %1.").arg(user->username) << '\n';
    return Success;
}

int remove(const QStringList &arguments)
{
    Context context;
    context.parser.setApplicationDescription(
        Tr::tr("Deletes an account and its refresh tokens. The audit log keeps its history."));
    context.parser.addPositionalArgument(QStringLiteral("NAME"), Tr::tr("The username."),
                                         QStringLiteral("user remove NAME"));
    if (auto stop = context.parse(arguments, 1))
        return *stop;
    if (auto stop = context.openStore())
        return *stop;
    int exitCode = Success;
    const auto user = findUser(context, context.parser.positionalArguments().constFirst(), exitCode);
    if (!user)
        return exitCode;
    // Without an admin nobody could manage accounts over the network any more.
    if (user->role == Role::Admin) {
        auto admins = context.store->users().countWithRole(Role::Admin);
        if (!admins)
            return context.fail(Failure, admins.error());
        if (*admins <= 1)
            return context.fail(Failure,
                                Tr::tr("%1 is the only admin. Add another admin first (gatehouse user "
                                       "add NAME --role admin).")
                                    .arg(user->username));
    }
    if (auto done = context.store->users().remove(user->id); !done)
        return context.fail(Failure, done.error());
    context.audit(
        AuditLog::UserRemoved, user->id,
        {{QStringLiteral("username"), user->username}, {QStringLiteral("role"), roleToString(user->role)}});
    context.out << Tr::tr("Removed user %1.").arg(user->username) << '\n';
    return Success;
}

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : Tr::tr("never");
}

QString statusText(const User &user)
{
    if (user.status == UserStatus::Active)
        return Tr::tr("active");
    return user.suspendedUntil.isValid() ? Tr::tr("suspended until %1").arg(formatTime(user.suspendedUntil))
                                         : Tr::tr("suspended");
}

int list(const QStringList &arguments)
{
    Context context;
    context.parser.setApplicationDescription(Tr::tr("Shows every account."));
    if (auto stop = context.parse(arguments, 0))
        return *stop;
    if (auto stop = context.openStore())
        return *stop;
    auto users = context.store->users().list();
    if (!users)
        return context.fail(Failure, users.error());

    TextTable table({Tr::tr("USERNAME"), Tr::tr("DISPLAY NAME"), Tr::tr("ROLE"), Tr::tr("STATUS"),
                     Tr::tr("CREATED"), Tr::tr("LAST LOGIN")});
    for (const User &user : *users)
        table.addRow({user.username, user.displayName, roleToString(user.role), statusText(user),
                      formatTime(user.createdAt), formatTime(user.lastLoginAt)});
    context.out << table.toString();
    return Success;
}

} // namespace

int UserCommand::run(const QStringList &arguments)
{
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    const QStringList rest = arguments.mid(1);
    const QHash<QString, std::function<int(const QStringList &)>> commands {
        {QStringLiteral("add"), add},
        {QStringLiteral("list"), list},
        {QStringLiteral("passwd"), passwd},
        {QStringLiteral("remove"), remove},
        {QStringLiteral("suspend"), ModerationCommand::suspend},
        {QStringLiteral("unsuspend"), ModerationCommand::unsuspend},
        {QStringLiteral("role"), ModerationCommand::role},
    };
    if (const auto it = commands.constFind(command); it != commands.cend())
        return it.value()(rest);
    if (command.isEmpty() || command == QLatin1StringView("--help") || command == QLatin1StringView("-h")
        || command == QLatin1StringView("help")) {
        QTextStream(stdout) << usage();
        return command.isEmpty() ? UsageError : Success;
    }
    QTextStream(stderr) << Tr::tr("gatehouse user: unknown command \"%1\".").arg(command) << '\n' << usage();
    return UsageError;
}

} // namespace gatehouse::app
