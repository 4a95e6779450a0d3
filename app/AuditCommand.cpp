#include "AuditCommand.h"

#include "AdminOptions.h"
#include "AppStore.h"
#include "DurationText.h"
#include "ExitCode.h"
#include "RemoteCommand.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace gatehouse::app {

namespace {

// This file's strings, in the translation context "AuditCommand" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

const QString Name = QStringLiteral("gatehouse audit");
constexpr int DefaultLimit = 50;

// "2h" (that long ago), "2026-03-01" (local midnight) or "2026-03-01T14:30" (local time unless
// it names a zone).
std::optional<QDateTime> parseSince(const QString &text)
{
    if (const auto seconds = DurationText::toSeconds(text))
        return QDateTime::currentDateTimeUtc().addSecs(-*seconds);
    if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
        return date.startOfDay();
    if (const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs); at.isValid())
        return at;
    return std::nullopt;
}

QString detailText(const QJsonObject &entry)
{
    QStringList parts;
    const QJsonObject details = entry.value(QStringLiteral("details")).toObject();
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = QString::number(value.toDouble());
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (value.isObject() || value.isArray())
            text = QString::fromUtf8(
                (value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray()))
                    .toJson(QJsonDocument::Compact));
        if (!text.isEmpty())
            parts.append(it.key() + u'=' + text);
    }
    if (const QString address = entry.value(QStringLiteral("address")).toString(); !address.isEmpty())
        parts.append(QStringLiteral("address=") + address);
    return parts.join(QStringLiteral(", "));
}

// The entries (newest first) as a table; `names` maps user ids to usernames.
void print(const QJsonArray &entries, const QHash<QString, QString> &names, bool json, int limit)
{
    QTextStream out(stdout);
    if (json) {
        out << QJsonDocument(QJsonObject {{QStringLiteral("entries"), entries}})
                   .toJson(QJsonDocument::Indented);
        return;
    }
    const auto name = [&](const QJsonValue &id) {
        return id.isNull() || id.toString().isEmpty() ? QStringLiteral("-")
                                                      : names.value(id.toString(), id.toString());
    };
    TextTable table({Tr::tr("TIME"), Tr::tr("TYPE"), Tr::tr("BY"), Tr::tr("USER"), Tr::tr("DETAILS")});
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QDateTime at
            = QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        table.addRow({at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      entry.value(QStringLiteral("type")).toString(),
                      name(entry.value(QStringLiteral("actorId"))),
                      name(entry.value(QStringLiteral("userId"))), detailText(entry)});
    }
    out << table.toString();
    out << (entries.size() >= limit
                ? Tr::tr("Entries: %1, newest first; older ones with a larger --limit.").arg(entries.size())
                : Tr::tr("Entries: %1, newest first.").arg(entries.size()))
        << '\n';
}

int offline(const QString &dataDir, AuditQuery query, const QString &username, bool json, int limit)
{
    auto store = AppStore::open(dataDir);
    if (!store)
        return RemoteCommand::report(Name, Failure, store.error());
    auto users = (*store)->users().list();
    if (!users)
        return RemoteCommand::report(Name, Failure, users.error());
    QHash<QString, QString> names;
    for (const User &user : std::as_const(*users))
        names.insert(user.id, user.username);
    if (!username.isEmpty()) {
        auto user = (*store)->users().findByUsername(username);
        if (!user)
            return RemoteCommand::report(Name, Failure, user.error());
        if (!*user)
            return RemoteCommand::report(Name, Failure, Tr::tr("there is no user \"%1\".").arg(username));
        query.userId = (*user)->id;
    }
    QJsonArray entries;
    while (entries.size() < limit) {
        query.limit = int(qMin<qsizetype>(AuditLog::MaximumLimit, limit - entries.size()));
        auto page = (*store)->audit().query(query);
        if (!page)
            return RemoteCommand::report(Name, Failure, page.error());
        for (const AuditEntry &entry : std::as_const(*page))
            entries.append(entry.toJson());
        if (page->size() < query.limit)
            break;
        query.beforeId = page->constLast().id;
    }
    print(entries, names, json, limit);
    return Success;
}

} // namespace

int AuditCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const AdminOptions admin(AdminOptions::Offline::Supported);
    parser.setApplicationDescription(
        Tr::tr("Shows the audit log, newest first: sign-ins, account changes, kicks, suspensions, role "
               "changes.")
        + u'\n' + AdminOptions::helpText(AdminOptions::Offline::Supported));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption user(QStringLiteral("user"), Tr::tr("Only entries about this user."),
                                  Tr::tr("name"));
    const QCommandLineOption type(
        QStringLiteral("type"), Tr::tr("Only entries of this type, e.g. user.role_changed."), Tr::tr("type"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        Tr::tr("Only entries since <when>: a duration ago (2h, 7d) or a date or time "
               "(2026-03-01, 2026-03-01T14:30)."),
        Tr::tr("when"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Tr::tr("At most <n> entries (default %1).").arg(DefaultLimit), Tr::tr("n"),
                                   QString::number(DefaultLimit));
    parser.addOptions({user, type, since, limit});
    admin.addTo(parser);
    if (!parser.parse(arguments))
        return RemoteCommand::report(Name, UsageError,
                                     parser.errorText() + u'\n' + Tr::tr("See: gatehouse audit --help"));
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return RemoteCommand::report(Name, UsageError,
                                     Tr::tr("this command takes no arguments; for one user: --user NAME."));
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count < 1 || count > 100'000)
        return RemoteCommand::report(Name, UsageError, Tr::tr("--limit wants a number from 1 to 100000."));
    AuditQuery query;
    query.type = parser.value(type);
    if (parser.isSet(since)) {
        const auto from = parseSince(parser.value(since));
        if (!from)
            return RemoteCommand::report(
                Name, UsageError,
                Tr::tr("--since wants a duration such as 2h or 7d, or a date such as 2026-03-01, not \"%1\".")
                    .arg(parser.value(since)));
        query.from = *from;
    }
    const QString username = parser.value(user);
    const bool json = admin.isJson(parser);
    if (admin.isOffline(parser))
        return offline(admin.dataDir(parser), query, username, json, count);

    auto settings = admin.settings(parser);
    if (!settings)
        return RemoteCommand::report(Name, UsageError, settings.error());
    QJsonObject request;
    if (!username.isEmpty())
        request.insert(QStringLiteral("username"), username);
    if (!query.type.isEmpty())
        request.insert(QStringLiteral("type"), query.type);
    if (query.from.isValid())
        request.insert(QStringLiteral("from"), query.from.toUTC().toString(Qt::ISODateWithMs));
    return RemoteCommand::run(Name, std::move(*settings), [=](AdminClient &client, const auto &finish) {
        // The names first, so that the table can say who rather than which id.
        client.collect(QStringLiteral("gatehouse:accounts"), {}, QStringLiteral("accounts"),
                       QStringLiteral("cursor"), QStringLiteral("nextCursor"), 0,
                       [=, &client](Expected<QJsonArray, AdminClient::Failure> accounts) {
                           if (!accounts) {
                               finish(RemoteCommand::report(Name, accounts.error()));
                               return;
                           }
                           QHash<QString, QString> names;
                           for (const QJsonValue &account : std::as_const(*accounts))
                               names.insert(account.toObject().value(QStringLiteral("id")).toString(),
                                            account.toObject().value(QStringLiteral("username")).toString());
                           client.collect(
                               QStringLiteral("gatehouse:audit"), request, QStringLiteral("entries"),
                               QStringLiteral("beforeId"), QStringLiteral("nextBeforeId"), count,
                               [=](Expected<QJsonArray, AdminClient::Failure> entries) {
                                   if (!entries) {
                                       const bool unknown
                                           = entries.error().code == QLatin1StringView("not_found");
                                       finish(RemoteCommand::report(
                                           Name, entries.error().exitCode,
                                           unknown ? Tr::tr("there is no user \"%1\".").arg(username)
                                                   : entries.error().message));
                                       return;
                                   }
                                   print(*entries, names, json, count);
                                   finish(Success);
                               });
                       });
    });
}

} // namespace gatehouse::app
