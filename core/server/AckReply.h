// The answer Gatehouse's acknowledged commands send back through their ack: `{ok: true, …}` or
// `{ok: false, error: {code, message}}` (docs/moderation.md, docs/auth.md). One builder, so
// that every command (on /admin, `reauthenticate`) answers in the same shape.
#pragma once

#include <QJsonObject>
#include <QString>

namespace gatehouse {

class AckReply {
public:
    // `body` with "ok": true added.
    static QJsonObject ok(QJsonObject body = {});
    // `code` is stable for programs; `message` says what to do, for people.
    static QJsonObject failure(const QString &code, const QString &message);
};

} // namespace gatehouse
