#include "HandshakeAuthenticator.h"

#include "core/server/Socket.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace gatehouse {

namespace {

// Stable messages: clients may match them; data.code says the same for programs.
ConnectError reject(const QString &code, const QString &message, const QString &detail,
                    const QJsonObject &extra = {})
{
    QJsonObject data {{QStringLiteral("code"), code}, {QStringLiteral("detail"), detail}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        data.insert(it.key(), it.value());
    return ConnectError {message, data};
}

QString stableMessage(const QString &code)
{
    if (code == QLatin1StringView("no_token"))
        return QStringLiteral("Authentication required");
    if (code == QLatin1StringView("token_expired"))
        return QStringLiteral("Token expired");
    if (code == QLatin1StringView("account_suspended"))
        return QStringLiteral("Account suspended");
    if (code == QLatin1StringView("forbidden"))
        return QStringLiteral("Forbidden");
    if (code == QLatin1StringView("server_error"))
        return QStringLiteral("Server error");
    return QStringLiteral("Invalid token");
}

} // namespace

HandshakeAuthenticator::HandshakeAuthenticator(AuthService &auth, NamespaceRules rules)
    : m_auth(auth), m_rules(std::move(rules)), m_signIns(auth.clock(), m_rules.signInSessionLifetime)
{
}

NamespacePolicy HandshakeAuthenticator::policyFor(const QString &nsp) const
{
    return m_rules.policyFor(nsp);
}

Namespace::Middleware HandshakeAuthenticator::middleware()
{
    return [this](Socket *socket, const Next &next) { authenticate(socket, next); };
}

std::optional<ConnectError>
HandshakeAuthenticator::refusal(const QString &nsp, NamespacePolicy policy,
                                const Expected<AuthService::Principal, AuthFailure> &principal)
{
    if (!principal) {
        const AuthFailure &failure = principal.error();
        return reject(failure.code, stableMessage(failure.code), failure.message, failure.details);
    }
    if (!NamespaceRules::admits(policy, principal->token.role)) {
        return reject(QStringLiteral("forbidden"), stableMessage(QStringLiteral("forbidden")),
                      QStringLiteral("%1 needs the %2 role").arg(nsp, NamespaceRules::policyName(policy)),
                      {{QStringLiteral("required"), NamespaceRules::policyName(policy)}});
    }
    return std::nullopt;
}

QString HandshakeAuthenticator::guessDeviceId(const Handshake &handshake)
{
    // The same browser or program on the same machine gives the same id; it is a guess (two
    // identical browsers behind one NAT look alike), so it is marked as one.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(handshake.header("user-agent"));
    hash.addData("\n");
    hash.addData(handshake.address.toString().toUtf8());
    return QStringLiteral("guess-") + QString::fromLatin1(hash.result().toHex().left(16));
}

void HandshakeAuthenticator::accept(Socket *socket, const AuthService::Principal &principal,
                                    const QString &source)
{
    const VerifiedToken &token = principal.token;
    const QJsonObject &auth = socket->handshake().auth;
    const QString name = principal.user ? principal.user->displayName : token.name;
    const QString username = principal.user ? principal.user->username : token.name;
    socket->data().insert(QStringLiteral("user"),
                          QVariantMap {{QStringLiteral("id"), token.userId},
                                       {QStringLiteral("username"), username},
                                       {QStringLiteral("name"), name},
                                       {QStringLiteral("role"), token.role},
                                       {QStringLiteral("expiresAt"), token.expiresAt},
                                       {QStringLiteral("source"), source}});
    QString deviceId = auth.value(QStringLiteral("deviceId")).toString().left(128);
    const bool guessed = deviceId.isEmpty();
    if (guessed)
        deviceId = guessDeviceId(socket->handshake());
    socket->data().insert(
        QStringLiteral("device"),
        QVariantMap {
            {QStringLiteral("id"), deviceId},
            {QStringLiteral("guessed"), guessed},
            {QStringLiteral("name"), auth.value(QStringLiteral("deviceName")).toString().left(128)},
            {QStringLiteral("platform"), auth.value(QStringLiteral("platform")).toString().left(64)},
            {QStringLiteral("appVersion"), auth.value(QStringLiteral("appVersion")).toString().left(64)}});
    socket->join(QStringLiteral("user:") + token.userId);
    socket->join(QStringLiteral("device:") + deviceId);
    SessionExpiry::attach(socket, token.expiresAt, m_auth, m_auth.clock(), m_rules.expiry);
}

void HandshakeAuthenticator::authenticate(Socket *socket, const Next &next)
{
    const QString nsp = socket->nsp()->name();
    const NamespacePolicy policy = policyFor(nsp);
    const auto sources = m_rules.sourcesByNamespace.value(nsp, m_rules.sources);
    // Always runs, so that a query token is redacted even where no token is needed.
    const HandshakeCredentials::Found found = HandshakeCredentials::extract(socket->handshake(), sources);
    if (policy == NamespacePolicy::Anonymous)
        return next();
    if (found.token.isEmpty() && offersPassword(nsp, socket->handshake().auth))
        return signInWithPassword(socket, policy, next);
    if (found.token.isEmpty() && sources.testFlag(HandshakeCredentials::Source::AuthenticateEvent)) {
        awaitAuthenticateEvent(socket, policy);
        return next();
    }
    const auto principal = m_auth.authenticate(found.token);
    if (const auto refused = refusal(nsp, policy, principal))
        return next(*refused);
    accept(socket, *principal, HandshakeCredentials::sourceName(found.source));
    next();
}

void HandshakeAuthenticator::awaitAuthenticateEvent(Socket *socket, NamespacePolicy policy)
{
    // socketio-jwt style: connected, but deaf to everything but "authenticate" until then.
    socket->setEventFilter([](const QString &event) { return event == QLatin1StringView("authenticate"); });
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    const auto unauthorized = [socket, deadline](const ConnectError &error) {
        deadline->stop();
        socket->emit(
            QStringLiteral("unauthorized"),
            {QJsonObject {{QStringLiteral("message"), error.message}, {QStringLiteral("data"), error.data}}});
        socket->disconnect(false, QStringLiteral("unauthorized"));
    };
    QObject::connect(
        deadline, &QTimer::timeout, socket, [unauthorized, timeout = m_rules.authenticateTimeout] {
            unauthorized(reject(QStringLiteral("no_token"), stableMessage(QStringLiteral("no_token")),
                                QStringLiteral("no authenticate event within %1 ms").arg(timeout.count())));
        });
    deadline->start(m_rules.authenticateTimeout);
    socket->on(QStringLiteral("authenticate"),
               [this, socket, policy, deadline, unauthorized](const Arguments &args, const Ack &ack) {
                   const QJsonValue first = args.value(0).toJson();
                   const QString token = first.isObject()
                       ? first.toObject().value(QStringLiteral("token")).toString()
                       : first.toString();
                   const auto principal = m_auth.authenticate(token);
                   if (const auto refused = refusal(socket->nsp()->name(), policy, principal)) {
                       unauthorized(*refused);
                       return;
                   }
                   deadline->stop();
                   deadline->deleteLater();
                   socket->setEventFilter({});
                   socket->off(QStringLiteral("authenticate"));
                   accept(socket, *principal,
                          HandshakeCredentials::sourceName(HandshakeCredentials::Source::AuthenticateEvent));
                   socket->emit(QStringLiteral("authenticated"));
                   ack({true});
               });
}

namespace {
const char SignInSessionProperty[] = "gatehouse.signInSession";
} // namespace

bool HandshakeAuthenticator::offersPassword(const QString &nsp, const QJsonObject &auth) const
{
    return m_rules.passwordSignIn.contains(nsp)
        && (auth.contains(QLatin1StringView("username")) || auth.contains(QLatin1StringView("sessionId")));
}

QString HandshakeAuthenticator::takeSignInSession(Socket *socket)
{
    const QString id = socket->property(SignInSessionProperty).toString();
    socket->setProperty(SignInSessionProperty, QVariant());
    return id;
}

QString HandshakeAuthenticator::signInSource(const Socket *socket)
{
    return socket->data().value(QStringLiteral("user")).toMap().value(QStringLiteral("source")).toString();
}

void HandshakeAuthenticator::signInWithPassword(Socket *socket, NamespacePolicy policy, const Next &next)
{
    const QJsonObject &auth = socket->handshake().auth;
    const QString nsp = socket->nsp()->name();
    // The Admin UI knows one refusal by its exact text and reopens its sign-in form for it.
    const auto invalidCredentials = [](const QString &detail) {
        return reject(QStringLiteral("invalid_credentials"), QStringLiteral("invalid credentials"), detail);
    };
    if (!auth.contains(QLatin1StringView("username"))) {
        const auto userId = m_signIns.userOf(auth.value(QLatin1StringView("sessionId")).toString());
        if (!userId)
            return next(invalidCredentials(QStringLiteral("The session has ended: sign in again.")));
        const auto principal = m_auth.principalFor(*userId);
        if (const auto refused = refusal(nsp, policy, principal))
            return next(*refused);
        accept(socket, *principal, QStringLiteral("session"));
        return next();
    }
    AuthService::Credentials credentials;
    credentials.username = auth.value(QLatin1StringView("username")).toString();
    credentials.password = auth.value(QLatin1StringView("password")).toString();
    credentials.address = socket->handshake().address.toString();
    QPointer<Socket> guard(socket);
    m_auth.checkPassword(credentials,
                         [this, guard, policy, next, invalidCredentials,
                          address = credentials.address](Expected<User, AuthFailure> user) {
                             if (!guard)
                                 return; // the client left while the password was being checked
                             Socket *signedIn = guard;
                             const QString signedInNsp = signedIn->nsp()->name();
                             // A missing or empty field is a wrong password to the UI, too.
                             if (!user
                                 && (user.error().code == QLatin1StringView("invalid_credentials")
                                     || user.error().code == QLatin1StringView("bad_request")))
                                 return next(invalidCredentials(user.error().message));
                             if (!user)
                                 return next(reject(user.error().code, user.error().message,
                                                    user.error().message, user.error().details));
                             const auto principal = m_auth.principalFor(user->id);
                             if (const auto refused = refusal(signedInNsp, policy, principal))
                                 return next(*refused);
                             m_auth.audit(QStringLiteral("login.succeeded"), user->id, address,
                                          {{QStringLiteral("via"),
                                            QStringLiteral("password sign-in on %1").arg(signedInNsp)}});
                             accept(signedIn, *principal, QStringLiteral("password"));
                             signedIn->setProperty(SignInSessionProperty, m_signIns.create(user->id));
                             next();
                         });
}

} // namespace gatehouse
