// One HTTP/1.1 connection: parses requests with http_parser, one at a time (a pipelined request
// waits until the previous one is answered, which may be much later for a long-poll GET),
// enforces header and body limits and timeouts, and hands the socket over on a WebSocket upgrade.
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

struct http_parser;
struct http_parser_settings;

namespace gatehouse {

class HttpConnection : public QObject {
    Q_OBJECT

public:
    struct Limits {
        qsizetype maxHeaderBytes = 16 * 1024;
        qsizetype maxBodyBytes = 1'000'000;
        int headersTimeoutMs = 10'000; // a request's headers must arrive within this
        int keepAliveTimeoutMs = 5'000; // an idle connection is closed after this
    };

    HttpConnection(QTcpSocket *socket, const Limits &limits, bool secure, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Answers the request in progress; the next pipelined request is parsed afterwards.
    void respond(const HttpResponse &response);
    bool awaitingResponse() const { return m_awaitingResponse; }
    bool isConnected() const;

    // For an upgrade request: restores the request bytes into the socket and gives the socket
    // away (its parent is cleared). This object deletes itself later.
    QTcpSocket *takeSocketForUpgrade();

    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }

Q_SIGNALS:
    void requestReceived(gatehouse::HttpConnection *connection, const gatehouse::HttpRequest &request);
    void upgradeRequested(gatehouse::HttpConnection *connection, const gatehouse::HttpRequest &request);
    // The peer went away (or we closed). Emitted once; the object is deleted afterwards.
    void closed(gatehouse::HttpConnection *connection);

private:
    friend struct HttpParserCallbacks;

    void onReadyRead();
    void parseBuffered();
    void fail(int status, const QByteArray &message);
    void finishRequest();
    void closeNow();
    void onDisconnected();
    void armIdleTimer();

    QPointer<QTcpSocket> m_socket;
    Limits m_limits;
    bool m_secure = false;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;

    std::unique_ptr<http_parser> m_parser;
    QByteArray m_buffer; // read but not yet parsed
    HttpRequest m_current;
    QByteArray m_headerField;
    qsizetype m_headerBytes = 0;
    bool m_lastWasValue = false;
    bool m_messageComplete = false;
    bool m_requestInProgress = false;
    bool m_inTransaction = false;
    bool m_awaitingResponse = false;
    bool m_keepAlive = true;
    bool m_failed = false;
    bool m_closedEmitted = false;
    QTimer m_timer;
};

} // namespace gatehouse
