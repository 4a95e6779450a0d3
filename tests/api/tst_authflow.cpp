// The whole sign-in flow through real parts: a SQLite store in a temporary folder, the HTTP API
// over TCP (QNetworkAccessManager), and Socket.IO handshakes from our client, with a manual clock
// for expiry.
#include "core/auth/AuthApi.h"
#include "core/auth/HandshakeAuthenticator.h"
#include "core/auth/PasswordHasher.h"
#include "core/client/ClientSocket.h"
#include "core/client/Manager.h"
#include "core/server/Server.h"
#include "core/server/Socket.h"
#include "core/transport/EngineServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

namespace {

constexpr int Timeout = 10'000;

struct HttpResult {
    int status = 0;
    QJsonObject body;
    QNetworkReply *reply = nullptr;
};

} // namespace

class TestAuthFlow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock {QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Store> m_store;
    std::optional<JwtSigner> m_signer;
    std::optional<JwtVerifier> m_verifier;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<AuthApi> m_api;
    std::unique_ptr<HandshakeAuthenticator> m_authenticator;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;

    HttpResult call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = method == "GET" ? m_network.get(request)
                                               : m_network.post(request, QJsonDocument(body).toJson());
        reply->setParent(this);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(Timeout))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object(), reply};
    }

    HttpResult login(const QString &username, const QString &password, bool setCookie = false)
    {
        return call("POST", QStringLiteral("/api/login"),
                    {{QStringLiteral("username"), username},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("deviceId"), QStringLiteral("laptop-1")},
                     {QStringLiteral("setCookie"), setCookie}});
    }

    // Connects a socket and returns whether it connected, or the connect_error.
    std::variant<Socket *, ConnectError> handshake(const QString &nsp, const QJsonObject &auth,
                                                   QList<QPair<QByteArray, QByteArray>> headers = {},
                                                   const QString &query = {})
    {
        Manager::Options options;
        options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        options.engine.polling = false;
        options.engine.extraHeaders = std::move(headers);
        if (!query.isEmpty())
            options.engine.query.setQuery(query);
        options.reconnection = false;
        auto *manager = new Manager(options, this);
        ClientSocket *socket = manager->socket(nsp);
        socket->setAuth(auth);
        QSignalSpy connected(socket, &ClientSocket::connected);
        QSignalSpy failed(socket, &ClientSocket::connectError);
        socket->open();
        QElapsedTimer timer;
        timer.start();
        while (connected.isEmpty() && failed.isEmpty() && timer.elapsed() < Timeout)
            QTest::qWait(5);
        if (!failed.isEmpty())
            return failed.first().first().value<ConnectError>();
        Namespace *space = m_server->findNamespace(nsp);
        return space ? space->socket(socket->id()) : nullptr;
    }

    User addUser(const QString &name, Role role)
    {
        auto hash = m_hasher->hash(QStringLiteral("correct horse %1").arg(name));
        auto user = m_store->users().add({name, name.toUpper(), role, *hash});
        return *user;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = Store::open(m_dir.path(), &m_clock);
        QVERIFY2(store, qPrintable(store ? QString() : store.error()));
        m_store = std::move(*store);
        const QByteArray secret(32, 'k');
        auto signer = JwtSigner::create(secret, {}, &m_clock);
        QVERIFY(signer);
        m_signer.emplace(std::move(*signer));
        JwtVerifierOptions verifierOptions;
        verifierOptions.keys = {m_signer->verificationKey()};
        verifierOptions.leeway = std::chrono::seconds(0);
        auto verifier = JwtVerifier::create(verifierOptions, &m_clock);
        QVERIFY(verifier);
        m_verifier.emplace(std::move(*verifier));
        m_hasher = std::make_unique<PasswordHasher>(PasswordHasher::Limits::minimum());

        m_server = std::make_unique<Server>();
        m_auth = std::make_unique<AuthService>(*m_store, *m_signer, *m_verifier, *m_hasher,
                                               AuthServiceOptions {}, &m_clock);
        m_api = std::make_unique<AuthApi>(*m_auth, m_server->engine());
        m_server->engine()->addHttpHandler(m_api->handler());
        NamespaceRules rules;
        rules.sources |= HandshakeCredentials::Source::QueryParameter;
        // "/late": socketio-jwt style, the token comes in an "authenticate" event after connecting.
        rules.policies.insert(QStringLiteral("/late"), NamespacePolicy::User);
        rules.sourcesByNamespace.insert(QStringLiteral("/late"),
                                        rules.sources | HandshakeCredentials::Source::AuthenticateEvent);
        rules.authenticateTimeout = std::chrono::milliseconds(700);
        m_authenticator = std::make_unique<HandshakeAuthenticator>(*m_auth, rules);
        m_server->use(m_authenticator->middleware());
        m_server->of(QStringLiteral("/admin"));
        m_server->of(QStringLiteral("/late")).onConnection([](Socket *socket) {
            socket->on(QStringLiteral("whoami"), [socket](const Arguments &, const Ack &ack) {
                ack({socket->data()
                         .value(QStringLiteral("user"))
                         .toMap()
                         .value(QStringLiteral("id"))
                         .toString()});
            });
        });
        m_server->of(QStringLiteral("/public"));
        const auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        m_port = *port;
        addUser(QStringLiteral("alice"), Role::User);
        addUser(QStringLiteral("mod"), Role::Moderator);
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        const HttpResult wrong = login(QStringLiteral("alice"), QStringLiteral("not her password"));
        const HttpResult unknown = login(QStringLiteral("nobody"), QStringLiteral("whatever123"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.body, unknown.body);
        QCOMPARE(
            wrong.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("invalid_credentials"));
    }

    void loginMeRefreshReuseLogout()
    {
        const HttpResult signedIn = login(QStringLiteral("ALICE"), QStringLiteral("correct horse alice"));
        QCOMPARE(signedIn.status, 200);
        const QString access = signedIn.body.value(QStringLiteral("accessToken")).toString();
        const QString refresh = signedIn.body.value(QStringLiteral("refreshToken")).toString();
        QCOMPARE(signedIn.body.value(QStringLiteral("expiresIn")).toInt(), 900);
        QCOMPARE(signedIn.body.value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("username"))
                     .toString(),
                 QStringLiteral("alice"));
        QCOMPARE(refresh.size(), 43);

        const HttpResult me
            = call("GET", QStringLiteral("/api/me"), {}, {{"Authorization", "Bearer " + access.toLatin1()}});
        QCOMPARE(me.status, 200);
        QCOMPARE(
            me.body.value(QStringLiteral("user")).toObject().value(QStringLiteral("displayName")).toString(),
            QStringLiteral("ALICE"));
        QCOMPARE(call("GET", QStringLiteral("/api/me")).status, 401);

        const HttpResult rotated
            = call("POST", QStringLiteral("/api/refresh"), {{QStringLiteral("refreshToken"), refresh}});
        QCOMPARE(rotated.status, 200);
        const QString next = rotated.body.value(QStringLiteral("refreshToken")).toString();
        QVERIFY(next != refresh);

        // The spent token comes back: the whole sign-in is revoked, the successor too.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refresh token reuse")));
        const HttpResult reuse
            = call("POST", QStringLiteral("/api/refresh"), {{QStringLiteral("refreshToken"), refresh}});
        QCOMPARE(reuse.status, 401);
        QCOMPARE(
            call("POST", QStringLiteral("/api/refresh"), {{QStringLiteral("refreshToken"), next}}).status,
            401);
        AuditQuery query;
        query.type = QStringLiteral("refresh_token.reused");
        auto records = m_store->audit().query(query);
        QVERIFY(records);
        QCOMPARE(records->size(), 1);

        const HttpResult again = login(QStringLiteral("alice"), QStringLiteral("correct horse alice"));
        const QString third = again.body.value(QStringLiteral("refreshToken")).toString();
        QCOMPARE(
            call("POST", QStringLiteral("/api/logout"), {{QStringLiteral("refreshToken"), third}}).status,
            200);
        QCOMPARE(
            call("POST", QStringLiteral("/api/refresh"), {{QStringLiteral("refreshToken"), third}}).status,
            401);
    }

    void handshakeStyles_data()
    {
        QTest::addColumn<QString>("style");
        QTest::newRow("auth.token") << QStringLiteral("auth");
        QTest::newRow("Authorization header") << QStringLiteral("header");
        QTest::newRow("session cookie") << QStringLiteral("cookie");
        QTest::newRow("query (opt-in)") << QStringLiteral("query");
    }
    void handshakeStyles()
    {
        QFETCH(QString, style);
        const HttpResult signedIn
            = login(QStringLiteral("alice"), QStringLiteral("correct horse alice"), true);
        QCOMPARE(signedIn.status, 200);
        const QByteArray access = signedIn.body.value(QStringLiteral("accessToken")).toString().toLatin1();
        const QByteArray setCookie = signedIn.reply->rawHeader("Set-Cookie");
        QVERIFY2(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"),
                 setCookie.constData());

        QJsonObject auth {{QStringLiteral("deviceId"), QStringLiteral("phone-9")}};
        QList<QPair<QByteArray, QByteArray>> headers;
        QString query;
        if (style == QLatin1StringView("auth"))
            auth.insert(QStringLiteral("token"), QString::fromLatin1(access));
        else if (style == QLatin1StringView("header"))
            headers.append({"Authorization", "Bearer " + access});
        else if (style == QLatin1StringView("cookie"))
            headers.append({"Cookie", setCookie.left(setCookie.indexOf(';'))});
        else
            query = QStringLiteral("token=") + QString::fromLatin1(access);
        const auto result = handshake(QStringLiteral("/"), auth, headers, query);
        QVERIFY(std::holds_alternative<Socket *>(result));
        Socket *socket = std::get<Socket *>(result);
        QVERIFY(socket);
        const QVariantMap user = socket->data().value(QStringLiteral("user")).toMap();
        QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("ALICE"));
        QCOMPARE(user.value(QStringLiteral("source")).toString(), style);
        QVERIFY(socket->rooms().contains(QStringLiteral("device:phone-9")));
        QVERIFY(!socket->handshake().url.contains(access)); // a query token never stays behind
    }

    void handshakeRejections_data()
    {
        QTest::addColumn<QString>("nsp");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("token");
        QTest::addColumn<qint64>("advanceSeconds");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no token") << QStringLiteral("/") << QString() << QString() << qint64(0)
                                  << QStringLiteral("no_token") << QStringLiteral("Authentication required");
        QTest::newRow("garbage") << QStringLiteral("/") << QString() << QStringLiteral("not.a.jwt")
                                 << qint64(0) << QStringLiteral("invalid_token")
                                 << QStringLiteral("Invalid token");
        QTest::newRow("expired") << QStringLiteral("/") << QStringLiteral("alice") << QString() << qint64(901)
                                 << QStringLiteral("token_expired") << QStringLiteral("Token expired");
        QTest::newRow("user in /admin")
            << QStringLiteral("/admin") << QStringLiteral("alice") << QString() << qint64(0)
            << QStringLiteral("forbidden") << QStringLiteral("Forbidden");
    }
    void handshakeRejections()
    {
        QFETCH(QString, nsp);
        QFETCH(QString, user);
        QFETCH(QString, token);
        QFETCH(qint64, advanceSeconds);
        QFETCH(QString, code);
        QFETCH(QString, message);
        if (!user.isEmpty())
            token = login(user, QStringLiteral("correct horse ") + user)
                        .body.value(QStringLiteral("accessToken"))
                        .toString();
        m_clock.advance(advanceSeconds * 1000);
        QJsonObject auth;
        if (!token.isEmpty())
            auth.insert(QStringLiteral("token"), token);
        const auto result = handshake(nsp, auth);
        QVERIFY(std::holds_alternative<ConnectError>(result));
        const ConnectError error = std::get<ConnectError>(result);
        QCOMPARE(error.message, message);
        QCOMPARE(error.data.toObject().value(QStringLiteral("code")).toString(), code);
    }

    void moderatorsMayEnterAdminAnyoneMayEnterPublic()
    {
        const QString token = login(QStringLiteral("mod"), QStringLiteral("correct horse mod"))
                                  .body.value(QStringLiteral("accessToken"))
                                  .toString();
        QVERIFY(std::holds_alternative<Socket *>(
            handshake(QStringLiteral("/admin"), {{QStringLiteral("token"), token}})));
        QVERIFY(std::holds_alternative<Socket *>(handshake(QStringLiteral("/public"), {})));
    }

    void suspendedUsersAreRefusedEverywhere()
    {
        const User user = addUser(QStringLiteral("mallory"), Role::User);
        const QString token = login(QStringLiteral("mallory"), QStringLiteral("correct horse mallory"))
                                  .body.value(QStringLiteral("accessToken"))
                                  .toString();
        QVERIFY((m_store->users().suspend(user.id, QStringLiteral("spam"), m_clock.now().addDays(1))));
        const auto result = handshake(QStringLiteral("/"), {{QStringLiteral("token"), token}});
        QVERIFY(std::holds_alternative<ConnectError>(result));
        const QJsonObject data = std::get<ConnectError>(result).data.toObject();
        QCOMPARE(data.value(QStringLiteral("code")).toString(), QStringLiteral("account_suspended"));
        QCOMPARE(data.value(QStringLiteral("reason")).toString(), QStringLiteral("spam"));
        QVERIFY(!data.value(QStringLiteral("until")).toString().isEmpty());
        const HttpResult refused = login(QStringLiteral("mallory"), QStringLiteral("correct horse mallory"));
        QCOMPARE(refused.status, 403);
        QCOMPARE(
            refused.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("account_suspended"));
    }

    void failedLoginsAreThrottled()
    {
        addUser(QStringLiteral("bob"), Role::User);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(login(QStringLiteral("bob"), QStringLiteral("guess number %1").arg(i)).status, 401);
        QCOMPARE(login(QStringLiteral("bob"), QStringLiteral("guess number 4")).status, 401);
        const HttpResult throttled = login(QStringLiteral("bob"), QStringLiteral("correct horse bob"));
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.reply->rawHeader("Retry-After"), QByteArray("1"));
        m_clock.advance(1000);
        QCOMPARE(login(QStringLiteral("bob"), QStringLiteral("correct horse bob")).status, 200);
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << QByteArray("application/json") << QByteArray("{oops") << 400
                                  << QStringLiteral("bad_request");
        QTest::newRow("form post") << QByteArray("application/x-www-form-urlencoded")
                                   << QByteArray("username=a") << 415
                                   << QStringLiteral("unsupported_media_type");
        QTest::newRow("missing password")
            << QByteArray("application/json") << QByteArray(R"({"username":"alice"})") << 400
            << QStringLiteral("bad_request");
    }
    void badRequests()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/login").arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_network.post(request, body);
        reply->setParent(this);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll())
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 code);
    }

    void authenticateEventStyle_data()
    {
        QTest::addColumn<QString>("token"); // "login": a real one; empty: never send the event
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("valid token") << QStringLiteral("login") << QString();
        QTest::newRow("bad token") << QStringLiteral("not.a.jwt") << QStringLiteral("invalid_token");
        QTest::newRow("no event in time") << QString() << QStringLiteral("no_token");
    }
    void authenticateEventStyle()
    {
        QFETCH(QString, token);
        QFETCH(QString, code);
        const User alice = *m_store->users().findByUsername(QStringLiteral("alice")).value();
        if (token == QLatin1StringView("login"))
            token = login(QStringLiteral("alice"), QStringLiteral("correct horse alice"))
                        .body.value(QStringLiteral("accessToken"))
                        .toString();
        Manager::Options options;
        options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        options.engine.polling = false;
        options.reconnection = false;
        Manager manager(options);
        ClientSocket *socket = manager.socket(QStringLiteral("/late"));
        QJsonObject unauthorized;
        bool authenticated = false;
        socket->on(QStringLiteral("unauthorized"),
                   [&](const Arguments &args, const Ack &) { unauthorized = args.value(0).toObject(); });
        socket->on(QStringLiteral("authenticated"),
                   [&](const Arguments &, const Ack &) { authenticated = true; });
        QSignalSpy disconnected(socket, &ClientSocket::disconnected);
        socket->open();
        QTRY_VERIFY_WITH_TIMEOUT(socket->isConnected(), Timeout); // connected without a token

        // Until authenticated, events are dropped: no ack comes back.
        std::optional<Expected<Arguments, QString>> early;
        socket->emitWithAck(
            QStringLiteral("whoami"), {}, this, [&](Expected<Arguments, QString> r) { early = std::move(r); },
            300);
        QTRY_VERIFY_WITH_TIMEOUT(early.has_value(), Timeout);
        QVERIFY(!early->hasValue());

        if (!token.isEmpty())
            socket->emit(QStringLiteral("authenticate"), {QJsonObject {{QStringLiteral("token"), token}}});
        if (code.isEmpty()) {
            QTRY_VERIFY_WITH_TIMEOUT(authenticated, Timeout);
            std::optional<Expected<Arguments, QString>> who;
            socket->emitWithAck(QStringLiteral("whoami"), {}, this,
                                [&](Expected<Arguments, QString> r) { who = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(who.has_value(), Timeout);
            QVERIFY(who->hasValue());
            QCOMPARE(who->value().value(0).toString(), alice.id);
            QTest::qWait(900); // past the authenticate deadline: still connected
            QCOMPARE(disconnected.size(), 0);
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, Timeout);
        QCOMPARE(disconnected.first().first().toString(), QStringLiteral("io server disconnect"));
        QCOMPARE(
            unauthorized.value(QStringLiteral("data")).toObject().value(QStringLiteral("code")).toString(),
            code);
        QVERIFY(!authenticated);
    }
};

QTEST_GUILESS_MAIN(TestAuthFlow)
#include "tst_authflow.moc"
