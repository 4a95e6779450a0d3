#include "ServerConfig.h"

#include "core/chat/ChatValidation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace gatehouse {

namespace {

class Reader {
public:
    Reader(const QSettings *file, const QVariantMap &overrides) : m_file(file), m_overrides(overrides) { }

    QVariant value(const QString &key) const
    {
        if (m_overrides.contains(key))
            return m_overrides.value(key);
        return m_file ? m_file->value(key) : QVariant();
    }

    // Reads a positive integer within [min, max]; leaves `target` alone when the key is absent.
    template <typename T> void integer(const QString &key, T &target, qint64 min, qint64 max)
    {
        const QVariant v = value(key);
        if (!v.isValid() || v.toString().isEmpty())
            return;
        bool ok = false;
        const qint64 parsed = v.toString().trimmed().toLongLong(&ok);
        if (!ok || parsed < min || parsed > max) {
            fail(QStringLiteral("%1 must be a whole number from %2 to %3, not \"%4\"")
                     .arg(key)
                     .arg(min)
                     .arg(max)
                     .arg(v.toString()));
            return;
        }
        target = static_cast<T>(parsed);
    }

    void boolean(const QString &key, bool &target)
    {
        const QVariant v = value(key);
        if (!v.isValid() || v.toString().isEmpty())
            return;
        const QString text = v.toString().trimmed().toLower();
        if (text == QLatin1StringView("true") || text == QLatin1StringView("1")
            || text == QLatin1StringView("yes"))
            target = true;
        else if (text == QLatin1StringView("false") || text == QLatin1StringView("0")
                 || text == QLatin1StringView("no"))
            target = false;
        else
            fail(QStringLiteral("%1 must be true or false, not \"%2\"").arg(key, v.toString()));
    }

    // A path from the file is relative to the file's folder; one from the command line is
    // relative to the working directory (QFile does that).
    QString path(const QString &key) const
    {
        const QString text = value(key).toString().trimmed();
        if (text.isEmpty() || m_overrides.contains(key) || !m_file || QDir::isAbsolutePath(text))
            return text;
        return QFileInfo(m_file->fileName()).dir().absoluteFilePath(text);
    }

    QStringList list(const QString &key) const
    {
        const QVariant v = value(key);
        QStringList items
            = v.typeId() == QMetaType::QStringList ? v.toStringList() : v.toString().split(QLatin1Char(','));
        QStringList result;
        for (QString &item : items) {
            item = item.trimmed();
            if (!item.isEmpty())
                result.append(item);
        }
        return result;
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    const QString &error() const { return m_error; }

private:
    const QSettings *m_file;
    const QVariantMap &m_overrides;
    QString m_error;
};

void readAuth(Reader &read, AuthSettings &auth)
{
    if (const QVariant policies = read.value(QStringLiteral("auth/policies")); policies.isValid()) {
        const QString text = policies.typeId() == QMetaType::QStringList
            ? policies.toStringList().join(QLatin1Char(','))
            : policies.toString();
        auto parsed = NamespaceRules::parsePolicies(text);
        if (!parsed)
            read.fail(QStringLiteral("auth/policies: %1").arg(parsed.error()));
        else
            auth.rules.policies = *parsed;
    }
    if (const QVariant fallback = read.value(QStringLiteral("auth/defaultPolicy")); fallback.isValid()) {
        auto parsed = NamespaceRules::parsePolicies(QStringLiteral("/:") + fallback.toString());
        if (!parsed)
            read.fail(QStringLiteral("auth/defaultPolicy: %1").arg(parsed.error()));
        else
            auth.rules.defaultPolicy = parsed->value(QStringLiteral("/"));
    }
    if (const QVariant sources = read.value(QStringLiteral("auth/sources")); sources.isValid()) {
        const auto parsed = HandshakeCredentials::parseSources(
            read.list(QStringLiteral("auth/sources")).join(QLatin1Char(',')));
        if (!parsed)
            read.fail(QStringLiteral("auth/sources must list some of: auth, header, cookie, query"));
        else
            auth.rules.sources = *parsed;
    }
    qint64 seconds = auth.accessTokenLifetime.count();
    read.integer(QStringLiteral("auth/accessTokenLifetime"), seconds, 10, 24 * 3600);
    auth.accessTokenLifetime = std::chrono::seconds(seconds);
    seconds = auth.refreshTokenLifetime.count();
    read.integer(QStringLiteral("auth/refreshTokenLifetime"), seconds, 60, 365LL * 24 * 3600);
    auth.refreshTokenLifetime = std::chrono::seconds(seconds);
    seconds = auth.leeway.count();
    read.integer(QStringLiteral("auth/leeway"), seconds, 0, 3600);
    auth.leeway = std::chrono::seconds(seconds);
    auth.trustedIssuers = read.list(QStringLiteral("auth/trustedIssuers"));
    auth.audiences = read.list(QStringLiteral("auth/audiences"));
    auth.publicKeys = read.list(QStringLiteral("auth/publicKeys"));
    auth.jwksFiles = read.list(QStringLiteral("auth/jwks"));
    auth.sharedSecretFiles = read.list(QStringLiteral("auth/sharedSecretFiles"));
    seconds = std::chrono::duration_cast<std::chrono::seconds>(auth.rules.authenticateTimeout).count();
    read.integer(QStringLiteral("auth/authenticateTimeout"), seconds, 1, 600);
    auth.rules.authenticateTimeout = std::chrono::seconds(seconds);
    if (read.value(QStringLiteral("auth/passwordSignIn")).isValid()) {
        const QStringList namespaces = read.list(QStringLiteral("auth/passwordSignIn"));
        auth.rules.passwordSignIn = QSet<QString>(namespaces.cbegin(), namespaces.cend());
    }
    seconds = auth.rules.signInSessionLifetime.count();
    read.integer(QStringLiteral("auth/signInSessionLifetime"), seconds, 60, 30LL * 24 * 3600);
    auth.rules.signInSessionLifetime = std::chrono::seconds(seconds);
    seconds = auth.rules.expiry.warnBefore.count();
    read.integer(QStringLiteral("auth/expiryWarning"), seconds, 0, 3600);
    auth.rules.expiry.warnBefore = std::chrono::seconds(seconds);
    seconds = auth.rules.expiry.grace.count();
    read.integer(QStringLiteral("auth/expiryGrace"), seconds, 0, 3600);
    auth.rules.expiry.grace = std::chrono::seconds(seconds);
    if (const QVariant sameSite = read.value(QStringLiteral("auth/cookieSameSite")); sameSite.isValid()) {
        const QString value = sameSite.toString().trimmed();
        if (value != QLatin1StringView("Strict") && value != QLatin1StringView("Lax")
            && value != QLatin1StringView("None"))
            read.fail(QStringLiteral("auth/cookieSameSite must be Strict, Lax or None"));
        else
            auth.cookieSameSite = value.toLatin1();
    }
}

void readChat(Reader &read, ChatSettings &chat)
{
    read.integer(QStringLiteral("chat/historyOnJoin"), chat.historyOnJoin, 0, 200);
    read.integer(QStringLiteral("chat/maxMessageLength"), chat.maxMessageLength, 1, 100'000);
    read.integer(QStringLiteral("chat/rateBurst"), chat.rateBurst, 1, 10'000);
    read.integer(QStringLiteral("chat/ratePerSecond"), chat.ratePerSecond, 1, 10'000);
    if (const QVariant room = read.value(QStringLiteral("chat/defaultRoom")); room.isValid()) {
        chat.defaultRoom = room.toString().trimmed();
        // Empty is allowed: no default room.
        if (const auto valid = ChatValidation::checkRoomName(chat.defaultRoom);
            !chat.defaultRoom.isEmpty() && !valid)
            read.fail(QStringLiteral("chat/defaultRoom: %1").arg(valid.error().message));
    }
}

} // namespace

ServerConfig ServerConfig::defaults()
{
    ServerConfig config;
    // Browsers on this machine (any port) may use the server; other origins must be listed.
    config.server.engine.cors.origins
        = {QStringLiteral("http://localhost:*"), QStringLiteral("http://127.0.0.1:*")};
    return config;
}

Expected<ServerConfig, QString> ServerConfig::load(const QString &file, const QVariantMap &overrides,
                                                   TlsKey tlsKey)
{
    std::unique_ptr<QSettings> settings;
    if (!file.isEmpty()) {
        if (!QFileInfo(file).isReadable())
            return unexpected(
                QStringLiteral("cannot read the config file %1: check the path and its permissions")
                    .arg(file));
        settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
        if (settings->status() != QSettings::NoError)
            return unexpected(
                QStringLiteral("the config file %1 is not valid INI: fix or remove it").arg(file));
    }
    Reader read(settings.get(), overrides);
    ServerConfig config = defaults();
    EngineOptions &engine = config.server.engine;

    if (const QVariant bind = read.value(QStringLiteral("server/bind"));
        bind.isValid() && !bind.toString().isEmpty()) {
        config.bindAddress = QHostAddress(bind.toString().trimmed());
        if (config.bindAddress.isNull())
            read.fail(QStringLiteral("server/bind must be an IP address such as 127.0.0.1 or ::, not \"%1\"")
                          .arg(bind.toString()));
    }
    read.integer(QStringLiteral("server/port"), config.port, 0, 65535);
    if (const QVariant path = read.value(QStringLiteral("server/path"));
        path.isValid() && !path.toString().isEmpty()) {
        QString p = path.toString().trimmed();
        if (!p.startsWith(QLatin1Char('/')))
            p.prepend(QLatin1Char('/'));
        if (!p.endsWith(QLatin1Char('/')))
            p.append(QLatin1Char('/'));
        engine.path = p.toUtf8();
    }
    read.integer(QStringLiteral("engine/pingInterval"), engine.pingIntervalMs, 100, 3'600'000);
    read.integer(QStringLiteral("engine/pingTimeout"), engine.pingTimeoutMs, 100, 3'600'000);
    read.integer(QStringLiteral("engine/upgradeTimeout"), engine.upgradeTimeoutMs, 100, 600'000);
    read.integer(QStringLiteral("engine/maxPayload"), engine.maxPayload, 1024, 1LL << 30);
    read.integer(QStringLiteral("engine/maxBufferedBytes"), engine.maxBufferedBytes, 64 * 1024, 1LL << 32);
    read.integer(QStringLiteral("engine/connectTimeout"), config.server.connectTimeoutMs, 100, 3'600'000);
    read.integer(QStringLiteral("engine/maxAttachments"), config.server.codec.maxAttachments, 0, 10'000);
    read.integer(QStringLiteral("http/maxHeaderBytes"), engine.http.maxHeaderBytes, 1024, 1 << 20);
    read.boolean(QStringLiteral("engine/allowUpgrades"), engine.allowUpgrades);
    read.boolean(QStringLiteral("engine/polling"), engine.allowPolling);
    read.boolean(QStringLiteral("engine/websocket"), engine.allowWebSocket);
    engine.http.maxBodyBytes = engine.maxPayload;

    if (read.value(QStringLiteral("cors/origins")).isValid())
        engine.cors.origins = read.list(QStringLiteral("cors/origins"));
    read.boolean(QStringLiteral("cors/credentials"), engine.cors.credentials);
    for (const QString &header : read.list(QStringLiteral("cors/allowedHeaders")))
        engine.cors.allowedHeaders.append(header.toLatin1());

    for (const QString &proxy : read.list(QStringLiteral("proxy/trusted"))) {
        auto subnet = QHostAddress::parseSubnet(
            proxy.contains(QLatin1Char('/')) ? proxy : proxy + QStringLiteral("/128"));
        if (subnet.first.isNull() && !proxy.contains(QLatin1Char('/')))
            subnet = QHostAddress::parseSubnet(proxy + QStringLiteral("/32"));
        if (subnet.first.isNull())
            read.fail(QStringLiteral("proxy/trusted: \"%1\" is not an address or subnet such as 10.0.0.0/8")
                          .arg(proxy));
        else
            engine.trustedProxies.append(subnet);
    }
    readAuth(read, config.auth);
    read.boolean(QStringLiteral("adminUi/readOnly"), config.adminUi.readOnly);
    config.adminUi.serverId = read.value(QStringLiteral("adminUi/serverId")).toString().trimmed();
    readChat(read, config.chat);
    if (!read.error().isEmpty())
        return unexpected(read.error());
    const QString certificate = read.path(QStringLiteral("tls/certificate"));
    const QString key = read.path(QStringLiteral("tls/key"));
    if (certificate.isEmpty() != key.isEmpty())
        return unexpected(QStringLiteral("tls/certificate and tls/key go together: give both PEM files, or "
                                         "neither to serve plain HTTP"));
    config.tlsCertificateFile = certificate;
    if (!certificate.isEmpty() && tlsKey == TlsKey::Load) {
        auto credentials = TlsCredentials::load(certificate, key, qgetenv("GATEHOUSE_TLS_KEY_PASSPHRASE"));
        if (!credentials)
            return unexpected(credentials.error());
        engine.tls = credentials->configuration();
        config.tls = std::move(*credentials);
    }
    if (!engine.allowPolling && !engine.allowWebSocket)
        return unexpected(
            QStringLiteral("engine/polling and engine/websocket are both off: enable at least one"));
    return config;
}

QString ServerConfig::clientUrl() const
{
    QHostAddress shown = bindAddress;
    if (shown == QHostAddress::Any || shown == QHostAddress::AnyIPv4)
        shown = QHostAddress::LocalHost;
    else if (shown == QHostAddress::AnyIPv6)
        shown = QHostAddress::LocalHostIPv6;
    const QString host = shown.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + shown.toString() + QLatin1Char(']')
        : shown.toString();
    return QStringLiteral("%1://%2:%3")
        .arg(tls || !tlsCertificateFile.isEmpty() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port);
}

} // namespace gatehouse
