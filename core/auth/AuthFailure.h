// Why an authentication step failed, in the terms both the HTTP API and the Socket.IO handshake
// speak: a stable `code` clients act on (see docs/auth.md), an HTTP status, a message for people,
// and details (a suspension's reason and end, a retry delay).
#pragma once

#include <QJsonObject>
#include <QString>

namespace gatehouse {

struct AuthFailure {
    int status = 401;
    QString code; // no_token, invalid_token, token_expired, invalid_credentials,
                  // account_suspended, forbidden, too_many_attempts, bad_request, server_error
    QString message;
    QJsonObject details;
    qint64 retryAfterMs = 0;

    static AuthFailure badRequest(const QString &message)
    {
        return {400, QStringLiteral("bad_request"), message, {}, 0};
    }
    static AuthFailure serverError(const QString &message)
    {
        return {500, QStringLiteral("server_error"), message, {}, 0};
    }
};

} // namespace gatehouse
