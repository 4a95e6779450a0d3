#include "ModerationFixture.h"

#include "core/client/Manager.h"

#include <QTest>

namespace gatehouse::test {

ModerationFixture::~ModerationFixture()
{
    // Sockets and their timers go before the services they point to.
    m_moderation.reset();
    m_server.reset();
    m_loginApi.reset();
}

bool ModerationFixture::start(Options options)
{
    if (!m_dir.isValid()) {
        qWarning("no temporary directory");
        return false;
    }
    auto store = Store::open(m_dir.path());
    if (!store) {
        qWarning() << "store:" << store.error();
        return false;
    }
    m_store = std::move(*store);
    auto signer = JwtSigner::create(Secret, options.signer,
                                    options.signerClock ? options.signerClock : Clock::system());
    if (!signer)
        return false;
    m_signer.emplace(std::move(*signer));
    JwtVerifierOptions verifierOptions;
    verifierOptions.keys = {m_signer->verificationKey()};
    verifierOptions.leeway = options.leeway;
    auto verifier = JwtVerifier::create(verifierOptions, options.clock);
    if (!verifier)
        return false;
    m_verifier.emplace(std::move(*verifier));
    m_hasher = std::make_unique<PasswordHasher>(PasswordHasher::Limits::minimum());
    m_auth = std::make_unique<AuthService>(*m_store, *m_signer, *m_verifier, *m_hasher, AuthServiceOptions {},
                                           options.clock);
    m_authenticator = std::make_unique<HandshakeAuthenticator>(*m_auth, options.rules);
    m_server = std::make_unique<Server>();
    m_server->use(m_authenticator->middleware());
    if (options.loginApi) {
        m_loginApi = std::make_unique<AuthApi>(*m_auth, m_server->engine());
        m_server->engine()->addHttpHandler(m_loginApi->handler());
    }
    m_moderation = std::make_unique<ModerationStack>(*m_server, *m_store, options.rules, options.clock,
                                                     options.adminUi);
    const auto port = m_server->listen(QHostAddress::LocalHost, 0);
    if (!port) {
        qWarning() << "listen:" << port.error();
        return false;
    }
    m_port = *port;
    return true;
}

User ModerationFixture::addUser(const QString &username, Role role, const QString &password)
{
    QString hash;
    if (!password.isEmpty()) {
        auto hashed = m_hasher->hash(password);
        if (!hashed)
            qWarning() << "hash:" << hashed.error();
        else
            hash = *hashed;
    }
    auto user = m_store->users().add({username, {}, role, hash});
    return user ? *user : User {};
}

QString ModerationFixture::tokenFor(const User &user) const
{
    return m_signer->sign({user.id, user.displayName, roleToString(user.role), {}})->token;
}

ClientSocket *ModerationFixture::connect(QObject *scope, const QString &nsp, QJsonObject auth, bool polling)
{
    Manager::Options options;
    options.engine.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    options.engine.polling = polling;
    options.reconnection = false;
    auto *manager = new Manager(options, scope);
    ClientSocket *socket = manager->socket(nsp);
    socket->setAuth(auth);
    socket->open();
    return socket;
}

ClientSocket *ModerationFixture::connectAs(QObject *scope, const User &user, const QString &nsp,
                                           const QString &deviceId, QJsonObject extraAuth)
{
    extraAuth.insert(QStringLiteral("token"), tokenFor(user));
    if (!deviceId.isEmpty())
        extraAuth.insert(QStringLiteral("deviceId"), deviceId);
    return connect(scope, nsp, extraAuth);
}

QJsonObject ModerationFixture::call(ClientSocket *socket, QObject *scope, const QString &command,
                                    const QJsonObject &request)
{
    std::optional<QJsonObject> reply;
    socket->emitWithAck(command, {request}, scope, [&](Expected<Arguments, QString> result) {
        reply = result ? result->value(0).toObject() : QJsonObject {{QStringLiteral("timeout"), true}};
    });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 5000))
        return {{QStringLiteral("timeout"), true}};
    return *reply;
}

} // namespace gatehouse::test
