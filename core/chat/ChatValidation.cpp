#include "ChatValidation.h"

#include <cmath>

namespace gatehouse {

namespace {

// Line breaks and tabs are part of normal text; other control characters only confuse displays
// (and NUL truncates C strings downstream).
bool hasControlCharacters(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (allowLineBreaks && (u == u'\n' || u == u'\r' || u == u'\t'))
            continue;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            return true;
    }
    return false;
}

// A JSON number that is a whole number in [min, 2^53]; false for anything else.
bool wholeNumber(const QJsonValue &value, double min, double &out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || number < min || number > 9007199254740992.0)
        return false;
    out = number;
    return true;
}

} // namespace

Expected<void, ChatError> ChatValidation::checkRoomName(const QString &name)
{
    const auto invalid = [&] {
        return unexpected(ChatError::badRequest(
            QStringLiteral("\"%1\" is not a valid room name: use 1 to %2 lowercase letters, digits, '-' or "
                           "'_', such as \"team-news\".")
                .arg(name.left(MaximumRoomNameLength + 8))
                .arg(MaximumRoomNameLength)));
    };
    if (name.isEmpty() || name.size() > MaximumRoomNameLength)
        return invalid();
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'))
            return invalid();
    }
    return {};
}

Expected<QString, ChatError> ChatValidation::roomName(const QJsonValue &value)
{
    if (!value.isString() || value.toString().isEmpty())
        return unexpected(ChatError::badRequest(
            QStringLiteral("Say which room: \"room\" must be a name such as \"general\".")));
    QString name = value.toString();
    if (name.startsWith(QLatin1Char('#')))
        name.remove(0, 1);
    if (const auto checked = checkRoomName(name); !checked)
        return unexpected(checked.error());
    return name;
}

Expected<QString, ChatError> ChatValidation::text(const QJsonValue &value, int maxLength)
{
    if (!value.isString())
        return unexpected(
            ChatError::badRequest(QStringLiteral("\"text\" must be a string with the message.")));
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        return unexpected(
            ChatError::badRequest(QStringLiteral("The message is empty: write something first.")));
    if (text.size() > maxLength)
        return unexpected(ChatError::badRequest(
            QStringLiteral("The message is %1 characters long; the limit is %2. Shorten it or split it.")
                .arg(text.size())
                .arg(maxLength)));
    if (hasControlCharacters(text, true))
        return unexpected(ChatError::badRequest(QStringLiteral(
            "The message contains control characters; only line breaks and tabs are allowed.")));
    return text;
}

Expected<QString, ChatError> ChatValidation::topic(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return unexpected(ChatError::badRequest(QStringLiteral("\"topic\" must be a string.")));
    const QString topic = value.toString().trimmed();
    if (topic.size() > MaximumTopicLength || hasControlCharacters(topic, false))
        return unexpected(ChatError::badRequest(
            QStringLiteral("The topic must be one line of at most %1 characters.").arg(MaximumTopicLength)));
    return topic;
}

Expected<QString, ChatError> ChatValidation::clientId(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    const QString id = value.toString();
    bool printable = value.isString() && !id.isEmpty() && id.size() <= MaximumClientIdLength;
    for (const QChar c : id)
        printable = printable && c.unicode() > 0x20 && c.unicode() < 0x7f;
    if (!printable)
        return unexpected(ChatError::badRequest(
            QStringLiteral(
                "\"clientId\" must be 1 to %1 printable ASCII characters without spaces, such as a "
                "UUID; use a new one for each message and the same one when retrying it.")
                .arg(MaximumClientIdLength)));
    return id;
}

Expected<int, ChatError> ChatValidation::pageSize(const QJsonValue &value, int fallback)
{
    if (value.isUndefined() || value.isNull())
        return qMin(fallback, int(MaximumPageSize));
    double number = 0;
    if (!wholeNumber(value, 1, number))
        return unexpected(ChatError::badRequest(
            QStringLiteral("\"limit\" must be a whole number from 1 to %1.").arg(MaximumPageSize)));
    return int(qMin(number, double(MaximumPageSize)));
}

Expected<qint64, ChatError> ChatValidation::beforeId(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return qint64(0);
    double number = 0;
    if (!wholeNumber(value, 1, number))
        return unexpected(ChatError::badRequest(
            QStringLiteral("\"beforeId\" must be the id of a message (a whole number), e.g. the "
                           "nextBeforeId of the previous page.")));
    return qint64(number);
}

} // namespace gatehouse
