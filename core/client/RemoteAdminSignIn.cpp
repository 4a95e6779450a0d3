#include "RemoteAdminSignIn.h"

#include "ClientSocket.h"
#include "Manager.h"
#include "core/Version.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QThreadPool>

namespace gatehouse {

namespace {

// The certificates of a PEM file, or why there are none. Runs on a worker thread.
Expected<QList<QSslCertificate>, QString> readCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(RemoteAdminSignIn::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return unexpected(RemoteAdminSignIn::tr("%1 holds no PEM certificate").arg(path));
    return certificates;
}

} // namespace

RemoteAdminSignIn::RemoteAdminSignIn(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
}

RemoteAdminSignIn::~RemoteAdminSignIn()
{
    clearSecrets();
}

bool RemoteAdminSignIn::isSignedIn() const
{
    return m_socket && !m_refreshToken.isEmpty();
}

ClientSocket *RemoteAdminSignIn::socket() const
{
    return m_socket;
}

void RemoteAdminSignIn::clearSecrets()
{
    m_settings.password.fill(u'\0');
    m_settings.password.clear();
    m_refreshToken.fill(u'\0');
    m_refreshToken.clear();
}

QString RemoteAdminSignIn::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("Enter the server's address, such as https://chat.example.org:8443.");
    if (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))
        return tr("The address must start with http:// or https://.");
    if (!url.userInfo().isEmpty() || url.hasQuery())
        return tr("Leave names, passwords and queries out of the address; enter them below.");
    return {};
}

bool RemoteAdminSignIn::isInsecure(const QUrl &url)
{
    if (url.scheme() != QLatin1StringView("http"))
        return false;
    const QString host = url.host();
    if (host == QLatin1StringView("localhost"))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

QNetworkReply *RemoteAdminSignIn::post(const QString &path, const QJsonObject &body)
{
    QUrl url = m_settings.server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_settings.timeoutMs);
    if (m_tls)
        request.setSslConfiguration(*m_tls);
    QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.post(request, bytes);
    bytes.fill('\0'); // it may hold the password or a token; the request keeps its own copy
    return reply;
}

ConsoleError RemoteAdminSignIn::unreachable(const QString &detail, bool tls) const
{
    const QString server = m_settings.server.toDisplayString();
    if (tls)
        return {
            QStringLiteral("tls"),
            tr("The secure connection to %1 failed: %2. If the server's certificate is self-signed or from a "
               "private CA, choose that certificate as the CA file.")
                .arg(server, detail)};
    return {QStringLiteral("unreachable"),
            tr("Cannot reach %1: %2. Check the address and that the server is running.").arg(server, detail)};
}

void RemoteAdminSignIn::signIn(Settings settings, Done done)
{
    signOut();
    const quint64 attempt = ++m_attempt;
    m_settings = std::move(settings);
    m_tls.reset();
    if (m_settings.deviceName.isEmpty())
        m_settings.deviceName = tr("Gatehouse console");
    if (const QString problem = checkUrl(m_settings.server); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done, problem] {
                done(unexpected(ConsoleError {QStringLiteral("bad_url"), problem}));
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_settings.caFile.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, done] { login(done); }, Qt::QueuedConnection);
        return;
    }
    // The file may sit on a slow or network disk: read it away from the GUI thread.
    QThreadPool::globalInstance()->start([self = QPointer(this), path = m_settings.caFile, attempt, done] {
        auto certificates = readCertificates(path);
        QObject *target = self.get();
        if (!target)
            return; // signed out and gone meanwhile
        QMetaObject::invokeMethod(
            target,
            [self, attempt, done, certificates = std::move(certificates)] {
                if (!self || attempt != self->m_attempt)
                    return;
                if (!certificates) {
                    done(unexpected(ConsoleError {QStringLiteral("ca_file"), certificates.error()}));
                    return;
                }
                QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
                tls.addCaCertificates(*certificates);
                self->m_tls = tls;
                self->login(done);
            },
            Qt::QueuedConnection);
    });
}

void RemoteAdminSignIn::login(const Done &done)
{
    const quint64 attempt = m_attempt;
    QNetworkReply *reply = post(QStringLiteral("/api/login"),
                                {{QStringLiteral("username"), m_settings.username},
                                 {QStringLiteral("password"), m_settings.password},
                                 {QStringLiteral("deviceId"), m_settings.deviceId},
                                 {QStringLiteral("deviceName"), m_settings.deviceName}});
    m_settings.password.fill(u'\0');
    m_settings.password.clear();
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, attempt] {
        reply->deleteLater();
        if (attempt == m_attempt)
            onLogin(reply, done);
    });
}

void RemoteAdminSignIn::onLogin(QNetworkReply *reply, const Done &done)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        const QString detail = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("no answer within %1 s").arg(m_settings.timeoutMs / 1000)
            : reply->errorString();
        done(unexpected(unreachable(detail, reply->error() == QNetworkReply::SslHandshakeFailedError)));
        return;
    }
    QByteArray body = reply->readAll();
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    body.fill('\0');
    if (status.toInt() == 404) {
        done(unexpected(unreachable(tr("it has no login API (HTTP 404); is it a Gatehouse server?"), false)));
        return;
    }
    if (status.toInt() != 200) {
        const QJsonObject error = answer.value(QLatin1StringView("error")).toObject();
        const QString code = error.value(QLatin1StringView("code")).toString();
        const QString message = error.value(QLatin1StringView("message")).toString();
        if (code == QLatin1StringView("invalid_credentials"))
            done(unexpected(ConsoleError {code, tr("Wrong username or password.")}));
        else if (code == QLatin1StringView("too_many_attempts"))
            done(
                unexpected(ConsoleError {code,
                                         tr("Too many failed sign-ins. Wait %n second(s), then try again.",
                                            nullptr, error.value(QLatin1StringView("retryAfter")).toInt())}));
        else if (code == QLatin1StringView("account_suspended"))
            done(unexpected(ConsoleError {code, tr("This account is suspended: %1").arg(message)}));
        else
            done(unexpected(ConsoleError {code.isEmpty() ? QStringLiteral("http") : code,
                                          tr("The sign-in failed (HTTP %1): %2")
                                              .arg(status.toInt())
                                              .arg(message.isEmpty() ? reply->errorString() : message)}));
        return;
    }
    m_user = answer.value(QLatin1StringView("user")).toObject();
    m_refreshToken = answer.value(QLatin1StringView("refreshToken")).toString();
    const QString role = m_user.value(QLatin1StringView("role")).toString();
    if (role != QLatin1StringView("moderator") && role != QLatin1StringView("admin")) {
        const QString username = m_settings.username;
        signOut(); // ends the sign-in the server just made
        done(unexpected(ConsoleError {QStringLiteral("forbidden"),
                                      tr("%1 is neither a moderator nor an admin; the console needs one of "
                                         "those roles.")
                                          .arg(username)}));
        return;
    }
    joinAdmin(answer.value(QLatin1StringView("accessToken")).toString(), done);
}

void RemoteAdminSignIn::joinAdmin(const QString &accessToken, const Done &done)
{
    Manager::Options options;
    options.engine.url = m_settings.server;
    options.engine.path = m_settings.path;
    options.engine.tls = m_tls;
    // WebSocket from the start: a console that goes away leaves the listings at once.
    options.engine.polling = false;
    options.engine.openTimeoutMs = m_settings.timeoutMs;
    // A console stays: after a dropped connection it reconnects (and its feed reloads).
    options.reconnection = true;
    m_manager = new Manager(options, this);
    m_socket = m_manager->socket(QStringLiteral("/admin"));
    m_socket->setAuth({{QStringLiteral("token"), accessToken},
                       {QStringLiteral("deviceId"), m_settings.deviceId},
                       {QStringLiteral("deviceName"), m_settings.deviceName},
                       {QStringLiteral("appVersion"), QStringLiteral(GATEHOUSE_VERSION_STRING)}});
    m_socket->setTokenRefresher(
        [self = QPointer(this)](std::function<void(Expected<QString, QString>)> fetched) {
            if (!self) {
                fetched(unexpected(tr("signed out")));
                return;
            }
            self->refreshAccessToken(std::move(fetched));
        });

    // Exactly one of these answers `done`; the connections are cut with it.
    auto pending = std::make_shared<Done>(done);
    auto links = std::make_shared<QList<QMetaObject::Connection>>();
    auto answer = [this, pending, links](Expected<void, ConsoleError> result) {
        if (!*pending)
            return;
        m_deadline.stop();
        for (const QMetaObject::Connection &link : std::as_const(*links))
            disconnect(link);
        const Done once = std::exchange(*pending, nullptr);
        if (!result)
            signOut();
        once(std::move(result));
    };
    links->append(connect(m_socket, &ClientSocket::connected, this, [answer] { answer({}); }));
    links->append(
        connect(m_socket, &ClientSocket::connectError, this, [this, answer](const ConnectError &error) {
            const QJsonObject data = error.data.toObject();
            answer(unexpected(
                ConsoleError {data.value(QLatin1StringView("code")).toString(QStringLiteral("refused")),
                              tr("The server refused %1 on /admin: %2")
                                  .arg(m_settings.username,
                                       data.value(QLatin1StringView("detail")).toString(error.message))}));
        }));
    links->append(connect(
        m_manager, &Manager::closed, this, [this, answer](const QString &reason, const QString &description) {
            answer(unexpected(unreachable(description.isEmpty() ? reason : description, false)));
        }));
    links->append(connect(&m_deadline, &QTimer::timeout, this, [this, answer] {
        answer(unexpected(unreachable(tr("no answer within %1 s").arg(m_settings.timeoutMs / 1000), false)));
    }));
    m_deadline.start(m_settings.timeoutMs);
    m_socket->open();
}

void RemoteAdminSignIn::refreshAccessToken(std::function<void(Expected<QString, QString>)> done)
{
    if (m_refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done(unexpected(tr("not signed in"))); }, Qt::QueuedConnection);
        return;
    }
    const quint64 attempt = m_attempt;
    QNetworkReply *reply
        = post(QStringLiteral("/api/refresh"), {{QStringLiteral("refreshToken"), m_refreshToken}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, attempt] {
        reply->deleteLater();
        if (attempt != m_attempt) {
            done(unexpected(tr("signed out")));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray body = reply->readAll();
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        body.fill('\0');
        if (status != 200) {
            const QString message = status == 0 ? reply->errorString()
                                                : answer.value(QLatin1StringView("error"))
                                                      .toObject()
                                                      .value(QLatin1StringView("message"))
                                                      .toString();
            // A refused token (401/403) will not get better: the user must sign in again. A
            // network failure might; the socket retries at its next reconnect.
            if (status == 401 || status == 403) {
                m_refreshToken.fill(u'\0');
                m_refreshToken.clear();
                Q_EMIT signInExpired(tr("The sign-in to %1 ended: %2. Sign in again.")
                                         .arg(m_settings.server.toDisplayString(), message));
            }
            done(unexpected(message));
            return;
        }
        m_refreshToken.fill(u'\0');
        m_refreshToken = answer.value(QLatin1StringView("refreshToken")).toString();
        done(answer.value(QLatin1StringView("accessToken")).toString());
    });
}

void RemoteAdminSignIn::signOut(std::function<void()> done)
{
    ++m_attempt;
    m_deadline.stop();
    // Leave /admin first: the DISCONNECT goes out while the logout makes its round trip.
    if (m_socket)
        m_socket->close();
    if (m_manager) {
        m_manager->close();
        m_manager->deleteLater();
        m_manager = nullptr;
    }
    m_socket = nullptr;
    m_settings.password.fill(u'\0');
    m_settings.password.clear();
    if (m_refreshToken.isEmpty()) {
        if (done)
            QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
        return;
    }
    // Ends this sign-in for good: no usable refresh token outlives the console's session.
    QNetworkReply *reply
        = post(QStringLiteral("/api/logout"), {{QStringLiteral("refreshToken"), m_refreshToken}});
    m_refreshToken.fill(u'\0');
    m_refreshToken.clear();
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        if (done)
            done();
    });
}

} // namespace gatehouse
