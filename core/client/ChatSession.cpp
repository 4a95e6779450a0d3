#include "ChatSession.h"

#include "ClientSocket.h"
#include "Manager.h"
#include "RefreshTokenVault.h"
#include "core/RandomId.h"
#include "core/Version.h"

#include <QSysInfo>

namespace gatehouse {

using namespace Qt::StringLiterals;
using Kind = ChatSessionNotice::Kind;

namespace {

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

void wipe(QString &secret)
{
    secret.fill(u'\0');
    secret.clear();
}

} // namespace

ChatSession::ChatSession(RefreshTokenVault *vault, Options options, QObject *parent)
    : QObject(parent), m_vault(vault), m_options(std::move(options)), m_tokens(new SessionTokens(vault, this))
{
    connect(m_tokens, &SessionTokens::refreshFailed, this, &ChatSession::onRefreshFailed);
    connect(m_tokens, &SessionTokens::keychainWarning, this, &ChatSession::keychainWarning);
}

ChatSession::~ChatSession() = default;

void ChatSession::signIn(SignInRequest request)
{
    const QString scheme = request.server.scheme();
    QString problem;
    if (!request.server.isValid() || request.server.host().isEmpty()
        || (scheme != u"http" && scheme != u"https"))
        problem = tr("Enter the server's address, such as https://chat.example.org:3000.");
    else if (request.username.trimmed().isEmpty() || request.password.isEmpty())
        problem = tr("Enter your username and password.");
    if (!problem.isEmpty()) {
        wipe(request.password);
        fail({Kind::SignInRefused, problem});
        return;
    }
    RememberedSignIn signIn {request.server, request.username.trimmed(), {}, request.deviceName.trimmed()};
    if (signIn.deviceName.isEmpty())
        signIn.deviceName = QSysInfo::machineHostName();
    // The device id of the last sign-in of this account here, so that the server's listings and
    // audit log see one device across restarts.
    if (m_vault) {
        if (const auto known = m_vault->find(signIn))
            signIn.deviceId = known->deviceId;
    }
    if (signIn.deviceId.isEmpty())
        signIn.deviceId = RandomId::generate();
    start(signIn, request.staySignedIn && m_vault);
    const LoginApi::Credentials credentials {signIn.username, request.password, signIn.deviceId,
                                             signIn.deviceName};
    wipe(request.password);
    if (!m_tokens->isPersistent()) {
        // Session only: a sign-in of this account kept from before is not wanted any more.
        if (m_vault && m_vault->find(signIn))
            m_tokens->forgetStored();
        login(credentials);
        return;
    }
    // The keychain first: without one, the password does not leave before the user has chosen a
    // session-only sign-in.
    const quint64 generation = m_generation;
    m_vault->load(m_signIn, this,
                  [this, generation, credentials](Expected<std::optional<QString>, KeychainError> found) {
                      if (generation != m_generation)
                          return;
                      if (!found)
                          fail(ChatSessionNotice::keychainFailed(found.error()));
                      else
                          login(credentials);
                  });
}

void ChatSession::resume(const RememberedSignIn &signIn)
{
    start(signIn, m_vault != nullptr);
    if (!m_vault || !signIn.isValid()) {
        fail({Kind::NoStoredSignIn, tr("There is no saved sign-in to restore. Sign in with your password.")});
        return;
    }
    const quint64 generation = m_generation;
    m_vault->load(m_signIn, this, [this, generation](Expected<std::optional<QString>, KeychainError> found) {
        if (generation != m_generation)
            return;
        if (!found) { // the entry stays: the next attempt may find the keychain unlocked
            fail(ChatSessionNotice::keychainFailed(found.error()));
            return;
        }
        if (!*found) {
            m_vault->forget(m_signIn);
            fail({Kind::NoStoredSignIn,
                  tr("No saved sign-in for %1 on %2. Sign in with your password.")
                      .arg(m_signIn.username, m_signIn.server.toDisplayString())});
            return;
        }
        m_tokens->setRefreshToken(**found);
        wipe(**found);
        signInAgain();
    });
}

void ChatSession::signInAgain()
{
    if (!m_tokens->hasRefreshToken()) {
        if (m_tokens->isPersistent() && m_signIn.isValid()) {
            resume(m_signIn);
            return;
        }
        fail({Kind::SignInEnded, tr("Sign in with your password to continue.")});
        return;
    }
    m_notice = {};
    setState(State::SigningIn);
    m_tokens->refresh([this](Expected<QString, LoginFailure> token) {
        if (token) {
            if (m_tokens->isPersistent())
                m_vault->remember(m_signIn);
            connectSocket();
        } else if (m_state == State::SigningIn) { // not refused for good (that is handled already)
            ChatSessionNotice notice = ChatSessionNotice::loginFailed(token.error());
            notice.canSignInAgain = true;
            fail(notice);
        }
    });
}

void ChatSession::signOut()
{
    const RememberedSignIn signIn = m_signIn;
    QString refreshToken = m_tokens->takeRefreshToken();
    // The login API of this sign-in outlives the reset below for the one request it still sends.
    LoginApi *api = m_api.release();
    if (api)
        api->setParent(this);
    start(RememberedSignIn {}, false);
    m_signIn = signIn; // still says who was signed in, e.g. to prefill a login dialog
    setState(State::SignedOut);

    auto pending = std::make_shared<int>(1);
    auto problems = std::make_shared<QStringList>();
    auto finished = [this, pending, problems] {
        if (--*pending == 0)
            Q_EMIT signOutFinished(problems->join(u' '));
    };
    if (m_vault && signIn.isValid()) {
        ++*pending;
        m_vault->forget(signIn);
        m_vault->erase(signIn, this, [this, problems, finished](Expected<void, KeychainError> erased) {
            if (!erased)
                problems->append(tr("The saved sign-in could not be deleted from the keychain. %1")
                                     .arg(erased.error().userMessage()));
            finished();
        });
    }
    if (api && !refreshToken.isEmpty()) {
        ++*pending;
        api->logout(
            refreshToken, this, [this, api, problems, finished](Expected<void, LoginFailure> revoked) {
                api->deleteLater();
                if (!revoked)
                    problems->append(tr("The server could not be told that you signed out (%1); your sign-in "
                                        "there ends when it expires.")
                                         .arg(revoked.error().detail));
                finished();
            });
        wipe(refreshToken);
    } else if (api) {
        api->deleteLater();
    }
    // Never from inside this call.
    QMetaObject::invokeMethod(this, finished, Qt::QueuedConnection);
}

void ChatSession::start(const RememberedSignIn &signIn, bool persist)
{
    ++m_generation;
    dropConnection();
    m_notice = {};
    m_signIn = signIn;
    if (m_api)
        m_api.release()->deleteLater(); // we may be inside one of its answers
    if (signIn.isValid())
        m_api = std::make_unique<LoginApi>(
            LoginApi::Options {signIn.server, m_options.tls, m_options.timeoutMs});
    m_tokens->reset(signIn, m_api.get(), persist);
    if (signIn.isValid())
        setState(State::SigningIn);
}

void ChatSession::login(const LoginApi::Credentials &credentials)
{
    const quint64 generation = m_generation;
    m_api->login(credentials, this, [this, generation](Expected<LoginSession, LoginFailure> result) {
        if (generation != m_generation)
            return;
        if (!result) {
            if (result.error().kind == LoginFailure::Kind::AccountSuspended)
                suspended(result.error().reason, result.error().until, {});
            else
                fail(ChatSessionNotice::loginFailed(result.error()));
            return;
        }
        m_tokens->adopt(*result);
        if (!m_tokens->isPersistent()) {
            connectSocket();
            return;
        }
        m_tokens->store(this, [this, generation](Expected<void, KeychainError> stored) {
            if (generation != m_generation)
                return;
            if (!stored) {
                // The user asked to stay signed in and that cannot be: end this sign-in on the
                // server rather than keep a token nobody can find again, and say why.
                m_api->logout(m_tokens->takeRefreshToken(), this, [](Expected<void, LoginFailure>) {});
                m_tokens->wipe();
                fail(ChatSessionNotice::keychainFailed(stored.error()));
                return;
            }
            m_vault->remember(m_signIn);
            connectSocket();
        });
    });
}

void ChatSession::connectSocket()
{
    dropConnection();
    Manager::Options options;
    options.engine.url = m_signIn.server;
    options.engine.path = m_options.path;
    options.engine.tls = m_options.tls;
    options.engine.polling = m_options.polling;
    options.engine.openTimeoutMs = m_options.timeoutMs;
    options.reconnectionDelayMs = m_options.reconnectionDelayMs;
    options.reconnectionDelayMaxMs = m_options.reconnectionDelayMaxMs;
    m_manager = new Manager(options, this);
    m_socket = m_manager->socket(u"/"_s);
    // Computed before every CONNECT: always the newest access token.
    m_socket->setAuthProvider([this] {
        return QJsonObject {{u"token"_s, m_tokens->accessToken()},
                            {u"deviceId"_s, m_signIn.deviceId},
                            {u"deviceName"_s, m_signIn.deviceName},
                            {u"platform"_s, QSysInfo::prettyProductName()},
                            {u"appVersion"_s, QStringLiteral(GATEHOUSE_VERSION_STRING)}};
    });
    m_socket->setTokenRefresher([this](std::function<void(Expected<QString, QString>)> done) {
        m_tokens->refresh([done = std::move(done)](Expected<QString, LoginFailure> token) {
            if (token)
                done(*token);
            else
                done(unexpected(token.error().message));
        });
    });
    connect(m_socket, &ClientSocket::connected, this, [this] {
        m_notice = {};
        setState(State::Online);
    });
    connect(m_socket, &ClientSocket::disconnected, this, &ChatSession::onDisconnected);
    connect(m_socket, &ClientSocket::forcedDisconnect, this, &ChatSession::onForcedDisconnect);
    connect(m_socket, &ClientSocket::connectError, this, &ChatSession::onConnectError);
    connect(m_manager, &Manager::reconnectAttempt, this, [this] {
        if (m_state == State::Online)
            setState(State::Reconnecting);
    });
    setState(State::Connecting);
    Q_EMIT socketReady(m_socket);
    m_socket->open();
}

void ChatSession::dropConnection()
{
    if (!m_manager)
        return;
    m_manager->disconnect(this);
    if (m_socket)
        m_socket->disconnect(this);
    m_manager->close();
    m_manager->deleteLater(); // with its socket; we may be inside one of their signals
    m_manager = nullptr;
    m_socket = nullptr;
}

void ChatSession::closeConnectionLater()
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation && m_manager)
                m_manager->close();
        },
        Qt::QueuedConnection);
}

void ChatSession::onRefreshFailed(const LoginFailure &failure)
{
    if (failure.kind == LoginFailure::Kind::AccountSuspended)
        suspended(failure.reason, failure.until, {});
    else if (failure.kind == LoginFailure::Kind::TokenRefused) // SessionTokens forgot it
        fail(ChatSessionNotice::loginFailed(failure));
}

void ChatSession::onConnectError(const ConnectError &error)
{
    if (m_state == State::Failed || m_state == State::Suspended || m_state == State::SignedOut)
        return; // a refused refresh said it already
    const QJsonObject data = error.data.toObject();
    if (text(data, "code"_L1) == u"account_suspended") {
        suspended(text(data, "reason"_L1), QDateTime::fromString(text(data, "until"_L1), Qt::ISODateWithMs),
                  {});
        return;
    }
    fail(ChatSessionNotice::connectRefused(data, error.message, m_signIn.username,
                                           m_tokens->hasRefreshToken()));
}

void ChatSession::onForcedDisconnect(const QJsonObject &notice)
{
    const QString code = text(notice, "code"_L1);
    if (code == u"token_expired") {
        // The token ran out before it could be renewed (a sleeping laptop, a failed refresh): the
        // socket comes back once disconnected, refreshing on the server's token_expired refusal.
        setState(State::Reconnecting);
        return;
    }
    if (code == u"account_suspended") {
        suspended(text(notice, "reason"_L1),
                  QDateTime::fromString(text(notice, "until"_L1), Qt::ISODateWithMs), text(notice, "by"_L1));
        return;
    }
    const ChatSessionNotice stopped = ChatSessionNotice::forcedDisconnect(notice);
    fail(stopped, stopped.kind == Kind::Kicked ? State::Kicked : State::Failed);
}

void ChatSession::onDisconnected(const QString &reason)
{
    if (reason == u"io client disconnect")
        return; // ours
    if (text(m_socket ? m_socket->forcedDisconnectNotice() : QJsonObject(), "code"_L1) == u"token_expired"
        && m_state == State::Reconnecting) {
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation && m_socket && m_state == State::Reconnecting)
                    m_socket->open();
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_state != State::Online && m_state != State::Connecting && m_state != State::Reconnecting)
        return; // kicked, suspended or failed: already said
    if (m_socket && m_socket->isActive()) {
        setState(State::Reconnecting); // the manager brings it back
        return;
    }
    ChatSessionNotice notice {Kind::ConnectionEnded,
                              tr("The server ended the connection. Sign in again to reconnect.")};
    notice.canSignInAgain = true;
    fail(notice);
}

void ChatSession::suspended(const QString &reason, const QDateTime &until, const QString &by)
{
    m_tokens->wipe(); // revoked by the server anyway
    m_tokens->forgetStored();
    fail(ChatSessionNotice::suspended(reason, until, by), State::Suspended);
}

void ChatSession::fail(ChatSessionNotice notice, State state)
{
    m_notice = std::move(notice);
    setState(state);
    closeConnectionLater();
    Q_EMIT noticeRaised(m_notice);
}

void ChatSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace gatehouse
