// A client that stops reading must not stall the others: its unsent bytes are bounded, and
// past the bound its session is dropped with a logged reason while everyone else keeps up.
#include "core/client/ClientSocket.h"
#include "core/client/Manager.h"
#include "core/server/Server.h"
#include "core/server/Socket.h"
#include "core/transport/EngineServer.h"
#include "core/transport/EngineSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace gatehouse;

namespace {

// One raw HTTP request on its own connection; the reply body is delivered to `body`.
void sendRequest(QTcpSocket &socket, quint16 port, const QByteArray &request)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(request);
}

QByteArray bodyOf(const QByteArray &response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : response.mid(end + 4);
}

} // namespace

class TestBackPressure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void slowClientIsDroppedOthersKeepUp()
    {
        ServerOptions options;
        options.engine.maxBufferedBytes = 256 * 1024;
        Server server(options);
        QList<EngineSession *> sessions;
        connect(server.engine(), &EngineServer::sessionOpened, this,
                [&sessions](EngineSession *s) { sessions.append(s); });
        const auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);

        // The slow client: handshake and CONNECT over polling, then it never polls again.
        QTcpSocket handshake;
        sendRequest(handshake, *port, "GET /socket.io/?EIO=4&transport=polling HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray response;
        QTRY_VERIFY_WITH_TIMEOUT((response += handshake.readAll()).contains("\"sid\""), 5000);
        const QByteArray sid = QJsonDocument::fromJson(bodyOf(response).mid(1))
                                   .object()
                                   .value(QStringLiteral("sid"))
                                   .toString()
                                   .toLatin1();
        QCOMPARE(sessions.size(), 1);
        EngineSession *slow = sessions.first();
        QSignalSpy slowClosed(slow, &EngineSession::closed);
        QTcpSocket connectPost;
        sendRequest(connectPost, *port,
                    "POST /socket.io/?EIO=4&transport=polling&sid=" + sid
                        + " HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n40");
        QTRY_COMPARE_WITH_TIMEOUT(server.of(QStringLiteral("/")).socketCount(), 1, 5000);

        // The fast client.
        Manager::Options clientOptions;
        clientOptions.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));
        clientOptions.engine.polling = false;
        Manager manager(clientOptions);
        ClientSocket *fast = manager.socket();
        int received = 0;
        fast->on(QStringLiteral("news"), [&received](const Arguments &, const Ack &) { ++received; });
        fast->open();
        QTRY_COMPARE_WITH_TIMEOUT(server.of(QStringLiteral("/")).socketCount(), 2, 5000);

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("dropping session .* bytes unsent")));
        const QString chunk(8 * 1024, QLatin1Char('n'));
        constexpr int Messages = 100; // 800 KiB: far past the slow client's 256 KiB
        for (int i = 0; i < Messages; ++i) {
            server.emit(QStringLiteral("news"), {i, chunk});
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE_WITH_TIMEOUT(slowClosed.size(), 1, 5000);
        QCOMPARE(slowClosed.first().at(0).toString(), QStringLiteral("transport error"));
        QCOMPARE(slowClosed.first().at(1).toString(), QStringLiteral("write buffer full"));
        QTRY_COMPARE_WITH_TIMEOUT(received, Messages, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(server.of(QStringLiteral("/")).socketCount(), 1, 5000);
        QVERIFY(fast->isConnected());
    }
};

QTEST_GUILESS_MAIN(TestBackPressure)
#include "tst_backpressure.moc"
