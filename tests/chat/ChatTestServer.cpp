#include "ChatTestServer.h"

#include <QSqlQuery>
#include <QTest>

namespace gatehouse::test {

ChatTestServer::~ChatTestServer()
{
    // Clients first, then the chat, then the server (the fixture) they all point into.
    m_scope.reset();
    m_probes.clear();
    m_chat.reset();
}

bool ChatTestServer::start()
{
    if (!m_fx.start())
        return false;
    root = m_fx.addUser(QStringLiteral("root"), Role::Admin);
    mod = m_fx.addUser(QStringLiteral("mod"), Role::Moderator);
    alice = m_fx.addUser(QStringLiteral("alice"), Role::User);
    bob = m_fx.addUser(QStringLiteral("bob"), Role::User);
    carol = m_fx.addUser(QStringLiteral("carol"), Role::User);
    alice.displayName = QStringLiteral("Alice A.");
    if (!m_fx.store().users().setDisplayName(alice.id, alice.displayName)) {
        qWarning("cannot rename alice");
        return false;
    }
    auto chat = ChatStack::create(m_fx.server(), m_fx.store(), m_fx.moderation().registry(), {}, &m_clock);
    if (!chat) {
        qWarning() << "chat:" << chat.error();
        return false;
    }
    m_chat = std::move(*chat);
    if (!createRoom(QStringLiteral("quiet"))) {
        qWarning("cannot create #quiet");
        return false;
    }
    return true;
}

void ChatTestServer::beginTest()
{
    m_scope = std::make_unique<QObject>();
    m_clock.advance(60'000);
}

bool ChatTestServer::endTest()
{
    m_scope.reset();
    m_probes.clear();
    return QTest::qWaitFor([this] { return m_fx.moderation().registry().socketCount() == 0; }, 5000);
}

ChatProbe *ChatTestServer::connect(const User &user, const QString &deviceId)
{
    ClientSocket *socket = m_fx.connectAs(m_scope.get(), user, QStringLiteral("/"), deviceId);
    m_probes.push_back(std::make_unique<ChatProbe>(socket));
    return QTest::qWaitFor([socket] { return socket->isConnected(); }, 5000) ? m_probes.back().get()
                                                                             : nullptr;
}

qint64 ChatTestServer::count(const QString &sql)
{
    QSqlQuery query(m_fx.store().database().connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QString codeOf(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

bool isOk(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("ok")).toBool();
}

QJsonObject roomRequest(const QString &name, const QString &text, const QString &clientId)
{
    QJsonObject request {{QStringLiteral("room"), name}};
    if (!text.isEmpty())
        request.insert(QStringLiteral("text"), text);
    if (!clientId.isEmpty())
        request.insert(QStringLiteral("clientId"), clientId);
    return request;
}

QStringList textsOf(const QJsonArray &messages)
{
    QStringList texts;
    for (const QJsonValue &message : messages)
        texts.append(message.toObject().value(QStringLiteral("text")).toString());
    return texts;
}

QStringList presenceList(const QJsonArray &users)
{
    QStringList entries;
    for (const QJsonValue &user : users)
        entries.append(QStringLiteral("%1/%2")
                           .arg(user.toObject().value(QStringLiteral("username")).toString())
                           .arg(user.toObject().value(QStringLiteral("devices")).toInt()));
    return entries;
}

ChatClient *ChatTestServer::connectChatClient(const User &user, const QString &deviceId)
{
    ClientSocket *socket = m_fx.connectAs(scope(), user, QStringLiteral("/"), deviceId);
    auto *chat = new ChatClient(scope());
    chat->setSocket(socket, peerOf(user));
    return QTest::qWaitFor([chat] { return chat->state() == ChatClient::State::Online; }, 5000) ? chat
                                                                                                : nullptr;
}

ChatPeer ChatTestServer::peerOf(const User &user)
{
    return {user.id, user.username, user.displayName.isEmpty() ? user.username : user.displayName};
}

bool ChatTestServer::say(ChatProbe *probe, const QString &room, const QStringList &texts)
{
    for (const QString &text : texts) {
        m_clock.advance(1000); // a full rate bucket for every message
        if (!isOk(probe->call(QStringLiteral("chat:send"), roomRequest(room, text))))
            return false;
    }
    return true;
}

} // namespace gatehouse::test
