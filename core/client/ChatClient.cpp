#include "ChatClient.h"

#include "ChatInbox.h"
#include "ChatOutbox.h"
#include "ClientSocket.h"
#include "Manager.h"

#include <QJsonArray>

#include <algorithm>

namespace gatehouse {

namespace {

QJsonObject localError(const QString &code, const QString &message)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

} // namespace

ChatClient::ChatClient(QObject *parent)
    : QObject(parent), m_inbox(new ChatInbox(*this)), m_outbox(new ChatOutbox(*this))
{
    // Several people coming online at once cost one refresh.
    m_memberRefresh.setSingleShot(true);
    m_memberRefresh.setInterval(300);
    connect(&m_memberRefresh, &QTimer::timeout, this, &ChatClient::refreshMembers);
}

ChatClient::~ChatClient()
{
    detach(); // the socket may outlive us, and its handlers point here
}

bool ChatClient::isSelf(const ChatPeer &peer) const
{
    if (!m_self.id.isEmpty() && !peer.id.isEmpty())
        return peer.id == m_self.id;
    return !peer.username.isEmpty() && peer.usernameKey() == m_self.usernameKey();
}

QString ChatClient::serverName() const
{
    if (!m_socket)
        return {};
    const QUrl url = m_socket->manager()->options().engine.url;
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

void ChatClient::setSocket(ClientSocket *socket, const ChatPeer &self)
{
    const bool sameUser = self.id == m_self.id && self.usernameKey() == m_self.usernameKey();
    if (socket == m_socket && sameUser)
        return;
    detach();
    if (!sameUser)
        clear();
    m_self = self;
    m_socket = socket;
    m_wasConnected = false;
    m_outbox->forgetInFlight(); // the old socket's acks may never come: those messages go again
    attach();
}

void ChatClient::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    ++m_generation;
    if (!m_socket)
        return;
    for (const char *event : {"chat:message", "chat:room", "chat:error", "presence"})
        m_socket->off(QLatin1StringView(event));
}

void ChatClient::attach()
{
    if (!m_socket) {
        setState(State::Offline);
        return;
    }
    // Listening before asking, so that nothing falls between an answer and the events after it.
    m_socket->on(QStringLiteral("chat:message"), [this](const Arguments &args, const Ack &) {
        m_inbox->onMessageEvent(args.value(0).toObject());
    });
    m_socket->on(QStringLiteral("chat:room"), [this](const Arguments &args, const Ack &) {
        m_inbox->onRoomEvent(args.value(0).toObject());
    });
    m_socket->on(QStringLiteral("presence"), [this](const Arguments &args, const Ack &) {
        m_inbox->onPresenceEvent(args.value(0).toObject());
    });
    m_socket->on(QStringLiteral("chat:error"), [this](const Arguments &args, const Ack &) {
        Q_EMIT errorOccurred(
            messageOf(args.value(0).toObject().value(QLatin1StringView("error")).toObject()));
    });
    m_connections.append(connect(m_socket, &ClientSocket::connected, this, &ChatClient::sync));
    m_connections.append(connect(m_socket, &ClientSocket::disconnected, this, [this] {
        ++m_generation;
        updateState();
    }));
    m_connections.append(connect(m_socket, &ClientSocket::connectError, this, &ChatClient::updateState));
    m_connections.append(
        connect(m_socket->manager(), &Manager::reconnectFailed, this, [this] { setState(State::Offline); }));
    m_connections.append(connect(m_socket, &QObject::destroyed, this, [this] {
        m_connections.clear();
        setState(State::Offline);
    }));
    if (m_socket->isConnected())
        sync();
    else
        updateState();
}

void ChatClient::clear()
{
    m_rooms.clear();
    m_conversations.clear();
    m_users.clear();
    m_userIds.clear();
    m_presence.clear();
    m_active.clear();
    m_outbox->clear();
    m_firstSync = true;
    Q_EMIT cleared();
}

void ChatClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ChatClient::updateState()
{
    if (!m_socket || !m_socket->isActive())
        setState(State::Offline);
    else if (!m_socket->isConnected())
        setState(m_wasConnected ? State::Reconnecting : State::Connecting);
    else
        setState(m_outstanding > 0 ? State::Syncing : State::Online);
}

QString ChatClient::messageOf(const QJsonObject &error)
{
    const QString message = error.value(QLatin1StringView("message")).toString();
    return message.isEmpty() ? tr("The chat server refused the request.") : message;
}

void ChatClient::request(const QString &command, const QJsonObject &args, ReplyHandler then, bool sync)
{
    if (!m_socket || !m_socket->isConnected()) {
        then(unexpected(localError(QStringLiteral("offline"), tr("Not connected to the chat server."))));
        return;
    }
    const quint64 generation = m_generation;
    if (sync)
        ++m_outstanding;
    m_socket->emitWithAck(
        command, {args}, this,
        [this, generation, sync, then = std::move(then)](Expected<Arguments, QString> result) {
            if (sync) {
                if (generation != m_generation)
                    return; // an abandoned sync: the next one reads everything again
                --m_outstanding;
            }
            if (!result) {
                then(unexpected(localError(QStringLiteral("no_answer"),
                                           tr("The chat server did not answer (%1).").arg(result.error()))));
            } else {
                const QJsonObject answer = result->value(0).toObject();
                if (answer.value(QLatin1StringView("ok")).toBool())
                    then(answer);
                else
                    then(unexpected(answer.value(QLatin1StringView("error")).toObject()));
            }
            if (sync && generation == m_generation)
                updateState();
        },
        RequestTimeoutMs);
}

void ChatClient::sync()
{
    ++m_generation;
    m_outstanding = 0;
    m_wasConnected = true;
    const auto report = [this](const Reply &reply, auto onAnswer) {
        if (reply)
            (m_inbox->*onAnswer)(*reply);
        else
            Q_EMIT errorOccurred(messageOf(reply.error()));
    };
    request(
        QStringLiteral("chat:rooms"), {}, [report](const Reply &r) { report(r, &ChatInbox::onRooms); }, true);
    request(
        QStringLiteral("chat:conversations"), {},
        [report](const Reply &r) { report(r, &ChatInbox::onConversations); }, true);
    request(
        QStringLiteral("chat:presence"), {},
        [report](const Reply &r) { report(r, &ChatInbox::onPresenceList); }, true);
    updateState();
    m_outbox->sendPending();
}

void ChatClient::refreshMembers()
{
    const ChatConversation *shown = find(m_active);
    if (!shown || !shown->isRoom() || shown->archived || !m_socket || !m_socket->isConnected())
        return;
    // chat:join is idempotent; one message is the smallest page it answers.
    request(QStringLiteral("chat:join"),
            {{QStringLiteral("room"), shown->room()}, {QStringLiteral("limit"), 1}},
            [this](const Reply &reply) {
                if (reply)
                    m_inbox->onJoined(*reply);
            });
}

QStringList ChatClient::roomNames() const
{
    QStringList names = m_rooms.keys();
    names.sort();
    return names;
}

const ChatRoomInfo *ChatClient::room(const QString &name) const
{
    const auto found = m_rooms.constFind(name);
    return found == m_rooms.cend() ? nullptr : &*found;
}

void ChatClient::refreshRooms()
{
    request(QStringLiteral("chat:rooms"), {}, [this](const Reply &reply) {
        if (!reply)
            return Q_EMIT errorOccurred(messageOf(reply.error()));
        const QJsonArray rooms = reply->value(QLatin1StringView("rooms")).toArray();
        for (const QJsonValue &value : rooms) {
            const ChatRoomInfo room = ChatRoomInfo::fromJson(value.toObject());
            m_rooms.insert(room.name, room);
            Q_EMIT roomUpserted(room.name);
        }
    });
}

QStringList ChatClient::conversationKeys() const
{
    QStringList keys;
    for (const auto &[key, conversation] : m_conversations)
        keys.append(key);
    return keys;
}

const ChatConversation *ChatClient::conversation(const QString &key) const
{
    return find(key);
}

const ChatEntry *ChatClient::entry(const QString &conversationKey, const QString &entryKey) const
{
    const ChatConversation *conversation = find(conversationKey);
    return conversation ? conversation->entry(entryKey) : nullptr;
}

ChatConversation *ChatClient::find(const QString &key) const
{
    const auto found = m_conversations.find(key);
    return found == m_conversations.end() ? nullptr : found->second.get();
}

void ChatClient::setActiveConversation(const QString &key)
{
    m_active = key;
    ChatConversation *conversation = find(key);
    if (!conversation)
        return;
    if (conversation->unread > 0) {
        conversation->unread = 0;
        Q_EMIT conversationUpserted(key);
    }
    if (!conversation->loaded)
        loadNewest(conversation);
}

void ChatClient::loadNewest(ChatConversation *conversation)
{
    const QString key = conversation->key();
    if (conversation->isRoom()) {
        if (!conversation->archived)
            joinRoom(conversation->room());
        return;
    }
    request(QStringLiteral("chat:history"), {{QStringLiteral("with"), conversation->peer.username}},
            [this, key](const Reply &reply) {
                if (ChatConversation *found = find(key); found && reply)
                    m_inbox->mergeNewest(found, *reply);
                else if (!reply)
                    Q_EMIT errorOccurred(messageOf(reply.error()));
            });
}

void ChatClient::joinRoom(const QString &name, QObject *context, Done done)
{
    QString room = name.trimmed();
    if (room.startsWith(QLatin1Char('#')))
        room.remove(0, 1);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    request(QStringLiteral("chat:join"), {{QStringLiteral("room"), room}},
            [this, guard, hasContext, done](const Reply &reply) {
                if (reply)
                    m_inbox->onJoined(*reply);
                if (!done || (hasContext && !guard))
                    return;
                if (!reply)
                    return done(unexpected(messageOf(reply.error())));
                const QString joined = reply->value(QLatin1StringView("room"))
                                           .toObject()
                                           .value(QLatin1StringView("name"))
                                           .toString();
                done(ChatConversation::roomKey(joined));
            });
}

void ChatClient::leaveRoom(const QString &name, QObject *context, Done done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    request(QStringLiteral("chat:leave"), {{QStringLiteral("room"), name}},
            [this, name, guard, hasContext, done](const Reply &reply) {
                if (reply) {
                    if (auto found = m_rooms.find(name); found != m_rooms.end()) {
                        found->joined = false;
                        Q_EMIT roomUpserted(name);
                    }
                    removeConversation(ChatConversation::roomKey(name));
                }
                if (!done || (hasContext && !guard))
                    return;
                if (reply)
                    done(ChatConversation::roomKey(name));
                else
                    done(unexpected(messageOf(reply.error())));
            });
}

void ChatClient::openDirect(const QString &username, QObject *context, Done done)
{
    const QString wanted
        = username.trimmed().startsWith(QLatin1Char('@')) ? username.trimmed().mid(1) : username.trimmed();
    const QString key = ChatConversation::directKey(wanted);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    if (ChatConversation *known = find(key); known && known->loaded) {
        if (done)
            done(key);
        return;
    }
    request(QStringLiteral("chat:history"), {{QStringLiteral("with"), wanted}},
            [this, wanted, key, guard, hasContext, done](const Reply &reply) {
                if (reply) {
                    // The peer's exact spelling and id come with the messages, or with presence.
                    ChatPeer peer = m_users.value(userIdOf(wanted), ChatPeer {{}, wanted, {}});
                    const QList<ChatEntry> entries
                        = ChatEntry::listFromJson(reply->value(QLatin1StringView("messages")));
                    if (!entries.isEmpty())
                        peer = isSelf(entries.first().from) ? entries.first().to : entries.first().from;
                    m_inbox->mergeNewest(ensureDirect(peer), *reply);
                }
                if (!done || (hasContext && !guard))
                    return;
                if (reply)
                    done(key);
                else
                    done(unexpected(messageOf(reply.error())));
            });
}

void ChatClient::loadOlder(const QString &key)
{
    ChatConversation *conversation = find(key);
    if (!conversation || !conversation->hasMore || conversation->loadingOlder || conversation->oldestId() <= 0
        || !m_socket || !m_socket->isConnected())
        return;
    const qint64 before = conversation->oldestId();
    QJsonObject args {{QStringLiteral("beforeId"), double(before)}, {QStringLiteral("limit"), PageSize}};
    if (conversation->isRoom())
        args.insert(QStringLiteral("room"), conversation->room());
    else
        args.insert(QStringLiteral("with"), conversation->peer.username);
    conversation->loadingOlder = true;
    Q_EMIT conversationUpserted(key);
    request(QStringLiteral("chat:history"), args, [this, key, before](const Reply &reply) {
        ChatConversation *found = find(key);
        if (!found)
            return;
        found->loadingOlder = false;
        // A page for what is no longer the oldest message (the history was replaced) is dropped.
        if (reply && found->oldestId() == before) {
            found->hasMore = reply->value(QLatin1StringView("hasMore")).toBool();
            m_inbox->addStored(found, ChatEntry::listFromJson(reply->value(QLatin1StringView("messages"))),
                               false);
        } else if (!reply) {
            Q_EMIT errorOccurred(messageOf(reply.error()));
        }
        Q_EMIT conversationUpserted(key);
    });
}

ChatConversation *ChatClient::ensureRoom(const QString &name)
{
    const QString key = ChatConversation::roomKey(name);
    if (ChatConversation *known = find(key))
        return known;
    auto created = std::make_unique<ChatConversation>(ChatConversation::Kind::Room, key);
    ChatConversation *conversation = created.get();
    if (const ChatRoomInfo *info = room(name)) {
        conversation->topic = info->topic;
        conversation->archived = info->archived;
    }
    m_conversations.emplace(key, std::move(created));
    Q_EMIT conversationUpserted(key);
    return conversation;
}

ChatConversation *ChatClient::ensureDirect(const ChatPeer &peer)
{
    rememberUser(peer);
    const QString key = ChatConversation::directKey(peer.username);
    if (ChatConversation *known = find(key)) {
        const bool better = !peer.id.isEmpty() && !peer.name.isEmpty()
            && (known->peer.id != peer.id || known->peer.name != peer.name
                || known->peer.username != peer.username);
        if (better) {
            known->peer = peer; // the exact spelling, id and name, learnt from a message
            Q_EMIT conversationUpserted(key);
        }
        return known;
    }
    auto created = std::make_unique<ChatConversation>(ChatConversation::Kind::Direct, key);
    ChatConversation *conversation = created.get();
    conversation->peer = peer;
    m_conversations.emplace(key, std::move(created));
    Q_EMIT conversationUpserted(key);
    return conversation;
}

void ChatClient::removeConversation(const QString &key)
{
    if (m_conversations.erase(key) > 0)
        Q_EMIT conversationRemoved(key);
}

QString ChatClient::conversationKeyOf(const ChatEntry &entry) const
{
    if (!entry.isDirect())
        return ChatConversation::roomKey(entry.room);
    return ChatConversation::directKey(isSelf(entry.from) ? entry.to.username : entry.from.username);
}

void ChatClient::rememberUser(const ChatPeer &peer)
{
    if (peer.id.isEmpty())
        return;
    m_users.insert(peer.id, peer);
    m_userIds.insert(peer.usernameKey(), peer.id);
}

void ChatClient::setPresence(const ChatPeer &peer, Presence presence)
{
    if (peer.id.isEmpty())
        return;
    if (!peer.username.isEmpty())
        rememberUser(peer);
    const auto known = m_presence.constFind(peer.id);
    if (known != m_presence.cend() && known->online == presence.online && known->devices == presence.devices)
        return;
    m_presence.insert(peer.id, presence);
    Q_EMIT presenceChanged(peer.id);
}

bool ChatClient::isSendable(const QString &text)
{
    return !text.trimmed().isEmpty() && text.size() <= MaxMessageLength;
}

QString ChatClient::send(const QString &conversationKey, const QString &text)
{
    ChatConversation *conversation = find(conversationKey);
    if (!conversation || conversation->archived || !isSendable(text))
        return {};
    return m_outbox->send(conversation, text);
}

QString ChatClient::sendToRoom(const QString &room, const QString &text)
{
    return send(ChatConversation::roomKey(room), text);
}

QString ChatClient::sendDirect(const QString &username, const QString &text)
{
    const QString key = ChatConversation::directKey(username);
    if (!find(key))
        ensureDirect({userIdOf(username), username, {}});
    return send(key, text);
}

void ChatClient::retry(const QString &conversationKey, const QString &entryKey)
{
    m_outbox->retry(conversationKey, entryKey);
}

} // namespace gatehouse
