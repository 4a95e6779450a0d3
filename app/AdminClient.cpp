#include "AdminClient.h"

#include "ExitCode.h"
#include "core/Version.h"
#include "core/client/ClientSocket.h"
#include "core/client/Manager.h"

namespace gatehouse::app {

namespace {

// The device this command line shows up as in session listings and the audit log.
const QString DeviceId = QStringLiteral("gatehouse-cli");

} // namespace

AdminClient::AdminClient(Settings settings, QObject *parent)
    : QObject(parent),
      m_settings(std::move(settings)),
      m_api({m_settings.server, m_settings.tls, m_settings.timeoutMs})
{
    m_deadline.setSingleShot(true);
}

AdminClient::~AdminClient()
{
    m_settings.password.fill(u'\0');
    m_refreshToken.fill(u'\0');
}

QString AdminClient::socketId() const
{
    return m_socket ? m_socket->id() : QString();
}

AdminClient::Failure AdminClient::unreachable(const QString &detail, bool tlsProblem) const
{
    const QString server = m_settings.server.toDisplayString();
    if (tlsProblem)
        return {ExitCode::Unreachable, QStringLiteral("tls"),
                tr("the secure connection to %1 failed: %2\nIf the server's certificate is self-signed or "
                   "from a private CA, give that certificate with --ca FILE; if the name does not match, use "
                   "--server with the name in the certificate.")
                    .arg(server, detail)};
    return {ExitCode::Unreachable, QStringLiteral("unreachable"),
            tr("cannot reach the server at %1: %2\nIs `gatehouse serve` running? Use --server URL to reach "
               "it elsewhere.")
                .arg(server, detail)};
}

void AdminClient::connectToServer(Done done)
{
    m_api.login({m_settings.username, m_settings.password, DeviceId, tr("gatehouse command line")}, this,
                [this, done](Expected<LoginSession, LoginFailure> result) {
                    onLoginFinished(std::move(result), done);
                });
    m_settings.password.fill(u'\0');
    m_settings.password.clear();
}

void AdminClient::onLoginFinished(Expected<LoginSession, LoginFailure> result, const Done &done)
{
    if (!result) {
        // The command line's own words: they name its options.
        const LoginFailure &failure = result.error();
        switch (failure.kind) {
        case LoginFailure::Kind::Unreachable:
        case LoginFailure::Kind::Tls:
            done(unexpected(unreachable(failure.detail, failure.kind == LoginFailure::Kind::Tls)));
            return;
        case LoginFailure::Kind::InvalidCredentials:
            done(unexpected(Failure {ExitCode::SignInFailed, failure.code,
                                     tr("wrong username or password for \"%1\". Give the right password "
                                        "(GATEHOUSE_ADMIN_PASSWORD, --password-stdin or the prompt), or sign "
                                        "in as someone else with --admin NAME.")
                                         .arg(m_settings.username)}));
            return;
        case LoginFailure::Kind::Throttled:
        case LoginFailure::Kind::AccountSuspended:
            done(unexpected(Failure {ExitCode::SignInFailed, failure.code,
                                     tr("the server refused the sign-in: %1").arg(failure.detail)}));
            return;
        case LoginFailure::Kind::TokenRefused:
        case LoginFailure::Kind::ServerError:
            break;
        }
        done(unexpected(Failure {ExitCode::Failure, failure.code,
                                 tr("the sign-in failed (HTTP %1): %2")
                                     .arg(failure.httpStatus)
                                     .arg(failure.detail.isEmpty() ? failure.message : failure.detail)}));
        return;
    }
    m_user = result->user;
    m_refreshToken = std::exchange(result->refreshToken, {});
    const QString role = m_user.value(QStringLiteral("role")).toString();
    if (role != QLatin1StringView("moderator") && role != QLatin1StringView("admin")) {
        done(unexpected(Failure {ExitCode::SignInFailed, QStringLiteral("forbidden"),
                                 tr("%1 is neither a moderator nor an admin. Sign in as one with --admin "
                                    "NAME.")
                                     .arg(m_settings.username)}));
        return;
    }
    joinAdmin(result->accessToken, done);
}

void AdminClient::joinAdmin(const QString &accessToken, const Done &done)
{
    Manager::Options options;
    options.engine.url = m_settings.server;
    options.engine.path = m_settings.path;
    options.engine.tls = m_settings.tls;
    options.engine.polling = !m_settings.webSocket;
    options.engine.websocket = m_settings.webSocket;
    options.engine.openTimeoutMs = m_settings.timeoutMs;
    options.reconnection = false; // one command, one attempt: a failure is reported, not retried
    m_manager = new Manager(options, this);
    m_socket = m_manager->socket(QStringLiteral("/admin"));
    m_socket->setAuth({{QStringLiteral("token"), accessToken},
                       {QStringLiteral("deviceId"), DeviceId},
                       {QStringLiteral("deviceName"), tr("gatehouse command line")},
                       {QStringLiteral("appVersion"), QStringLiteral(GATEHOUSE_VERSION_STRING)}});

    // Exactly one of these answers `done`; the others are cut off with it.
    auto finish = std::make_shared<Done>(done);
    auto answer = [this, finish](Expected<void, Failure> result) {
        if (!*finish)
            return;
        m_deadline.stop();
        m_deadline.disconnect(this);
        const Done once = std::exchange(*finish, nullptr);
        once(std::move(result));
    };
    connect(m_socket, &ClientSocket::connected, this, [answer] { answer({}); });
    connect(m_socket, &ClientSocket::connectError, this, [this, answer](const ConnectError &error) {
        const QJsonObject data = error.data.toObject();
        const QString code = data.value(QStringLiteral("code")).toString();
        answer(unexpected(Failure {
            code == QLatin1StringView("forbidden") ? SignInFailed : ExitCode::Failure, code,
            tr("the server refused %1 on /admin: %2")
                .arg(m_settings.username, data.value(QStringLiteral("detail")).toString(error.message))}));
    });
    connect(m_manager, &Manager::closed, this,
            [this, answer](const QString &reason, const QString &description) {
                answer(unexpected(unreachable(description.isEmpty() ? reason : description, false)));
            });
    connect(&m_deadline, &QTimer::timeout, this, [this, answer] {
        answer(unexpected(unreachable(tr("no answer within %1 s").arg(m_settings.timeoutMs / 1000), false)));
    });
    m_deadline.start(m_settings.timeoutMs);
    m_socket->open();
}

void AdminClient::call(const QString &command, const QJsonObject &request, Reply done)
{
    if (!m_socket || !m_socket->isConnected()) {
        QMetaObject::invokeMethod(
            this,
            [this, done] {
                done(unexpected(unreachable(tr("the connection to the server was lost"), false)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_socket->emitWithAck(
        command, {request}, this,
        [this, command, done](Expected<Arguments, QString> result) {
            if (!result) {
                done(unexpected(
                    Failure {ExitCode::Unreachable, QStringLiteral("no_answer"),
                             tr("no answer to %1 from the server: %2").arg(command, result.error())}));
                return;
            }
            QJsonObject answer = result->value(0).toObject();
            if (!answer.value(QStringLiteral("ok")).toBool()) {
                const QJsonObject error = answer.value(QStringLiteral("error")).toObject();
                done(unexpected(Failure {ExitCode::Failure, error.value(QStringLiteral("code")).toString(),
                                         error.value(QStringLiteral("message")).toString()}));
                return;
            }
            answer.remove(QStringLiteral("ok"));
            done(answer);
        },
        m_settings.timeoutMs);
}

void AdminClient::collect(const QString &command, QJsonObject request, const QString &itemsKey,
                          const QString &cursorKey, const QString &nextKey, qsizetype maximum,
                          std::function<void(Expected<QJsonArray, Failure>)> done)
{
    // A page at most 1000 items (the servers's limit); the loop ends on the last page, at
    // `maximum`, or after MaximumPages, whichever comes first.
    constexpr int PageSize = 1000;
    constexpr int MaximumPages = 10'000;
    auto items = std::make_shared<QJsonArray>();
    auto pages = std::make_shared<int>(0);
    auto next = std::make_shared<std::function<void(QJsonObject)>>();
    *next = [=, this](QJsonObject page) {
        const qsizetype wanted = maximum > 0 ? maximum - items->size() : PageSize;
        page.insert(QStringLiteral("limit"), int(qMin<qsizetype>(PageSize, wanted)));
        call(command, page, [=, this](Expected<QJsonObject, Failure> answer) {
            if (!answer) {
                done(unexpected(answer.error()));
                *next = nullptr; // breaks the cycle of the shared function and its captures
                return;
            }
            const QJsonArray got = answer->value(itemsKey).toArray();
            for (const QJsonValue &item : got) {
                if (maximum > 0 && items->size() >= maximum)
                    break;
                items->append(item);
            }
            const QJsonValue cursor = answer->value(nextKey);
            if (cursor.isNull() || cursor.isUndefined() || got.isEmpty() || ++*pages >= MaximumPages
                || (maximum > 0 && items->size() >= maximum)) {
                done(*items);
                *next = nullptr;
                return;
            }
            QJsonObject following = page;
            following.insert(cursorKey, cursor);
            (*next)(following);
        });
    };
    (*next)(std::move(request));
}

void AdminClient::disconnectFromServer(std::function<void()> done)
{
    // Leave /admin first: the DISCONNECT goes out on the connection while the logout request
    // makes its round trip.
    if (m_socket)
        m_socket->close();
    if (m_manager)
        m_manager->close();
    if (m_refreshToken.isEmpty()) { // the sign-in failed: nothing to end
        m_api.clearConnectionCache();
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
        return;
    }
    // Ends this sign-in for good, so that no usable refresh token outlives the command.
    const QString refreshToken = std::exchange(m_refreshToken, {});
    m_api.logout(refreshToken, this, [this, done](Expected<void, LoginFailure>) {
        // Nothing more goes over HTTP: close the kept-alive connection now, not when the
        // process exits under it.
        m_api.clearConnectionCache();
        done();
    });
}

} // namespace gatehouse::app
