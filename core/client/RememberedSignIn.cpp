#include "RememberedSignIn.h"

namespace gatehouse {

QString RememberedSignIn::originOf(const QUrl &server)
{
    const QString scheme = server.scheme().toLower();
    const int port = server.port(scheme == u"https" ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(scheme, server.host().toLower()).arg(port);
}

QString RememberedSignIn::key() const
{
    return originOf(server) + u' ' + username.toLower();
}

} // namespace gatehouse
