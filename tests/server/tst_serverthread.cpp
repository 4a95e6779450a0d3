// The server on its own thread: handlers run there, and a busy server never stalls the thread
// that owns the ServerThread (in the app, the GUI thread).
#include "core/client/ClientSocket.h"
#include "core/client/Manager.h"
#include "core/server/Server.h"
#include "core/server/ServerThread.h"
#include "core/server/Socket.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace gatehouse;

class TestServerThread : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handlersRunOnTheServerThreadAndNeverBlockTheCaller()
    {
        std::atomic<QThread *> handlerThread = nullptr;
        ServerThread server(ServerOptions {});
        QSignalSpy started(&server, &ServerThread::started);
        server.start(QHostAddress::LocalHost, 0, [&handlerThread](Server &s) {
            s.onConnection([&handlerThread](Socket *socket) {
                socket->on(QStringLiteral("work"), [&handlerThread](const Arguments &args, const Ack &ack) {
                    handlerThread = QThread::currentThread();
                    QThread::msleep(400); // a slow handler: it must not stall the caller's thread
                    ack(args);
                });
            });
        });
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
        const auto port = started.first().first().value<quint16>();
        QVERIFY(port != 0);

        Manager::Options options;
        options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        options.engine.polling = false;
        Manager manager(options);
        ClientSocket *socket = manager.socket();
        QSignalSpy connected(socket, &ClientSocket::connected);
        socket->open();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 5000);

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        std::optional<Expected<Arguments, QString>> reply;
        socket->emitWithAck(QStringLiteral("work"), {42}, this,
                            [&reply](Expected<Arguments, QString> result) { reply = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
        QVERIFY(reply->hasValue());
        QCOMPARE(reply->value().value(0).toJson().toInt(), 42);
        QCOMPARE(handlerThread.load(), server.thread());
        QVERIFY(handlerThread.load() != QThread::currentThread());
        // ~40 ticks fit in the 400 ms the handler slept; a blocked caller would have none.
        QVERIFY2(ticks >= 20, qPrintable(QStringLiteral("only %1 ticks").arg(ticks)));

        QSignalSpy stopped(&server, &ServerThread::stopped);
        QSignalSpy disconnected(socket, &ClientSocket::disconnected);
        server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
        QVERIFY(!server.isRunning());
    }

    void reportsWhenItCannotListen()
    {
        ServerThread first(ServerOptions {});
        QSignalSpy started(&first, &ServerThread::started);
        first.start(QHostAddress::LocalHost, 0);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
        const auto port = started.first().first().value<quint16>();

        ServerThread second(ServerOptions {});
        QSignalSpy failed(&second, &ServerThread::failed);
        QSignalSpy stopped(&second, &ServerThread::stopped);
        second.start(QHostAddress::LocalHost, port);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5000);
    }
};

QTEST_GUILESS_MAIN(TestServerThread)
#include "tst_serverthread.moc"
