// Who signed in where, without any secret: what the chat app keeps (in QSettings) to bring a
// window back at the next start, and what names a sign-in's refresh token in the keychain.
#pragma once

#include <QString>
#include <QUrl>

namespace gatehouse {

struct RememberedSignIn {
    QUrl server; // http(s)://host:port
    QString username;
    QString deviceId; // stable per sign-in, so the server sees the same device after a restart
    QString deviceName;

    bool isValid() const { return server.isValid() && !server.host().isEmpty() && !username.isEmpty(); }
    // One per server and user: the server's origin (scheme, host, port) and the username in lower
    // case, as the server compares usernames ignoring case.
    QString key() const;
    bool sameAccount(const RememberedSignIn &other) const { return key() == other.key(); }

    // scheme://host:port with the scheme's default port filled in, host in lower case.
    static QString originOf(const QUrl &server);
};

} // namespace gatehouse
