// One page of a room's or a conversation's history: messages oldest first (the order they are
// shown in), and whether older ones exist (then ask again with beforeId = the first one's id).
#pragma once

#include "ChatMessage.h"

#include <QList>

namespace gatehouse {

struct ChatHistoryPage {
    QList<ChatMessage> messages;
    bool hasMore = false;

    qint64 nextBeforeId() const { return hasMore && !messages.isEmpty() ? messages.first().id : 0; }
};

} // namespace gatehouse
