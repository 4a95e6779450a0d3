// HTTP long-polling: the client's GET waits here until there is something to send; its POSTs
// carry packets to us. Only one GET may wait at a time.
#pragma once

#include "EngineTransport.h"
#include "HttpConnection.h"

#include <QPointer>

#include <functional>

namespace gatehouse {

class PollingTransport : public EngineTransport {
    Q_OBJECT

public:
    // Adds CORS and other per-request headers to every response.
    using ResponseDecorator = std::function<void(const HttpRequest &, HttpResponse &)>;

    PollingTransport(ResponseDecorator decorator, QObject *parent = nullptr);
    ~PollingTransport() override;

    Kind kind() const override { return Kind::Polling; }
    bool isWritable() const override;
    void send(const QList<EnginePacket> &packets) override;
    qint64 bufferedBytes() const override { return 0; }
    void closeTransport() override;

    // A GET or POST for this session.
    void handleRequest(HttpConnection *connection, const HttpRequest &request);
    // Ends a waiting GET with a noop, e.g. when the session upgrades.
    void releaseWaitingGet();

private:
    void handleGet(HttpConnection *connection, const HttpRequest &request);
    void handlePost(HttpConnection *connection, const HttpRequest &request);
    void respond(HttpConnection *connection, const HttpRequest &request, HttpResponse response);

    ResponseDecorator m_decorator;
    QPointer<HttpConnection> m_waitingGet;
    HttpRequest m_waitingRequest;
    QMetaObject::Connection m_waitingGetClosed;
};

} // namespace gatehouse
