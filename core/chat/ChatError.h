// Why a chat command did not happen: a stable code for programs and a message for people that
// says what to do. Sent as {ok: false, error: {code, message, …details}}.
#pragma once

#include <QJsonObject>
#include <QString>

namespace gatehouse {

struct ChatError {
    // "bad_request", "not_found", "forbidden", "not_member", "conflict", "rate_limited",
    // "room_archived", "unauthorized", "server_error"
    QString code;
    QString message;
    QJsonObject details; // e.g. {retryAfterMs} for rate_limited

    static ChatError badRequest(const QString &message)
    {
        return {QStringLiteral("bad_request"), message, {}};
    }
    static ChatError notFound(const QString &message) { return {QStringLiteral("not_found"), message, {}}; }
    static ChatError forbidden(const QString &message) { return {QStringLiteral("forbidden"), message, {}}; }
    static ChatError conflict(const QString &message) { return {QStringLiteral("conflict"), message, {}}; }
    // A database failure: nothing was changed, and the detail (the driver's words) is kept.
    static ChatError serverError(const QString &detail)
    {
        return {QStringLiteral("server_error"),
                QStringLiteral("The server could not read or write its store (%1); nothing was changed. "
                               "Try again; if it persists, tell the server's administrator.")
                    .arg(detail),
                {}};
    }
    QJsonObject toJson() const
    {
        QJsonObject json = details;
        json.insert(QStringLiteral("code"), code);
        json.insert(QStringLiteral("message"), message);
        return json;
    }
};

} // namespace gatehouse
