#include "ChatSessionNotice.h"

#include <QCoreApplication>
#include <QLocale>

namespace gatehouse {

using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

} // namespace

ChatSessionNotice ChatSessionNotice::loginFailed(const LoginFailure &failure)
{
    ChatSessionNotice notice {failure.kind == LoginFailure::Kind::TokenRefused ? Kind::SignInEnded
                                                                               : Kind::SignInRefused,
                              failure.message};
    notice.loginFailure = failure.kind;
    return notice;
}

ChatSessionNotice ChatSessionNotice::keychainFailed(const KeychainError &error)
{
    const bool missing = error.code() == KeychainError::Code::NoBackendAvailable
        || error.code() == KeychainError::Code::NotImplemented;
    ChatSessionNotice notice {missing ? Kind::KeychainUnavailable : Kind::KeychainFailed,
                              error.userMessage()};
    notice.keychainError = error.code();
    notice.offersSessionOnly = missing;
    return notice;
}

ChatSessionNotice ChatSessionNotice::suspended(const QString &reason, const QDateTime &until,
                                               const QString &by)
{
    ChatSessionNotice notice {Kind::Suspended};
    notice.by = by;
    notice.reason = reason.isEmpty()
        ? QCoreApplication::translate("gatehouse::ChatSession", "no reason given")
        : reason;
    notice.until = until;
    notice.loginFailure = LoginFailure::Kind::AccountSuspended;
    notice.message = until.isValid()
        ? QCoreApplication::translate("gatehouse::ChatSession",
                                      "Your account is suspended until %1: %2. Sign in again after that, or "
                                      "ask a moderator.")
              .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat), notice.reason)
        : QCoreApplication::translate("gatehouse::ChatSession",
                                      "Your account is suspended until a moderator lifts it: %1. Ask a "
                                      "moderator.")
              .arg(notice.reason);
    return notice;
}

ChatSessionNotice ChatSessionNotice::forcedDisconnect(const QJsonObject &notice)
{
    const QString code = text(notice, "code"_L1);
    ChatSessionNotice stopped;
    stopped.by = text(notice, "by"_L1);
    stopped.reason = text(notice, "reason"_L1);
    if (code == u"kicked") {
        stopped.kind = Kind::Kicked;
        stopped.message = stopped.by.isEmpty()
            ? QCoreApplication::translate("gatehouse::ChatSession",
                                          "A moderator disconnected you: %1. Sign in again to come back.")
                  .arg(stopped.reason)
            : QCoreApplication::translate("gatehouse::ChatSession",
                                          "%1 disconnected you: %2. Sign in again to come back.")
                  .arg(stopped.by, stopped.reason);
        stopped.canSignInAgain = true;
        return stopped;
    }
    stopped.kind = Kind::ConnectionRefused;
    stopped.message = QCoreApplication::translate("gatehouse::ChatSession", "The server disconnected you: %1")
                          .arg(stopped.reason.isEmpty() ? code : stopped.reason);
    stopped.canSignInAgain = code != u"forbidden"; // a role that may not be here stays so
    return stopped;
}

ChatSessionNotice ChatSessionNotice::connectRefused(const QJsonObject &data, const QString &message,
                                                    const QString &username, bool holdsRefreshToken)
{
    const QString code = text(data, "code"_L1);
    const QString detail = text(data, "detail"_L1);
    ChatSessionNotice notice;
    if (code == u"token_expired") {
        notice
            = {Kind::SignInEnded,
               QCoreApplication::translate("gatehouse::ChatSession", "Your sign-in could not be renewed: %1")
                   .arg(detail)};
        notice.canSignInAgain = holdsRefreshToken;
    } else if (code == u"invalid_token" || code == u"no_token") {
        notice = {Kind::SignInEnded,
                  QCoreApplication::translate("gatehouse::ChatSession",
                                              "The server did not accept your sign-in. Sign in again.")};
        notice.canSignInAgain = holdsRefreshToken;
    } else if (code == u"forbidden") {
        notice = {Kind::ConnectionRefused,
                  QCoreApplication::translate("gatehouse::ChatSession",
                                              "The server does not let %1 into the chat. Ask its "
                                              "administrator.")
                      .arg(username)};
    } else {
        notice = {Kind::ConnectionRefused,
                  QCoreApplication::translate("gatehouse::ChatSession",
                                              "The server refused the connection (%1). Try again later.")
                      .arg(detail.isEmpty() ? message : detail)};
        notice.canSignInAgain = true;
    }
    return notice;
}

} // namespace gatehouse
