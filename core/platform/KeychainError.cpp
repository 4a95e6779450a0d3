#include "KeychainError.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace gatehouse {

KeychainError::KeychainError(Code code, QString backendMessage)
    : m_code(code), m_backendMessage(std::move(backendMessage))
{
}

KeychainError::Code KeychainError::codeFromQtKeychain(int qtKeychainError)
{
    switch (static_cast<QKeychain::Error>(qtKeychainError)) {
    case QKeychain::NoBackendAvailable:
        return Code::NoBackendAvailable;
    case QKeychain::AccessDenied:
        return Code::AccessDenied;
    case QKeychain::AccessDeniedByUser:
        return Code::AccessDeniedByUser;
    case QKeychain::NotImplemented:
        return Code::NotImplemented;
    case QKeychain::CouldNotDeleteEntry:
        return Code::CouldNotDeleteEntry;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::OtherError:
        break;
    }
    // NoError and EntryNotFound never reach here from Keychain; anything newer QtKeychain versions
    // add is, to us, some other error.
    return Code::OtherError;
}

QString KeychainError::userMessage() const
{
    switch (m_code) {
    case Code::NoBackendAvailable:
        return QCoreApplication::translate("Gatehouse::Keychain",
                                           "No secret service is running. Install and unlock a keyring such "
                                           "as GNOME Keyring or KWallet, or sign in for this session only.");
    case Code::AccessDenied:
        return QCoreApplication::translate(
            "Gatehouse::Keychain", "The keychain is locked or refused access. Unlock it and try again.");
    case Code::AccessDeniedByUser:
        return QCoreApplication::translate("Gatehouse::Keychain",
                                           "Access to the keychain was declined. Try again and allow "
                                           "Gatehouse to use the keychain when asked.");
    case Code::NotImplemented:
        return QCoreApplication::translate("Gatehouse::Keychain",
                                           "This system's keychain cannot store Gatehouse's secrets. Use a "
                                           "keyring such as GNOME Keyring or KWallet, or sign in for this "
                                           "session only.");
    case Code::CouldNotDeleteEntry:
        return QCoreApplication::translate("Gatehouse::Keychain",
                                           "The keychain could not delete the entry (%1). Unlock the "
                                           "keychain and try again.")
            .arg(m_backendMessage);
    case Code::OtherError:
        break;
    }
    return QCoreApplication::translate("Gatehouse::Keychain",
                                       "The keychain reported an error (%1). Check that your keyring is "
                                       "set up and unlocked, then try again.")
        .arg(m_backendMessage);
}

} // namespace gatehouse
