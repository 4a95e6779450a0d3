// Why a keychain operation failed, as a code the caller can act on (NoBackendAvailable: fall back
// to something else, with a visible warning) plus QtKeychain's own words for the log, and a
// translated message for people that says what to do next.
#pragma once

#include <QString>

namespace gatehouse {

class KeychainError {
public:
    enum class Code {
        NoBackendAvailable, // no keychain service at all (on Linux: no Secret Service, no KWallet)
        AccessDenied, // locked, or refused for other reasons
        AccessDeniedByUser, // the user said no to a prompt
        NotImplemented, // the platform's keychain cannot do this
        CouldNotDeleteEntry,
        OtherError,
    };

    KeychainError(Code code, QString backendMessage);

    // `qtKeychainError` is a QKeychain::Error other than NoError and EntryNotFound (which are not
    // errors to our callers). An int, so that QtKeychain stays out of this header and private
    // to the core library.
    static Code codeFromQtKeychain(int qtKeychainError);

    Code code() const { return m_code; }
    // QtKeychain's errorString(): untranslated detail for logs, e.g. "Could not connect: No such
    // file or directory".
    const QString &backendMessage() const { return m_backendMessage; }
    // What happened and what to do next, translated; ends with the backend's detail where it helps.
    QString userMessage() const;

private:
    Code m_code;
    QString m_backendMessage;
};

} // namespace gatehouse
