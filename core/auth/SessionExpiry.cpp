#include "SessionExpiry.h"

#include "AuthService.h"
#include "core/server/AckReply.h"
#include "core/server/Socket.h"

#include <QTimerEvent>

namespace gatehouse {

SessionExpiry::SessionExpiry(Socket *socket, AuthService &auth, const Clock *clock,
                             SessionExpiryOptions options)
    : QObject(socket), m_socket(socket), m_auth(auth), m_clock(clock), m_options(options)
{
}

void SessionExpiry::attach(Socket *socket, const QDateTime &expiresAt, AuthService &auth, const Clock *clock,
                           SessionExpiryOptions options)
{
    if (!expiresAt.isValid())
        return;
    auto *watcher = new SessionExpiry(socket, auth, clock, options);
    watcher->schedule(expiresAt);
    const QString userId
        = socket->data().value(QStringLiteral("user")).toMap().value(QStringLiteral("id")).toString();
    socket->on(QStringLiteral("reauthenticate"),
               [watcher, socket, userId](const Arguments &args, const Ack &ack) {
                   const QJsonValue first = args.value(0).toJson();
                   const QString token = first.isObject()
                       ? first.toObject().value(QStringLiteral("token")).toString()
                       : first.toString();
                   auto principal = watcher->m_auth.authenticate(token);
                   if (!principal) {
                       ack({AckReply::failure(principal.error().code, principal.error().message)});
                       return;
                   }
                   if (principal->token.userId != userId) {
                       ack({AckReply::failure(QStringLiteral("forbidden"),
                                              QStringLiteral("The token belongs to another user."))});
                       return;
                   }
                   QVariantMap user = socket->data().value(QStringLiteral("user")).toMap();
                   user.insert(QStringLiteral("expiresAt"), principal->token.expiresAt);
                   user.insert(QStringLiteral("role"), principal->token.role);
                   socket->data().insert(QStringLiteral("user"), user);
                   watcher->schedule(principal->token.expiresAt);
                   ack({AckReply::ok(
                       {{QStringLiteral("expiresAt"), principal->token.expiresAt.toString(Qt::ISODate)}})});
               });
}

void SessionExpiry::schedule(const QDateTime &expiresAt)
{
    m_expiresAt = expiresAt;
    m_warned = false;
    arm();
}

void SessionExpiry::arm()
{
    const qint64 now = m_clock->nowMs();
    const qint64 expires = m_expiresAt.toMSecsSinceEpoch();
    const qint64 warnAt = expires - std::chrono::milliseconds(m_options.warnBefore).count();
    const qint64 next = m_warned ? expires + std::chrono::milliseconds(m_options.grace).count() : warnAt;
    m_timer.start(static_cast<int>(std::clamp<qint64>(next - now, 0, std::numeric_limits<int>::max())), this);
}

void SessionExpiry::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    if (!m_socket->isConnected()) {
        m_timer.start(50, this); // still in its handshake: tell it once it is connected
        return;
    }
    if (!m_warned) {
        m_warned = true;
        const qint64 secondsLeft = std::max<qint64>(0, m_clock->now().secsTo(m_expiresAt));
        m_socket->emit(QStringLiteral("token_expiring"),
                       {QJsonObject {{QStringLiteral("expiresAt"), m_expiresAt.toString(Qt::ISODate)},
                                     {QStringLiteral("secondsLeft"), secondsLeft}}});
        arm();
        return;
    }
    m_socket->emit(QStringLiteral("forceDisconnect"),
                   {QJsonObject {{QStringLiteral("code"), QStringLiteral("token_expired")},
                                 {QStringLiteral("reason"), QStringLiteral("token expired")},
                                 {QStringLiteral("by"), QStringLiteral("server")}}});
    m_socket->disconnect(false, QStringLiteral("token expired"));
}

} // namespace gatehouse
