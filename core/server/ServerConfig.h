// Server settings from a config file (INI, see packaging/linux/gatehouse.conf) with command-line
// overrides applied on top. Validation errors come back as values with a hint on how to fix them.
#pragma once

#include "ServerOptions.h"
#include "core/Expected.h"
#include "core/auth/AuthSettings.h"
#include "core/chat/ChatSettings.h"
#include "core/moderation/AdminUiOptions.h"
#include "core/transport/TlsCredentials.h"

#include <QHostAddress>
#include <QString>
#include <QVariantMap>

namespace gatehouse {

struct ServerConfig {
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = 3000;
    ServerOptions server;
    AuthSettings auth;
    ChatSettings chat;
    // [tls] certificate and key, loaded and checked; server.engine.tls holds the same configuration.
    std::optional<TlsCredentials> tls;
    AdminUiOptions adminUi;
    // The [tls] certificate file as configured, also when its key was not loaded (TlsKey::Skip).
    QString tlsCertificateFile;

    // Skip: for clients of the server (the admin commands), which only need to know that TLS is
    // on; the key is readable by the server's account alone.
    enum class TlsKey { Load, Skip };

    static ServerConfig defaults();
    // Reads `file` (missing keys keep their defaults) and then `overrides`, whose keys are the
    // file's "section/key" names, e.g. "server/port" or "cors/origins".
    static Expected<ServerConfig, QString> load(const QString &file, const QVariantMap &overrides = {},
                                                TlsKey tlsKey = TlsKey::Load);

    // The URL clients connect to (https when TLS is configured).
    QString clientUrl() const;
};

} // namespace gatehouse
