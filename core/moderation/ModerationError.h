// Why a moderation action did not happen: a stable code for programs (sent over /admin and
// printed by the command line) and a message for people that says what to do.
#pragma once

#include <QJsonObject>
#include <QString>

namespace gatehouse {

struct ModerationError {
    // "forbidden", "not_found", "bad_request", "conflict", "server_error"
    QString code;
    QString message;

    static ModerationError forbidden(const QString &message)
    {
        return {QStringLiteral("forbidden"), message};
    }
    static ModerationError notFound(const QString &message) { return {QStringLiteral("not_found"), message}; }
    static ModerationError badRequest(const QString &message)
    {
        return {QStringLiteral("bad_request"), message};
    }
    // The request is fine, but the state of things forbids it now (e.g. the last admin).
    static ModerationError conflict(const QString &message) { return {QStringLiteral("conflict"), message}; }
    static ModerationError serverError(const QString &detail)
    {
        return {QStringLiteral("server_error"),
                QStringLiteral("The server could not record the action (%1); nothing was changed. Check the "
                               "server's disk and log, then try again.")
                    .arg(detail)};
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    }
};

} // namespace gatehouse
