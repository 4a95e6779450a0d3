// EngineServer over real TCP on 127.0.0.1, port 0: the HTTP rules that the official protocol
// suites do not cover (Node's error bodies, limits, CORS) and the polling round trip.
#include "core/transport/EngineServer.h"
#include "core/transport/EngineSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace gatehouse;

namespace {

struct RawResponse {
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// Sends `request` as is and reads one response (Content-Length framed, or until close). The
// server runs on this thread, so the client waits by spinning the event loop, never blocking.
RawResponse exchange(quint16 port, const QByteArray &request, int timeoutMs = 3000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs)
        QTest::qWait(2);
    socket.write(request);
    QByteArray data;
    RawResponse response;
    while (timer.elapsed() < timeoutMs) {
        QTest::qWait(2);
        data.append(socket.readAll());
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0) {
            if (socket.state() == QAbstractSocket::UnconnectedState)
                break;
            continue;
        }
        response.head = data.left(end);
        const QList<QByteArray> lines = response.head.split('\n');
        response.status = lines.first().split(' ').value(1).toInt();
        qsizetype length = -1;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        response.body = data.mid(end + 4);
        if (response.status == 204)
            return response; // no body by definition
        if (length >= 0 && response.body.size() >= length) {
            response.body.truncate(length);
            return response;
        }
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    return response;
}

QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

QByteArray post(const QByteArray &target, const QByteArray &body)
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestEngineServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        EngineOptions options;
        options.maxPayload = 1000;
        options.http.maxBodyBytes = 1000;
        options.http.maxHeaderBytes = 2048;
        options.cors.origins = {QStringLiteral("https://app.example"), QStringLiteral("http://localhost:*")};
        options.cors.credentials = true;
        m_server = std::make_unique<EngineServer>(options);
        const auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        m_port = *port;
    }
    void cleanup() { m_server.reset(); }

    void rejectsBadRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("no EIO") << get("/socket.io/?transport=polling") << 400 << 5
                                << QStringLiteral("Unsupported protocol version");
        QTest::newRow("EIO=3") << get("/socket.io/?EIO=3&transport=polling") << 400 << 5
                               << QStringLiteral("Unsupported protocol version");
        QTest::newRow("no transport")
            << get("/socket.io/?EIO=4") << 400 << 0 << QStringLiteral("Transport unknown");
        QTest::newRow("unknown transport") << get("/socket.io/?EIO=4&transport=carrier-pigeon") << 400 << 0
                                           << QStringLiteral("Transport unknown");
        QTest::newRow("handshake by POST") << post("/socket.io/?EIO=4&transport=polling", "x") << 400 << 2
                                           << QStringLiteral("Bad handshake method");
        QTest::newRow("unknown sid") << get("/socket.io/?EIO=4&transport=polling&sid=nope") << 400 << 1
                                     << QStringLiteral("Session ID unknown");
        QTest::newRow("websocket without upgrade")
            << get("/socket.io/?EIO=4&transport=websocket") << 400 << 3 << QStringLiteral("Bad request");
    }
    void rejectsBadRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, message);
        const RawResponse response = exchange(m_port, request);
        QCOMPARE(response.status, status);
        QVERIFY2(response.head.contains("Content-Type: application/json"), response.head.constData());
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value(QStringLiteral("code")).toInt(-1), code);
        QCOMPARE(body.value(QStringLiteral("message")).toString(), message);
    }

    void enforcesLimits_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");

        QTest::newRow("body over maxPayload")
            << post("/socket.io/?EIO=4&transport=polling&sid=x", QByteArray(1001, '4')) << 413;
        QTest::newRow("headers over limit")
            << get("/socket.io/", "X-Big: " + QByteArray(4096, 'a') + "\r\n") << 431;
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("other path") << get("/elsewhere") << 404;
    }
    void enforcesLimits()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QCOMPARE(exchange(m_port, request).status, status);
    }

    void corsPreflight_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("listed") << QByteArray("https://app.example") << true;
        QTest::newRow("pattern") << QByteArray("http://localhost:5173") << true;
        QTest::newRow("other") << QByteArray("https://evil.example") << false;
        QTest::newRow("pattern is not a prefix") << QByteArray("http://localhost:5173/x") << false;
    }
    void corsPreflight()
    {
        QFETCH(QByteArray, origin);
        QFETCH(bool, allowed);
        const RawResponse response
            = exchange(m_port,
                       "OPTIONS /socket.io/?EIO=4&transport=polling HTTP/1.1\r\nHost: x\r\nOrigin: " + origin
                           + "\r\nAccess-Control-Request-Method: POST\r\n"
                             "Access-Control-Request-Headers: authorization,x-clientid\r\n\r\n");
        QCOMPARE(response.status, 204);
        QCOMPARE(response.head.contains(QByteArray("Access-Control-Allow-Origin: " + origin)), allowed);
        QCOMPARE(response.head.contains("Access-Control-Allow-Headers: authorization,x-clientid"), allowed);
        QCOMPARE(response.head.contains("Access-Control-Allow-Credentials: true"), allowed);
    }

    void pollingRoundTrip()
    {
        QSignalSpy opened(m_server.get(), &EngineServer::sessionOpened);
        RawResponse handshake
            = exchange(m_port, get("/socket.io/?EIO=4&transport=polling", "Origin: https://app.example\r\n"));
        QCOMPARE(handshake.status, 200);
        QVERIFY(handshake.head.contains("Access-Control-Allow-Origin: https://app.example"));
        QVERIFY(handshake.body.startsWith("0{\"sid\":\""));
        const QJsonObject open = QJsonDocument::fromJson(handshake.body.mid(1)).object();
        const QByteArray sid = open.value(QStringLiteral("sid")).toString().toLatin1();
        QCOMPARE(sid.size(), 20);
        QCOMPARE(open.value(QStringLiteral("maxPayload")).toInt(), 1000);
        QCOMPARE(opened.size(), 1);

        auto *session = opened.first().first().value<EngineSession *>();
        QSignalSpy messages(session, &EngineSession::messageReceived);
        const RawResponse pushed = exchange(m_port,
                                            post("/socket.io/?EIO=4&transport=polling&sid=" + sid,
                                                 "4hello\x1e"
                                                 "bAQID"));
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.body, QByteArray("ok"));
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).first().value<EnginePacket>().data, QByteArray("hello"));
        QCOMPARE(messages.at(1).first().value<EnginePacket>(),
                 EnginePacket::bytes(QByteArray("\x01\x02\x03")));

        session->sendMessage("\xe2\x80\xa8 unicode");
        session->sendBinary(QByteArray("\x00\xff", 2));
        const RawResponse polled = exchange(m_port, get("/socket.io/?EIO=4&transport=polling&sid=" + sid));
        QCOMPARE(polled.status, 200);
        QCOMPARE(polled.body,
                 QByteArray("4\xe2\x80\xa8 unicode\x1e"
                            "bAP8="));
    }

    void malformedPostClosesSession()
    {
        QSignalSpy opened(m_server.get(), &EngineServer::sessionOpened);
        const RawResponse handshake = exchange(m_port, get("/socket.io/?EIO=4&transport=polling"));
        const QByteArray sid = QJsonDocument::fromJson(handshake.body.mid(1))
                                   .object()
                                   .value(QStringLiteral("sid"))
                                   .toString()
                                   .toLatin1();
        auto *session = opened.first().first().value<EngineSession *>();
        QSignalSpy closed(session, &EngineSession::closed);
        QCOMPARE(exchange(m_port, post("/socket.io/?EIO=4&transport=polling&sid=" + sid, "x")).status, 400);
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(closed.first().first().toString(), QStringLiteral("parse error"));
        QCOMPARE(exchange(m_port, get("/socket.io/?EIO=4&transport=polling&sid=" + sid)).status, 400);
    }

    void brokenWebSocketHandshakeIsClosedAndFreed()
    {
        // Valid Engine.IO query, invalid WebSocket handshake (no key): QtWebSockets refuses it.
        // Under ASan, LeakSanitizer fails this test if the refused socket is never freed.
        const RawResponse response = exchange(m_port,
                                              "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\n"
                                              "Host: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                              "Sec-WebSocket-Version: 13\r\n\r\n");
        QCOMPARE(response.status, 400);
        QCOMPARE(m_server->sessionCount(), 0);
        QCOMPARE(exchange(m_port, get("/socket.io/?EIO=4&transport=polling")).status, 200);
    }

    void webSocketMessageOverMaxPayloadClosesSession()
    {
        QSignalSpy opened(m_server.get(), &EngineServer::sessionOpened);
        QWebSocket client;
        QSignalSpy handshake(&client, &QWebSocket::textMessageReceived);
        QSignalSpy disconnected(&client, &QWebSocket::disconnected);
        client.open(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/socket.io/?EIO=4&transport=websocket").arg(m_port)));
        QTRY_COMPARE_WITH_TIMEOUT(handshake.size(), 1, 5000);
        QVERIFY(handshake.first().first().toString().startsWith(QLatin1Char('0')));
        auto *session = opened.first().first().value<EngineSession *>();
        QSignalSpy closed(session, &EngineSession::closed);

        client.sendTextMessage(QLatin1Char('4') + QString(999, QLatin1Char('x'))); // exactly maxPayload
        QTest::qWait(100);
        QCOMPARE(closed.size(), 0);
        client.sendTextMessage(QLatin1Char('4') + QString(1000, QLatin1Char('x'))); // one byte over
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    }

private:
    std::unique_ptr<EngineServer> m_server;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestEngineServer)
#include "tst_engineserver.moc"
