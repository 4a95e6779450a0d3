#include "RefreshTokenVault.h"

#include <QSettings>

namespace gatehouse {

using namespace Qt::StringLiterals;

namespace {

const QString ArrayName = u"chat/signIns"_s;

} // namespace

RefreshTokenVault::RefreshTokenVault(const QString &service, const QString &settingsFile, QObject *parent)
    : QObject(parent),
      m_keychain(service),
      m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

RefreshTokenVault::~RefreshTokenVault() = default;

QString RefreshTokenVault::entryKey(const RememberedSignIn &signIn)
{
    return u"refresh-token "_s + signIn.key();
}

void RefreshTokenVault::store(const RememberedSignIn &signIn, const QString &refreshToken, QObject *context,
                              Keychain::DoneCallback done) const
{
    QByteArray bytes = refreshToken.toUtf8();
    m_keychain.write(entryKey(signIn), bytes, context, std::move(done));
    bytes.fill('\0');
}

void RefreshTokenVault::load(const RememberedSignIn &signIn, QObject *context, LoadCallback done) const
{
    m_keychain.read(entryKey(signIn), context, [done = std::move(done)](Keychain::ReadResult result) {
        if (!result) {
            done(unexpected(result.error()));
            return;
        }
        std::optional<QString> token;
        if (*result) {
            token = QString::fromUtf8(**result);
            (*result)->fill('\0');
        }
        done(std::move(token));
    });
}

void RefreshTokenVault::erase(const RememberedSignIn &signIn, QObject *context,
                              Keychain::DoneCallback done) const
{
    m_keychain.remove(entryKey(signIn), context, std::move(done));
}

QList<RememberedSignIn> RefreshTokenVault::remembered() const
{
    QList<RememberedSignIn> signIns;
    const int size = m_settings->beginReadArray(ArrayName);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        RememberedSignIn signIn {
            m_settings->value(u"server"_s).toUrl(), m_settings->value(u"username"_s).toString(),
            m_settings->value(u"deviceId"_s).toString(), m_settings->value(u"deviceName"_s).toString()};
        if (signIn.isValid())
            signIns.append(signIn);
    }
    m_settings->endArray();
    return signIns;
}

std::optional<RememberedSignIn> RefreshTokenVault::find(const RememberedSignIn &account) const
{
    for (const RememberedSignIn &signIn : remembered()) {
        if (signIn.sameAccount(account))
            return signIn;
    }
    return std::nullopt;
}

void RefreshTokenVault::remember(const RememberedSignIn &signIn)
{
    QList<RememberedSignIn> signIns = remembered();
    bool replaced = false;
    for (RememberedSignIn &known : signIns) {
        if (known.sameAccount(signIn)) {
            known = signIn;
            replaced = true;
        }
    }
    if (!replaced)
        signIns.append(signIn);
    save(signIns);
}

void RefreshTokenVault::forget(const RememberedSignIn &signIn)
{
    QList<RememberedSignIn> signIns = remembered();
    signIns.removeIf([&](const RememberedSignIn &known) { return known.sameAccount(signIn); });
    save(signIns);
}

void RefreshTokenVault::save(const QList<RememberedSignIn> &signIns)
{
    m_settings->remove(ArrayName);
    m_settings->beginWriteArray(ArrayName, int(signIns.size()));
    for (int i = 0; i < signIns.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"server"_s, signIns[i].server);
        m_settings->setValue(u"username"_s, signIns[i].username);
        m_settings->setValue(u"deviceId"_s, signIns[i].deviceId);
        m_settings->setValue(u"deviceName"_s, signIns[i].deviceName);
    }
    m_settings->endArray();
}

} // namespace gatehouse
