// Answers one JSON API request, now or later (e.g. after password hashing on a worker thread),
// exactly once. If the client has gone meanwhile, the answer is dropped quietly.
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace gatehouse {

class HttpConnection;

class ApiResponder {
public:
    using Decorator = std::function<void(const HttpRequest &, HttpResponse &)>;

    ApiResponder(HttpConnection *connection, HttpRequest request, Decorator decorator);

    const HttpRequest &request() const { return m_state->request; }
    bool isAnswered() const { return m_state->answered; }

    // Extra headers for the answer, e.g. Set-Cookie.
    void addHeader(QByteArray name, QByteArray value);
    void json(int status, const QJsonObject &body);
    // {"error":{"code":code,"message":message}}
    void error(int status, const QString &code, const QString &message);

private:
    struct State {
        QPointer<HttpConnection> connection;
        HttpRequest request;
        Decorator decorator;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool answered = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace gatehouse
