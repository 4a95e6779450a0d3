// The server the official Engine.IO v4 and Socket.IO v5 protocol test suites expect
// (docs/engine.io-protocol/v4-test-suite and docs/socket.io-protocol/v5-test-suite in the public
// socket.io repository): an Engine.IO echo server at /engine.io/ and a Socket.IO server at
// /socket.io/ on one port, 127.0.0.1 only.
#include "core/server/Server.h"
#include "core/server/Socket.h"
#include "core/transport/EngineServer.h"
#include "core/transport/EngineSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

using namespace gatehouse;

namespace {

EngineOptions suiteEngineOptions(QByteArray path)
{
    EngineOptions options;
    options.path = std::move(path);
    options.pingIntervalMs = 300;
    options.pingTimeoutMs = 200;
    options.maxPayload = 1'000'000;
    options.cors.origins = {QStringLiteral("*")};
    return options;
}

void setUpSocketIo(Namespace &nsp)
{
    nsp.onConnection([](Socket *socket) {
        socket->emit(QStringLiteral("auth"), {Argument::fromRawJson(socket->handshake().rawAuth)});
        socket->on(QStringLiteral("message"), [socket](const Arguments &args, const Ack &) {
            socket->emit(QStringLiteral("message-back"), args);
        });
        socket->on(QStringLiteral("message-with-ack"),
                   [](const Arguments &args, const Ack &ack) { ack(args); });
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Gatehouse protocol conformance server"));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (0: any free one)."),
                                        QStringLiteral("port"), QStringLiteral("3000"));
    parser.addOption(portOption);
    parser.process(app);

    ServerOptions options;
    options.engine = suiteEngineOptions("/socket.io/");
    options.connectTimeoutMs = 1000;
    Server server(options);
    setUpSocketIo(server.of(QStringLiteral("/")));
    setUpSocketIo(server.of(QStringLiteral("/custom")));

    EngineServer echo(suiteEngineOptions("/engine.io/"));
    QObject::connect(&echo, &EngineServer::sessionOpened, &echo, [](EngineSession *session) {
        QObject::connect(session, &EngineSession::messageReceived, session,
                         [session](const EnginePacket &packet) { session->send(packet); });
    });
    server.engine()->attach(&echo);

    const auto port = server.listen(QHostAddress::LocalHost, parser.value(portOption).toUShort());
    if (!port) {
        QTextStream(stderr) << "cannot listen: " << port.error() << '\n';
        return 1;
    }
    QTextStream(stdout) << "LISTENING " << *port << Qt::endl;
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
