#include "KeychainBackendProbe.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>

namespace gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The bus daemon answers at once; this only bounds a hung bus.
constexpr int ListNamesTimeoutMs = 5000;

KeychainBackendProbe::Presence presenceFrom(const QDBusPendingReply<QStringList> &reply)
{
    if (reply.isError())
        return KeychainBackendProbe::Presence::Unknown;
    // The Secret Service (GNOME Keyring, KeePassXC, recent KWallet) or the KWallet daemons that
    // QtKeychain talks to directly on KDE.
    const QStringList names = reply.value();
    for (const QString &service : {u"org.freedesktop.secrets"_s, u"org.kde.kwalletd5"_s,
                                   u"org.kde.kwalletd6"_s, u"org.kde.kwalletd"_s}) {
        if (names.contains(service))
            return KeychainBackendProbe::Presence::Running;
    }
    return KeychainBackendProbe::Presence::NotRunning;
}

} // namespace

void KeychainBackendProbe::check(QObject *context, std::function<void(Presence)> done)
{
    // Qt connects to the session bus once per process and keeps the connection (a local socket,
    // no network): cheap after the first time, and QtKeychain's KWallet backend does the same.
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(Presence::NotRunning);
        return;
    }
    // One ListNames rather than NameHasOwner per service. Names that are only activatable do not
    // count: the failed job would have started such a service, had it been able to start.
    const QDBusMessage listNames = QDBusMessage::createMethodCall(
        u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, u"ListNames"_s);
    const QDBusPendingCall call = bus.asyncCall(listNames, ListNamesTimeoutMs);
    // A call that failed on the spot (the connection dropped meanwhile) may never signal a watcher.
    if (call.isFinished()) {
        done(presenceFrom(call));
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(call, context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done = std::move(done)](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         done(presenceFrom(*finished));
                     });
}

} // namespace gatehouse
