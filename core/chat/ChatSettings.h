// The [chat] section of the config file: how much history a join sends, how long a message may
// be, and how fast one user may send. The defaults suit a team server; every limit has a bound
// in ServerConfig so that a typo cannot switch a protection off.
#pragma once

#include <QString>

namespace gatehouse {

struct ChatSettings {
    // Messages sent with the answer to chat:join (the newest ones); older ones via chat:history.
    int historyOnJoin = 50;
    // The longest message, in UTF-16 code units (JavaScript's String.length).
    int maxMessageLength = 4000;
    // Per user over all devices: a burst of `rateBurst` messages, then `ratePerSecond`.
    int rateBurst = 10;
    int ratePerSecond = 5;
    // Created on first start so that everyone has somewhere to talk; empty: none.
    QString defaultRoom = QStringLiteral("general");
    QString defaultTopic = QStringLiteral("Everyone's room");
};

} // namespace gatehouse
