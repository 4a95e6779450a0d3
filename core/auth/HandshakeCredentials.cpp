#include "HandshakeCredentials.h"

#include <QUrl>

namespace gatehouse {

namespace {

const QString Redacted = QStringLiteral("[redacted]");

QString bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 8 || value.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

// Replaces the token query parameter in the stored URL and query.
void redactQuery(Handshake &handshake)
{
    handshake.query.removeAllQueryItems(HandshakeCredentials::QueryKey);
    handshake.query.addQueryItem(HandshakeCredentials::QueryKey, Redacted);
    const qsizetype queryStart = handshake.url.indexOf('?');
    if (queryStart < 0)
        return;
    QUrlQuery query(QString::fromUtf8(handshake.url.mid(queryStart + 1)));
    query.removeAllQueryItems(HandshakeCredentials::QueryKey);
    query.addQueryItem(HandshakeCredentials::QueryKey, Redacted);
    handshake.url = handshake.url.left(queryStart + 1) + query.toString(QUrl::FullyEncoded).toUtf8();
}

} // namespace

QString HandshakeCredentials::cookieValue(const QByteArray &cookieHeader, const QString &name)
{
    const QList<QByteArray> pairs = cookieHeader.split(';');
    for (const QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        if (QString::fromLatin1(pair.left(eq).trimmed()) == name)
            return QString::fromLatin1(pair.mid(eq + 1).trimmed());
    }
    return {};
}

HandshakeCredentials::Found HandshakeCredentials::extract(Handshake &handshake, Sources sources)
{
    if (sources.testFlag(Source::AuthPayload)) {
        const QString token = handshake.auth.value(QStringLiteral("token")).toString();
        if (!token.isEmpty())
            return {token, Source::AuthPayload};
    }
    if (sources.testFlag(Source::AuthorizationHeader)) {
        const QString token = bearerToken(handshake.header("authorization"));
        if (!token.isEmpty())
            return {token, Source::AuthorizationHeader};
    }
    if (sources.testFlag(Source::SessionCookie)) {
        const QString token = cookieValue(handshake.header("cookie"), CookieName);
        if (!token.isEmpty())
            return {token, Source::SessionCookie};
    }
    if (sources.testFlag(Source::QueryParameter) && handshake.query.hasQueryItem(QueryKey)) {
        const QString token = handshake.query.queryItemValue(QueryKey, QUrl::FullyDecoded);
        redactQuery(handshake);
        if (!token.isEmpty() && token != Redacted)
            return {token, Source::QueryParameter};
    }
    return {};
}

QString HandshakeCredentials::sourceName(Source source)
{
    switch (source) {
    case Source::AuthPayload:
        return QStringLiteral("auth");
    case Source::AuthorizationHeader:
        return QStringLiteral("header");
    case Source::SessionCookie:
        return QStringLiteral("cookie");
    case Source::QueryParameter:
        return QStringLiteral("query");
    case Source::AuthenticateEvent:
        return QStringLiteral("event");
    case Source::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<HandshakeCredentials::Sources> HandshakeCredentials::parseSources(const QString &text)
{
    Sources sources;
    const QStringList words = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : words) {
        const QString word = raw.trimmed().toLower();
        if (word == QLatin1StringView("auth"))
            sources |= Source::AuthPayload;
        else if (word == QLatin1StringView("header"))
            sources |= Source::AuthorizationHeader;
        else if (word == QLatin1StringView("cookie"))
            sources |= Source::SessionCookie;
        else if (word == QLatin1StringView("query"))
            sources |= Source::QueryParameter;
        else if (word == QLatin1StringView("event"))
            sources |= Source::AuthenticateEvent;
        else if (!word.isEmpty())
            return std::nullopt;
    }
    return sources;
}

} // namespace gatehouse
