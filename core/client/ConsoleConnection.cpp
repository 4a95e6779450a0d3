#include "ConsoleConnection.h"

#include "ClientSocket.h"

namespace gatehouse {

namespace {

int rank(const QString &role)
{
    if (role == QLatin1StringView("admin"))
        return 2;
    return role == QLatin1StringView("moderator") ? 1 : 0;
}

QJsonValue isoTime(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

ConsoleConnection::ConsoleConnection(ClientSocket *socket, Capabilities capabilities, QObject *parent)
    : QObject(parent), m_socket(socket), m_capabilities(capabilities)
{
}

ClientSocket *ConsoleConnection::socket() const
{
    return m_socket;
}

bool ConsoleConnection::isConnected() const
{
    return m_socket && m_socket->isConnected();
}

void ConsoleConnection::setCapabilities(Capabilities capabilities)
{
    if (capabilities == m_capabilities)
        return;
    m_capabilities = capabilities;
    Q_EMIT capabilitiesChanged(capabilities);
}

void ConsoleConnection::setSignedInUser(const QJsonObject &user)
{
    if (user == m_user)
        return;
    m_user = user;
    Q_EMIT signedInUserChanged();
}

QString ConsoleConnection::signedInRole() const
{
    return m_user.value(QLatin1StringView("role")).toString();
}

bool ConsoleConnection::mayActOn(const QString &targetRole) const
{
    const QString role = signedInRole();
    if (role.isEmpty())
        return true; // unknown: the server judges
    const int own = rank(role);
    return own == 2 || (own == 1 && rank(targetRole) < 2);
}

QString ConsoleConnection::describe(const QString &code, const QString &detail)
{
    // The server's messages already say what to do (in English); the first sentence says, in
    // the user's language, what kind of refusal it was.
    if (code == QLatin1StringView("forbidden"))
        return tr("Not allowed. %1").arg(detail).trimmed();
    if (code == QLatin1StringView("not_found"))
        return tr("Not found (it may have just left). %1").arg(detail).trimmed();
    if (code == QLatin1StringView("bad_request"))
        return tr("The server did not accept the request. %1").arg(detail).trimmed();
    if (code == QLatin1StringView("conflict"))
        return tr("Not possible now. %1").arg(detail).trimmed();
    if (code == QLatin1StringView("server_error"))
        return tr("The server failed. %1").arg(detail).trimmed();
    if (code == QLatin1StringView("offline"))
        return tr("Not connected to the server. Wait until the console is connected again, then retry.");
    if (code == QLatin1StringView("no_answer"))
        return tr("The server did not answer (%1). Check the connection, then retry.").arg(detail);
    if (code == QLatin1StringView("unsupported"))
        return tr("This connection cannot do that (%1).").arg(detail);
    return detail.isEmpty() ? tr("The server refused (%1).").arg(code) : detail;
}

void ConsoleConnection::refuse(QObject *context, Callback<QJsonObject> done, ConsoleError error)
{
    // Queued, so that callers see every answer come from the event loop, as a server's would.
    QMetaObject::invokeMethod(
        context ? context : this,
        [done = std::move(done), error = std::move(error)] { done(unexpected(error)); },
        Qt::QueuedConnection);
}

void ConsoleConnection::call(const QString &command, const QJsonObject &request, QObject *context,
                             Callback<QJsonObject> done)
{
    if (!isConnected()) {
        refuse(context, std::move(done),
               {QStringLiteral("offline"), describe(QStringLiteral("offline"), {})});
        return;
    }
    const int timeoutSeconds = m_timeoutMs / 1000;
    m_socket->emitWithAck(
        command, {request}, context ? context : this,
        [done = std::move(done), timeoutSeconds](Expected<Arguments, QString> result) {
            if (!result) {
                // PendingAcks' reasons are English words for logs; say it in the user's language.
                const QString detail = result.error().contains(QLatin1StringView("timed out"))
                    ? tr("nothing within %1 s").arg(timeoutSeconds)
                    : tr("the connection dropped");
                done(unexpected(ConsoleError {QStringLiteral("no_answer"),
                                              describe(QStringLiteral("no_answer"), detail)}));
                return;
            }
            QJsonObject answer = result->value(0).toObject();
            if (!answer.value(QLatin1StringView("ok")).toBool()) {
                const QJsonObject error = answer.value(QLatin1StringView("error")).toObject();
                const QString code = error.value(QLatin1StringView("code")).toString();
                done(unexpected(ConsoleError {
                    code, describe(code, error.value(QLatin1StringView("message")).toString())}));
                return;
            }
            answer.remove(QStringLiteral("ok"));
            done(answer);
        },
        m_timeoutMs);
}

void ConsoleConnection::kick(Capability capability, const QJsonObject &request, QObject *context,
                             Callback<KickResult> done)
{
    const auto answered = [done = std::move(done)](Expected<QJsonObject, ConsoleError> answer) {
        if (!answer) {
            done(unexpected(answer.error()));
            return;
        }
        done(KickResult {answer->value(QLatin1StringView("sockets")).toInt(),
                         qint64(answer->value(QLatin1StringView("auditId")).toDouble())});
    };
    if (!can(capability)) {
        refuse(context, answered,
               {QStringLiteral("unsupported"), describe(QStringLiteral("unsupported"), tr("kick"))});
        return;
    }
    call(QStringLiteral("gatehouse:kick"), request, context, answered);
}

void ConsoleConnection::kickSocket(const QString &socketId, const QString &reason, QObject *context,
                                   Callback<KickResult> done)
{
    kickSocket(QString(), socketId, reason, context, std::move(done));
}

void ConsoleConnection::kickSocket(const QString &nsp, const QString &socketId, const QString &reason,
                                   QObject *context, Callback<KickResult> done)
{
    if (m_protocol == Protocol::AdminUi) {
        disconnectAdminUiSocket(nsp, socketId, context, std::move(done));
        return;
    }
    kick(Capability::KickSocket, {{QStringLiteral("socketId"), socketId}, {QStringLiteral("reason"), reason}},
         context, std::move(done));
}

void ConsoleConnection::disconnectAdminUiSocket(const QString &nsp, const QString &socketId, QObject *context,
                                                Callback<KickResult> done)
{
    const auto answered = [done = std::move(done)](Expected<QJsonObject, ConsoleError> answer) {
        if (!answer) {
            done(unexpected(answer.error()));
            return;
        }
        done(KickResult {1, 0, false});
    };
    const auto refuseWith = [&](const QString &code, const QString &detail) {
        refuse(context, answered, {code, describe(code, detail)});
    };
    if (!can(Capability::KickSocket))
        return refuseWith(QStringLiteral("unsupported"), tr("kick"));
    if (nsp.isEmpty() || socketId.isEmpty())
        return refuseWith(QStringLiteral("bad_request"), tr("The socket's namespace is not known."));
    if (!isConnected())
        return refuseWith(QStringLiteral("offline"), {});
    // (nsp, close, filter): close false leaves the client's other namespaces alone, as the Admin
    // UI's own per-socket button does; the filter is a room, and every socket is in the room
    // named after its id. There is no answer; the server reports socket_disconnected.
    m_socket->emit(QStringLiteral("_disconnect"), {nsp, false, socketId});
    QMetaObject::invokeMethod(
        context ? context : this, [answered] { answered(QJsonObject()); }, Qt::QueuedConnection);
}

void ConsoleConnection::kickDevice(const QString &userId, const QString &deviceId, const QString &reason,
                                   QObject *context, Callback<KickResult> done)
{
    kick(Capability::KickDevice,
         {{QStringLiteral("userId"), userId},
          {QStringLiteral("deviceId"), deviceId},
          {QStringLiteral("reason"), reason}},
         context, std::move(done));
}

void ConsoleConnection::kickUser(const QString &userId, const QString &reason, QObject *context,
                                 Callback<KickResult> done)
{
    kick(Capability::KickUser, {{QStringLiteral("userId"), userId}, {QStringLiteral("reason"), reason}},
         context, std::move(done));
}

ConsoleConnection::Callback<QJsonObject> ConsoleConnection::accountAnswer(Callback<QJsonObject> done)
{
    // The answer's account, shown at once through accountChanged before it goes to `done`.
    return [self = QPointer(this), done = std::move(done)](Expected<QJsonObject, ConsoleError> answer) {
        if (!answer) {
            done(unexpected(answer.error()));
            return;
        }
        const QJsonObject account = answer->value(QLatin1StringView("account")).toObject();
        if (self)
            Q_EMIT self->accountChanged(account);
        done(account);
    };
}

void ConsoleConnection::suspend(const QString &userId, const Suspension &suspension, QObject *context,
                                Callback<QJsonObject> done)
{
    const auto answered = accountAnswer(std::move(done));
    if (!can(Capability::Suspend)) {
        refuse(context, answered,
               {QStringLiteral("unsupported"), describe(QStringLiteral("unsupported"), tr("suspend"))});
        return;
    }
    QJsonObject request {{QStringLiteral("userId"), userId}, {QStringLiteral("reason"), suspension.reason}};
    if (suspension.duration.count() > 0)
        request.insert(QStringLiteral("seconds"), double(suspension.duration.count()));
    else if (suspension.until.isValid())
        request.insert(QStringLiteral("until"), isoTime(suspension.until));
    call(QStringLiteral("gatehouse:suspend"), request, context, answered);
}

void ConsoleConnection::unsuspend(const QString &userId, QObject *context, Callback<QJsonObject> done)
{
    const auto answered = accountAnswer(std::move(done));
    if (!can(Capability::Suspend)) {
        refuse(context, answered,
               {QStringLiteral("unsupported"), describe(QStringLiteral("unsupported"), tr("unsuspend"))});
        return;
    }
    call(QStringLiteral("gatehouse:unsuspend"), {{QStringLiteral("userId"), userId}}, context, answered);
}

void ConsoleConnection::account(const QString &userId, QObject *context, Callback<AccountDetail> done)
{
    const auto answered = [done = std::move(done)](Expected<QJsonObject, ConsoleError> answer) {
        if (!answer) {
            done(unexpected(answer.error()));
            return;
        }
        done(AccountDetail {answer->value(QLatin1StringView("account")).toObject(),
                            answer->value(QLatin1StringView("live")).toObject(),
                            answer->value(QLatin1StringView("recentAudit")).toArray()});
    };
    if (!can(Capability::Accounts)) {
        refuse(
            context, answered,
            {QStringLiteral("unsupported"), describe(QStringLiteral("unsupported"), tr("account details"))});
        return;
    }
    call(QStringLiteral("gatehouse:account"), {{QStringLiteral("userId"), userId}}, context, answered);
}

void ConsoleConnection::audit(const AuditFilter &filter, qint64 beforeId, int limit, QObject *context,
                              Callback<AuditPage> done)
{
    const auto answered = [done = std::move(done)](Expected<QJsonObject, ConsoleError> answer) {
        if (!answer) {
            done(unexpected(answer.error()));
            return;
        }
        const QJsonValue next = answer->value(QLatin1StringView("nextBeforeId"));
        done(AuditPage {answer->value(QLatin1StringView("entries")).toArray(),
                        next.isDouble() ? qint64(next.toDouble()) : 0});
    };
    if (!can(Capability::Audit)) {
        refuse(context, answered,
               {QStringLiteral("unsupported"), describe(QStringLiteral("unsupported"), tr("the audit log"))});
        return;
    }
    QJsonObject request {{QStringLiteral("limit"), limit}};
    if (!filter.userId.isEmpty())
        request.insert(QStringLiteral("userId"), filter.userId);
    else if (!filter.username.isEmpty())
        request.insert(QStringLiteral("username"), filter.username);
    if (!filter.actorId.isEmpty())
        request.insert(QStringLiteral("actorId"), filter.actorId);
    if (!filter.type.isEmpty())
        request.insert(QStringLiteral("type"), filter.type);
    if (filter.from.isValid())
        request.insert(QStringLiteral("from"), isoTime(filter.from));
    if (filter.to.isValid())
        request.insert(QStringLiteral("to"), isoTime(filter.to));
    if (beforeId > 0)
        request.insert(QStringLiteral("beforeId"), double(beforeId));
    call(QStringLiteral("gatehouse:audit"), request, context, answered);
}

} // namespace gatehouse
