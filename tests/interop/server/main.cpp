// gatehouse-interop-server: the "interop server" of tests/interop (see reference-server.mjs, its
// Node twin). The npm socket.io-client runs its test matrix against this program.
#include "core/platform/ShutdownSignals.h"
#include "core/protocol/JsonText.h"
#include "core/server/Server.h"
#include "core/server/Socket.h"
#include "core/server/SocketClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

using namespace gatehouse;

namespace {

void serverWideAuth(Socket *socket, const Next &next)
{
    if (socket->handshake().auth.value(QStringLiteral("token")).toString() == QLatin1StringView("bad")) {
        next(ConnectError {QStringLiteral("invalid token"),
                           QJsonObject {{QStringLiteral("reason"), QStringLiteral("bad-token")},
                                        {QStringLiteral("retry"), false}}});
        return;
    }
    next();
}

// Written as text so that the client's auth payload comes back byte for byte.
Argument welcome(const Socket *socket)
{
    const QString x = socket->handshake().queryItem(QStringLiteral("x"));
    const bool hasX = socket->handshake().query.hasQueryItem(QStringLiteral("x"));
    const QByteArray clientId = socket->handshake().header("x-clientid");
    QByteArray json = R"({"sid":)" + JsonText::serialize(socket->id()) + R"(,"nsp":)"
        + JsonText::serialize(socket->nsp()->name()) + R"(,"auth":)" + socket->handshake().rawAuth
        + R"(,"query":{"x":)" + (hasX ? JsonText::serialize(x) : QByteArray("null")) + "}" + R"(,"clientid":)"
        + (clientId.isNull() ? QByteArray("null") : JsonText::serialize(QString::fromLatin1(clientId))) + "}";
    return Argument::fromRawJson(json);
}

void onConnection(Socket *socket)
{
    socket->emit(QStringLiteral("welcome"), {welcome(socket)});

    socket->on(QStringLiteral("echo"), [socket](const Arguments &args, const Ack &ack) {
        if (ack)
            ack(args);
        else
            socket->emit(QStringLiteral("echo"), args);
    });
    socket->on(QStringLiteral("ask"), [socket](const Arguments &args, const Ack &ack) {
        if (!ack)
            return;
        socket->emitWithAck(
            QStringLiteral("question"), args.mid(0, 1), socket,
            [ack](Expected<Arguments, QString> answer) {
                if (!answer) {
                    ack({QJsonObject {{QStringLiteral("error"), QStringLiteral("timeout")}}});
                    return;
                }
                const Argument first = answer->isEmpty() ? Argument() : answer->first();
                // {"answer": <first ack argument, as sent>}
                QByteArray json = R"({"answer":)" + first.rawJson() + '}';
                ack({Argument::fromRawJson(json, first.attachments())});
            },
            2000);
    });
    socket->on(QStringLiteral("join"), [socket](const Arguments &args, const Ack &ack) {
        socket->join(args.value(0).toString());
        ack({true});
    });
    socket->on(QStringLiteral("to-room"), [socket](const Arguments &args, const Ack &ack) {
        const Argument room = args.value(0);
        const Argument msg = args.value(1);
        QByteArray json = R"({"room":)" + room.rawJson() + R"(,"msg":)" + msg.rawJson() + R"(,"from":)"
            + JsonText::serialize(socket->id()) + '}';
        socket->to(room.toString())
            .emit(QStringLiteral("room-message"), {Argument::fromRawJson(json, msg.attachments())});
        ack({true});
    });
    socket->on(QStringLiteral("everyone"), [socket](const Arguments &args, const Ack &ack) {
        socket->nsp()->emit(QStringLiteral("broadcast"), args.mid(0, 1));
        ack({true});
    });
    socket->on(QStringLiteral("disconnect-me"), [socket](const Arguments &, const Ack &ack) {
        ack({true});
        socket->disconnect();
    });
    socket->on(QStringLiteral("close-transport"), [socket](const Arguments &, const Ack &) {
        socket->client()->close(QStringLiteral("forced close"));
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (0: any free one)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    ServerOptions options;
    options.engine.pingIntervalMs = 2000;
    options.engine.pingTimeoutMs = 5000;
    options.engine.maxPayload = 1'000'000;
    options.engine.http.maxBodyBytes = options.engine.maxPayload;
    options.engine.cors.origins = {QStringLiteral("*")};
    Server server(options);
    server.use(serverWideAuth);
    server.of(QStringLiteral("/")).onConnection(onConnection);
    server.of(QStringLiteral("/custom")).onConnection(onConnection);
    server.of(QStringLiteral("/private")).use([](Socket *, const Next &next) {
        next(ConnectError {QStringLiteral("private namespace"), QJsonObject {{QStringLiteral("code"), 403}}});
    });

    const auto port = server.listen(QHostAddress::LocalHost, parser.value(portOption).toUShort());
    if (!port) {
        QTextStream(stderr) << "cannot listen: " << port.error() << '\n';
        return 1;
    }
    QTextStream(stdout) << "LISTENING " << *port << Qt::endl;

    ShutdownSignals signals;
    QObject::connect(&signals, &ShutdownSignals::shutdownRequested, &server, [&server] {
        server.close();
        QCoreApplication::quit();
    });
    return app.exec();
}
