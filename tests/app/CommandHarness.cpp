#include "CommandHarness.h"

#include "core/client/Manager.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

using namespace gatehouse;

CommandHarness::CommandHarness() = default;

CommandHarness::~CommandHarness()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.terminate();
    if (!m_server.waitForFinished(10'000))
        m_server.kill();
}

QString CommandHarness::binary()
{
    return qEnvironmentVariable("GATEHOUSE_BINARY");
}

QProcessEnvironment CommandHarness::environment(const QString &password) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No config file of the machine's user may change where commands look.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    environment.remove(QStringLiteral("GATEHOUSE_ADMIN_PASSWORD"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("GATEHOUSE_ADMIN_PASSWORD"), password);
    return environment;
}

bool CommandHarness::start()
{
    if (!m_dir.isValid())
        return false;
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    const QString config = m_dir.filePath(QStringLiteral("gatehouse.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write("[server]\nbind=127.0.0.1\n") < 0)
        return false;
    file.close();
    m_url = startServer(m_server, config, m_dataDir);
    return !m_url.isEmpty() && addUser(QStringLiteral("alice"), QStringLiteral("user"), UserPassword)
        && addUser(QStringLiteral("bob"), QStringLiteral("user"), UserPassword)
        && addUser(QStringLiteral("carol"), QStringLiteral("user"), UserPassword)
        && addUser(QStringLiteral("mod"), QStringLiteral("moderator"), ModeratorPassword);
}

bool CommandHarness::addUser(const QString &name, const QString &role, const QString &password)
{
    const Run run
        = gatehouse({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role,
                     QStringLiteral("--password-stdin"), QStringLiteral("--data-dir"), m_dataDir},
                    QString(), password.toUtf8() + '\n');
    if (run.exitCode != 0)
        qWarning("gatehouse user add %s failed: %s", qPrintable(name), qPrintable(run.err));
    return run.exitCode == 0;
}

QString CommandHarness::startServer(QProcess &server, const QString &config, const QString &dataDir)
{
    server.setProcessEnvironment(environment(AdminPassword));
    server.start(binary(),
                 {QStringLiteral("serve"), QStringLiteral("--config"), config, QStringLiteral("--port"),
                  QStringLiteral("0"), QStringLiteral("--data-dir"), dataDir});
    QByteArray output;
    const QRegularExpression listening(QStringLiteral("listening on (https?://127\\.0\\.0\\.1:\\d+)"));
    QRegularExpressionMatch match;
    // The outcome is in `match`; a server that exits early ends the wait too.
    (void)QTest::qWaitFor(
        [&] {
            output += server.readAllStandardOutput();
            match = listening.match(QString::fromUtf8(output));
            return match.hasMatch() || server.state() == QProcess::NotRunning;
        },
        20'000);
    if (!match.hasMatch())
        qWarning("gatehouse serve did not start: %s %s", output.constData(),
                 server.readAllStandardError().constData());
    return match.captured(1);
}

CommandHarness::Run CommandHarness::gatehouse(const QStringList &arguments, const QString &password,
                                              const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment(password));
    process.start(binary(), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60'000)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, QString(), QStringLiteral("gatehouse did not finish: ") + arguments.join(u' ')};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

CommandHarness::Run CommandHarness::online(QStringList arguments, const QString &password,
                                           const QByteArray &input)
{
    arguments << QStringLiteral("--server") << m_url;
    return gatehouse(arguments, password, input);
}

std::pair<QString, QString> CommandHarness::login(const QString &username, const QString &password,
                                                  const QString &deviceId)
{
    QNetworkRequest request(QUrl(m_url + QStringLiteral("/api/login")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body {{QStringLiteral("username"), username},
                            {QStringLiteral("password"), password},
                            {QStringLiteral("deviceId"), deviceId}};
    std::unique_ptr<QNetworkReply> reply(
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30'000))
        return {QString(), QStringLiteral("timeout")};
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    return {answer.value(QStringLiteral("accessToken")).toString(),
            answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()};
}

QList<ClientSocket *> CommandHarness::connectAs(QObject *scope, const QString &username,
                                                const QString &password, const QString &deviceId,
                                                const QStringList &namespaces)
{
    const QString token = login(username, password, deviceId).first;
    if (token.isEmpty())
        qWarning("cannot sign in as %s", qPrintable(username));
    Manager::Options options;
    options.engine.url = QUrl(m_url);
    options.engine.polling = false;
    options.reconnection = false;
    auto *manager = new Manager(options, scope);
    QList<ClientSocket *> sockets;
    for (const QString &nsp : namespaces) {
        ClientSocket *socket = manager->socket(nsp);
        socket->setAuth({{QStringLiteral("token"), token}, {QStringLiteral("deviceId"), deviceId}});
        socket->open();
        sockets.append(socket);
    }
    return sockets;
}

bool CommandHarness::allConnected(const QList<ClientSocket *> &sockets)
{
    return std::all_of(sockets.cbegin(), sockets.cend(), [](ClientSocket *s) { return s->isConnected(); });
}

std::unique_ptr<Store> CommandHarness::openStore()
{
    auto store = Store::open(m_dataDir);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    return std::move(*store);
}
