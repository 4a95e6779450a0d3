// Checks of what clients send to the chat commands, each returning the clean value or a
// bad_request error whose message says what a valid value looks like. Nothing is silently
// changed except what is documented: a leading '#' of a room name, and a page size above the
// maximum, which is lowered to it.
#pragma once

#include "ChatError.h"
#include "core/Expected.h"

#include <QJsonValue>
#include <QString>

namespace gatehouse {

class ChatValidation {
public:
    static constexpr int MaximumRoomNameLength = 32;
    static constexpr int MaximumTopicLength = 250;
    static constexpr int MaximumClientIdLength = 64;
    static constexpr int MaximumPageSize = 200;

    // 1 to 32 lowercase ASCII letters, digits, '-' or '_'. ASCII for the same reason as usernames:
    // look-alike letters of other scripts would let one room pass for another.
    static Expected<void, ChatError> checkRoomName(const QString &name);
    // A room a request names: "general" or "#general".
    static Expected<QString, ChatError> roomName(const QJsonValue &value);
    // Required, a string with something besides white space, at most `maxLength` UTF-16 code
    // units, and no control characters but line breaks and tabs.
    static Expected<QString, ChatError> text(const QJsonValue &value, int maxLength);
    // Optional (empty when absent): one line of at most 250 characters.
    static Expected<QString, ChatError> topic(const QJsonValue &value);
    // Optional (empty when absent): 1 to 64 printable ASCII characters, e.g. a UUID.
    static Expected<QString, ChatError> clientId(const QJsonValue &value);
    // Optional (`fallback` when absent): a whole number of at least 1; above 200 it is 200.
    static Expected<int, ChatError> pageSize(const QJsonValue &value, int fallback);
    // Optional (0, the newest, when absent): a message id, a whole number of at least 1.
    static Expected<qint64, ChatError> beforeId(const QJsonValue &value);
};

} // namespace gatehouse
