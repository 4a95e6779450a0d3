#include "SessionsCommand.h"

#include "AdminOptions.h"
#include "ExitCode.h"
#include "RemoteCommand.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

namespace gatehouse::app {

namespace {

// This file's strings, in the translation context "SessionsCommand" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SessionsCommand)
};

const QString Name = QStringLiteral("gatehouse sessions");

QString localTime(const QJsonValue &iso)
{
    const QDateTime at = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// The users as the server listed them, without this command's own socket (it is not a session
// anyone asked about) and, with --user, only that user. Devices and users left without sockets
// are dropped.
QJsonArray select(const QJsonArray &users, const QString &ownSocketId, const QString &username)
{
    QJsonArray selected;
    for (const QJsonValue &userValue : users) {
        QJsonObject user = userValue.toObject();
        if (!username.isEmpty()
            && user.value(QStringLiteral("username")).toString().compare(username, Qt::CaseInsensitive) != 0)
            continue;
        QJsonArray devices;
        for (const QJsonValue &deviceValue : user.value(QStringLiteral("devices")).toArray()) {
            QJsonObject device = deviceValue.toObject();
            QJsonArray sockets;
            for (const QJsonValue &socket : device.value(QStringLiteral("sockets")).toArray()) {
                if (socket.toObject().value(QStringLiteral("id")).toString() != ownSocketId)
                    sockets.append(socket);
            }
            if (sockets.isEmpty())
                continue;
            device.insert(QStringLiteral("sockets"), sockets);
            devices.append(device);
        }
        if (devices.isEmpty())
            continue;
        user.insert(QStringLiteral("devices"), devices);
        selected.append(user);
    }
    return selected;
}

QString deviceTable(const QJsonArray &users)
{
    TextTable table({Tr::tr("USER"), Tr::tr("ROLE"), Tr::tr("DEVICE"), Tr::tr("NAME"), Tr::tr("PLATFORM"),
                     Tr::tr("SOCKETS"), Tr::tr("NAMESPACES"), Tr::tr("ADDRESS"), Tr::tr("SINCE")});
    for (const QJsonValue &userValue : users) {
        const QJsonObject user = userValue.toObject();
        for (const QJsonValue &deviceValue : user.value(QStringLiteral("devices")).toArray()) {
            const QJsonObject device = deviceValue.toObject();
            const QJsonArray sockets = device.value(QStringLiteral("sockets")).toArray();
            QStringList namespaces;
            for (const QJsonValue &socket : sockets)
                namespaces.append(socket.toObject().value(QStringLiteral("nsp")).toString());
            namespaces.removeDuplicates();
            namespaces.sort();
            table.addRow(
                {user.value(QStringLiteral("username")).toString(),
                 user.value(QStringLiteral("role")).toString(), device.value(QStringLiteral("id")).toString(),
                 device.value(QStringLiteral("name")).toString(),
                 device.value(QStringLiteral("platform")).toString(), QString::number(sockets.size()),
                 namespaces.join(u','), device.value(QStringLiteral("address")).toString(),
                 localTime(device.value(QStringLiteral("connectedAt")))});
        }
    }
    return table.toString();
}

QString socketTable(const QJsonArray &users)
{
    TextTable table({Tr::tr("USER"), Tr::tr("DEVICE"), Tr::tr("SOCKET"), Tr::tr("NAMESPACE"),
                     Tr::tr("TRANSPORT"), Tr::tr("ADDRESS"), Tr::tr("SINCE")});
    for (const QJsonValue &userValue : users) {
        const QJsonObject user = userValue.toObject();
        for (const QJsonValue &deviceValue : user.value(QStringLiteral("devices")).toArray()) {
            const QJsonObject device = deviceValue.toObject();
            for (const QJsonValue &socketValue : device.value(QStringLiteral("sockets")).toArray()) {
                const QJsonObject socket = socketValue.toObject();
                table.addRow({user.value(QStringLiteral("username")).toString(),
                              device.value(QStringLiteral("id")).toString(),
                              socket.value(QStringLiteral("id")).toString(),
                              socket.value(QStringLiteral("nsp")).toString(),
                              socket.value(QStringLiteral("transport")).toString(),
                              socket.value(QStringLiteral("address")).toString(),
                              localTime(socket.value(QStringLiteral("connectedAt")))});
            }
        }
    }
    return table.toString();
}

QString summary(const QJsonArray &users)
{
    int devices = 0;
    int sockets = 0;
    for (const QJsonValue &user : users) {
        const QJsonArray userDevices = user.toObject().value(QStringLiteral("devices")).toArray();
        devices += int(userDevices.size());
        for (const QJsonValue &device : userDevices)
            sockets += int(device.toObject().value(QStringLiteral("sockets")).toArray().size());
    }
    return Tr::tr("Users: %1, devices: %2, sockets: %3.").arg(users.size()).arg(devices).arg(sockets);
}

} // namespace

int SessionsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const AdminOptions admin(AdminOptions::Offline::NotSupported);
    parser.setApplicationDescription(
        Tr::tr(
            "Lists who is connected to the running server: one line per user and device, or per socket with "
            "--sockets. This command's own connection is left out.")
        + u'\n' + AdminOptions::helpText(AdminOptions::Offline::NotSupported));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption user(QStringLiteral("user"), Tr::tr("Only this user's sessions."),
                                  Tr::tr("name"));
    const QCommandLineOption sockets(
        QStringLiteral("sockets"),
        Tr::tr("One line per socket, with the ids `gatehouse kick --socket` takes."));
    parser.addOptions({user, sockets});
    admin.addTo(parser);
    if (!parser.parse(arguments))
        return RemoteCommand::report(Name, UsageError,
                                     parser.errorText() + u'\n' + Tr::tr("See: gatehouse sessions --help"));
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return RemoteCommand::report(Name, UsageError,
                                     Tr::tr("this command takes no arguments; for one user: --user NAME."));
    auto settings = admin.settings(parser);
    if (!settings)
        return RemoteCommand::report(Name, UsageError, settings.error());

    const QString username = parser.value(user);
    const bool json = admin.isJson(parser);
    const bool perSocket = parser.isSet(sockets);
    return RemoteCommand::run(Name, std::move(*settings), [=](AdminClient &client, const auto &finish) {
        client.collect(
            QStringLiteral("gatehouse:sessions"), {}, QStringLiteral("users"), QStringLiteral("cursor"),
            QStringLiteral("nextCursor"), 0, [=, &client](Expected<QJsonArray, AdminClient::Failure> users) {
                if (!users) {
                    finish(RemoteCommand::report(Name, users.error()));
                    return;
                }
                const QJsonArray selected = select(*users, client.socketId(), username);
                if (json) {
                    QTextStream(stdout) << QJsonDocument(QJsonObject {{QStringLiteral("users"), selected}})
                                               .toJson(QJsonDocument::Indented);
                    finish(Success);
                    return;
                }
                if (selected.isEmpty() && !username.isEmpty()) {
                    // Not connected, or no such user? The account tells.
                    client.call(QStringLiteral("gatehouse:account"), {{QStringLiteral("username"), username}},
                                [=](Expected<QJsonObject, AdminClient::Failure> account) {
                                    if (!account) {
                                        finish(RemoteCommand::report(
                                            Name, account.error().exitCode,
                                            account.error().code == QLatin1StringView("not_found")
                                                ? Tr::tr("there is no user \"%1\".").arg(username)
                                                : account.error().message));
                                        return;
                                    }
                                    QTextStream(stdout)
                                        << Tr::tr("%1 has no connection now.").arg(username) << '\n';
                                    finish(Success);
                                });
                    return;
                }
                QTextStream out(stdout);
                if (selected.isEmpty())
                    out << Tr::tr("Nobody is connected.") << '\n';
                else
                    out << (perSocket ? socketTable(selected) : deviceTable(selected)) << summary(selected)
                        << '\n';
                finish(Success);
            });
    });
}

} // namespace gatehouse::app
