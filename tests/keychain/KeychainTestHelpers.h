// What tst_keychain's two test classes share: waiting for asynchronous answers (bounded), unique
// service names, and readable failures.
#pragma once

#include "core/auth/KeychainSecretLoader.h"
#include "core/platform/Keychain.h"

#include <QRandomGenerator>
#include <QtTest>

#include <optional>
#include <type_traits>

namespace gatehouse::test {

using namespace Qt::StringLiterals;

// Generous: a keyring answers in milliseconds, but CI machines stall.
constexpr int TimeoutMs = 15000;

using DoneResult = Expected<void, KeychainError>;

// Starts an asynchronous operation with a context that lives as long as the wait, and waits for
// its answer (nullopt after TimeoutMs; the late answer then goes nowhere).
template <typename Result, typename Start> std::optional<Result> waitFor(Start start)
{
    std::optional<Result> result;
    QObject context;
    start(&context, [&result](Result answer) { result.emplace(std::move(answer)); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs))
        return std::nullopt;
    return result;
}

inline std::optional<Keychain::ReadResult> readNow(const Keychain &keychain, const QString &key)
{
    return waitFor<Keychain::ReadResult>(
        [&](QObject *context, auto done) { keychain.read(key, context, std::move(done)); });
}

inline std::optional<DoneResult> writeNow(const Keychain &keychain, const QString &key,
                                          const QByteArray &data)
{
    return waitFor<DoneResult>(
        [&](QObject *context, auto done) { keychain.write(key, data, context, std::move(done)); });
}

inline std::optional<DoneResult> removeNow(const Keychain &keychain, const QString &key)
{
    return waitFor<DoneResult>(
        [&](QObject *context, auto done) { keychain.remove(key, context, std::move(done)); });
}

inline std::optional<KeychainSecretLoader::Result> loadNow(Keychain &keychain,
                                                           const std::optional<QByteArray> &environmentValue)
{
    return waitFor<KeychainSecretLoader::Result>([&](QObject *context, auto done) {
        KeychainSecretLoader::load(keychain, environmentValue, context, std::move(done));
    });
}

// Every test gets services of its own, so no test sees another's entries (or a previous run's).
inline QString uniqueService(const QString &name)
{
    return u"gatehouse-test-%1-%2"_s.arg(name).arg(QRandomGenerator::global()->generate64(), 16, 16,
                                                   QLatin1Char('0'));
}

inline QString describe(const KeychainError &error)
{
    static const char *const names[] = {"NoBackendAvailable", "AccessDenied",        "AccessDeniedByUser",
                                        "NotImplemented",     "CouldNotDeleteEntry", "OtherError"};
    return u"%1: %2"_s.arg(QLatin1StringView(names[int(error.code())]), error.backendMessage());
}

// Empty when the operation answered with success; otherwise why not, for VERIFY_SUCCEEDED.
template <typename Result> QString whyNot(const std::optional<Result> &result)
{
    if (!result)
        return u"no answer within %1 ms"_s.arg(TimeoutMs);
    if (*result)
        return {};
    if constexpr (std::is_same_v<Result, KeychainSecretLoader::Result>)
        return result->error().message;
    else
        return describe(result->error());
}

#define VERIFY_SUCCEEDED(result)                                                                             \
    do {                                                                                                     \
        const QString why = whyNot(result);                                                                  \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                            \
    } while (false)

// Runs TestKeychainWithoutBackend (tst_keychain_without_backend.cpp).
int runTestsWithoutBackend(int argc, char **argv);

} // namespace gatehouse::test
