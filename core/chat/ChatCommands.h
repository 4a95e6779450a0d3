// The chat's Socket.IO events on a namespace ("/" in gatehouse serve): chat:rooms, chat:join,
// chat:leave, chat:history, chat:send, chat:direct, chat:conversations, chat:createRoom,
// chat:archiveRoom and chat:presence, each taking one JSON object and acknowledged with
// {ok: true, …} or {ok: false, error: {code, message}}; docs/chat.md describes them. A failed
// command sent without an ack is reported with the event chat:error {command, error}, so that
// nothing fails silently.
//
// Signed-in sockets are subscribed to presence and put into their user's rooms when they
// connect; sockets that sign in later (the "authenticate" event style) at their first command.
// Handlers check that this object still exists, since sockets may outlive it.
#pragma once

#include "ChatError.h"
#include "core/Expected.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace gatehouse {

class ChatPresence;
class ChatService;
class Namespace;
class Socket;
struct ChatUser;

class ChatCommands : public QObject {
    Q_OBJECT

public:
    static inline const QString ErrorEvent = QStringLiteral("chat:error");

    ChatCommands(ChatService &service, ChatPresence &presence, QObject *parent = nullptr);
    ~ChatCommands() override;

    void install(Namespace &nsp);

private:
    using Result = Expected<QJsonObject, ChatError>;
    using Handler = std::function<Result(Socket *socket, const ChatUser &caller, const QJsonObject &request)>;

    void attach(Socket *socket);
    // Subscribes a signed-in socket and puts it into its rooms, once.
    void welcome(Socket *socket, const ChatUser &caller);
    void command(Socket *socket, const QString &name, Handler handler);

    Result rooms(const ChatUser &caller) const;
    Result join(const ChatUser &caller, const QJsonObject &request);
    Result leave(const ChatUser &caller, const QJsonObject &request);
    Result history(const ChatUser &caller, const QJsonObject &request) const;
    Result send(Socket *socket, const ChatUser &caller, const QJsonObject &request);
    Result direct(Socket *socket, const ChatUser &caller, const QJsonObject &request);
    Result conversations(const ChatUser &caller, const QJsonObject &request) const;
    Result createRoom(Socket *socket, const ChatUser &caller, const QJsonObject &request);
    Result archiveRoom(Socket *socket, const ChatUser &caller, const QJsonObject &request);
    Result presence() const;

    ChatService &m_service;
    ChatPresence &m_presence;
};

} // namespace gatehouse
