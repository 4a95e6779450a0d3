// Everything an Engine.IO server can be configured with. Defaults match the Node server.
#pragma once

#include "CorsPolicy.h"
#include "HttpConnection.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QSslConfiguration>

#include <optional>

namespace gatehouse {

struct EngineOptions {
    QByteArray path = "/socket.io/";
    int pingIntervalMs = 25'000;
    int pingTimeoutMs = 20'000;
    int upgradeTimeoutMs = 10'000;
    qsizetype maxPayload = 1'000'000; // bytes per POST body / WebSocket message
    qsizetype maxBufferedBytes = 8 * 1024 * 1024; // unsent bytes per session before it is dropped
    bool allowPolling = true;
    bool allowWebSocket = true;
    bool allowUpgrades = true;
    CorsOptions cors;
    HttpConnection::Limits http;
    // Peers whose X-Forwarded-For is believed (address, prefix length).
    QList<QPair<QHostAddress, int>> trustedProxies;
    // Set: HTTPS and WSS on the port (see TlsCredentials), and plain HTTP is refused there.
    std::optional<QSslConfiguration> tls;
};

} // namespace gatehouse
