#include "KickCommand.h"

#include "AdminOptions.h"
#include "ExitCode.h"
#include "RemoteCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace gatehouse::app {

namespace {

// This file's strings, in the translation context "KickCommand" (lupdate reads the context here).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KickCommand)
};

const QString Name = QStringLiteral("gatehouse kick");

// Whether `socketId` is one of the user's live sockets, as `gatehouse:account` lists them.
bool ownsSocket(const QJsonObject &account, const QString &socketId)
{
    const QJsonArray devices
        = account.value(QStringLiteral("live")).toObject().value(QStringLiteral("devices")).toArray();
    for (const QJsonValue &device : devices) {
        if (device.toObject().value(QStringLiteral("socketIds")).toArray().contains(QJsonValue(socketId)))
            return true;
    }
    return false;
}

} // namespace

int KickCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const AdminOptions admin(AdminOptions::Offline::NotSupported);
    parser.setApplicationDescription(
        Tr::tr(
            "Disconnects NAME from the running server: every device, one device (--device), or one socket "
            "(--socket, see gatehouse sessions --user NAME --sockets). The user's clients are told why and "
            "do not reconnect by themselves; to keep the user out, use gatehouse user suspend.")
        + u'\n' + AdminOptions::helpText(AdminOptions::Offline::NotSupported));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption device(QStringLiteral("device"), Tr::tr("Only the sockets of this device."),
                                    Tr::tr("id"));
    const QCommandLineOption socket(QStringLiteral("socket"), Tr::tr("Only this socket."), Tr::tr("id"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    Tr::tr("Why; the user sees it and it is audited."), Tr::tr("text"));
    parser.addOptions({device, socket, reason});
    admin.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), Tr::tr("The username."),
                                 QStringLiteral("kick NAME"));
    if (!parser.parse(arguments))
        return RemoteCommand::report(Name, UsageError,
                                     parser.errorText() + u'\n' + Tr::tr("See: gatehouse kick --help"));
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return RemoteCommand::report(Name, UsageError,
                                     Tr::tr("give exactly one NAME. See: gatehouse kick --help"));
    if (parser.isSet(device) && parser.isSet(socket))
        return RemoteCommand::report(Name, UsageError, Tr::tr("give --device or --socket, not both."));
    auto settings = admin.settings(parser);
    if (!settings)
        return RemoteCommand::report(Name, UsageError, settings.error());

    const QString username = parser.positionalArguments().constFirst();
    const QString deviceId = parser.value(device);
    const QString socketId = parser.value(socket);
    const bool json = admin.isJson(parser);
    QJsonObject request {{QStringLiteral("reason"), parser.value(reason)}};
    if (!socketId.isEmpty())
        request.insert(QStringLiteral("socketId"), socketId);
    else
        request.insert(QStringLiteral("username"), username);
    if (!deviceId.isEmpty())
        request.insert(QStringLiteral("deviceId"), deviceId);

    return RemoteCommand::run(Name, std::move(*settings), [=](AdminClient &client, const auto &finish) {
        const auto kick = [=, &client] {
            client.call(QStringLiteral("gatehouse:kick"), request,
                        [=](Expected<QJsonObject, AdminClient::Failure> kicked) {
                            if (!kicked) {
                                finish(RemoteCommand::report(Name, kicked.error()));
                                return;
                            }
                            const int count = kicked->value(QStringLiteral("sockets")).toInt();
                            QTextStream out(stdout);
                            if (json)
                                out << QJsonDocument(*kicked).toJson(QJsonDocument::Indented);
                            else if (!deviceId.isEmpty())
                                out << Tr::tr("Disconnected %1 on device %2 (sockets: %3).")
                                           .arg(username, deviceId)
                                           .arg(count)
                                    << '\n';
                            else
                                out << Tr::tr("Disconnected %1 (sockets: %2).").arg(username).arg(count)
                                    << '\n';
                            finish(Success);
                        });
        };
        if (socketId.isEmpty()) {
            kick();
            return;
        }
        // A socket id is easily mistyped or stale: kick it only if it is NAME's.
        client.call(QStringLiteral("gatehouse:account"), {{QStringLiteral("username"), username}},
                    [=](Expected<QJsonObject, AdminClient::Failure> account) {
                        if (!account) {
                            finish(RemoteCommand::report(Name, account.error()));
                            return;
                        }
                        if (!ownsSocket(*account, socketId)) {
                            finish(RemoteCommand::report(
                                Name, Failure,
                                Tr::tr("%1 has no socket %2 now. See: gatehouse sessions --user %1 --sockets")
                                    .arg(username, socketId)));
                            return;
                        }
                        kick();
                    });
    });
}

} // namespace gatehouse::app
