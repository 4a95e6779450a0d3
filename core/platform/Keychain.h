// The OS keychain (Secret Service / KWallet on Linux, Keychain Services on macOS, Credential
// Manager on Windows) through QtKeychain, asynchronously: every operation answers through a
// callback in the thread of a context object, and not at all once that object is destroyed.
// Entries are binary and live under `service` (one namespace of keys per service name).
// Never falls back to plaintext storage (QtKeychain's insecure fallback stays off): a missing
// keychain is an error the caller decides about.
//
// Use it from the application's main thread: QtKeychain runs all jobs one after another through
// one executor, and its libsecret backend answers through the GLib main context of the thread
// that started the job. A started job cannot be cancelled; destroying the context (or this
// object) only drops its answer.
#pragma once

#include "core/Expected.h"
#include "core/platform/KeychainError.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace gatehouse {

class Keychain : public QObject {
    Q_OBJECT

public:
    // nullopt: no entry under this key.
    using ReadResult = Expected<std::optional<QByteArray>, KeychainError>;
    using ReadCallback = std::function<void(ReadResult)>;
    using DoneCallback = std::function<void(Expected<void, KeychainError>)>;

    explicit Keychain(QString service, QObject *parent = nullptr);

    const QString &service() const { return m_service; }

    // `context` must not be null; `done` runs in its thread, never before the call returns.
    void read(const QString &key, QObject *context, ReadCallback done) const;
    // Replaces what is stored under `key`.
    void write(const QString &key, const QByteArray &data, QObject *context, DoneCallback done) const;
    // Removing an entry that does not exist succeeds.
    void remove(const QString &key, QObject *context, DoneCallback done) const;

private:
    QString m_service;
};

} // namespace gatehouse
