#include "EmbeddedServer.h"

#include "core/auth/AdminBootstrap.h"
#include "core/auth/JwtSecretFile.h"
#include "core/auth/MemorySecretStore.h"
#include "core/auth/PasswordHasher.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace gatehouse {

// What lives on the server thread. Created on the GUI thread and moved there empty; filled and
// emptied on the server thread only.
struct EmbeddedServer::Worker : QObject {
    std::unique_ptr<Store> store;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<ServerStack> stack;
    QTimer statsTimer {this};

    // Builds and starts everything; the start information, or why not.
    Expected<StartInfo, QString> start(const Settings &settings)
    {
        const QString folder = settings.dataDir.isEmpty() ? Database::defaultDataDir() : settings.dataDir;
        auto opened = Store::open(folder);
        if (!opened)
            return unexpected(EmbeddedServer::tr("Cannot open the data folder %1: %2")
                                  .arg(QDir::toNativeSeparators(folder), opened.error()));
        store = std::move(*opened);
        StartInfo info;
        info.dataDir = QFileInfo(store->database().filePath()).path();
        // One password hash on first start, on this thread: the GUI goes on meanwhile.
        const PasswordHasher hasher;
        auto bootstrap = AdminBootstrap::run(*store, hasher);
        if (!bootstrap)
            return unexpected(
                EmbeddedServer::tr("Cannot create the first account: %1").arg(bootstrap.error()));
        info.adminCreated = bootstrap->created;
        info.generatedAdminPassword = bootstrap->generatedPassword;

        if (settings.secret)
            secrets = std::make_unique<MemorySecretStore>(settings.secretLocation, settings.secret);
        else
            secrets = std::make_unique<JwtSecretFile>(info.dataDir);
        auto created = ServerStack::create(settings.config, *store, *secrets);
        if (!created)
            return unexpected(created.error());
        stack = std::move(*created);
        auto port = stack->listen();
        if (!port)
            return unexpected(port.error());
        info.port = *port;
        info.url = stack->clientUrl();
        info.path = settings.config.server.engine.path;
        info.secretOrigin = stack->auth().secret().originDescription();
        return info;
    }

    void shutDown()
    {
        statsTimer.stop();
        stack.reset(); // closes every connection
        secrets.reset();
        store.reset();
    }
};

EmbeddedServer::EmbeddedServer(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("gatehouse-server"));
    connect(&m_thread, &QThread::finished, this, &EmbeddedServer::onThreadFinished);
}

EmbeddedServer::~EmbeddedServer()
{
    stop();
    m_thread.wait(5'000);
}

void EmbeddedServer::start(Settings settings)
{
    if (m_state != State::Stopped)
        return;
    m_info = {};
    setState(State::Starting);
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();

    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, settings = std::move(settings)] {
            auto result = worker->start(settings);
            if (!result) {
                worker->shutDown();
                QMetaObject::invokeMethod(
                    this, [this, message = result.error()] { Q_EMIT failed(message); }, Qt::QueuedConnection);
                QThread::currentThread()->quit();
                return;
            }
            // Stats go to this object first: it outlives the thread, unlike the receivers.
            connect(&worker->statsTimer, &QTimer::timeout, worker, [this, worker] {
                if (!worker->stack)
                    return;
                QMetaObject::invokeMethod(
                    this,
                    [this, stats = worker->stack->stats()] {
                        if (m_state == State::Running)
                            Q_EMIT statsUpdated(stats);
                    },
                    Qt::QueuedConnection);
            });
            worker->statsTimer.start(StatsIntervalMs);
            QMetaObject::invokeMethod(
                this,
                [this, info = *result] {
                    if (m_state != State::Starting)
                        return; // stopped meanwhile
                    m_info = info;
                    m_startedAt = QDateTime::currentDateTimeUtc();
                    setState(State::Running);
                    Q_EMIT started(m_info);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EmbeddedServer::stop()
{
    if (m_state != State::Starting && m_state != State::Running)
        return;
    setState(State::Stopping);
    // Queued behind the start, so it always finds what the start built.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->shutDown();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
}

void EmbeddedServer::requestAccessToken(const QString &username, QObject *context, TokenCallback done)
{
    Q_ASSERT(context);
    // The answer comes back through this object, which outlives the server thread, and only
    // then goes to `context`, checked on its own thread.
    auto deliver = [this, guard = QPointer<QObject>(context),
                    done = std::move(done)](Expected<QString, QString> result) mutable {
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), result = std::move(result)] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    };
    if (m_state != State::Running) {
        deliver(unexpected(tr("The embedded server is not running: start it first.")));
        return;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, username, deliver = std::move(deliver)]() mutable {
            if (!worker->stack) {
                deliver(unexpected(tr("The embedded server is not running: start it first.")));
                return;
            }
            auto token = worker->stack->accessTokenFor(username);
            if (token)
                deliver(token->token);
            else
                deliver(unexpected(token.error()));
        },
        Qt::QueuedConnection);
}

void EmbeddedServer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EmbeddedServer::onThreadFinished()
{
    m_worker = nullptr; // deleted on its thread by deleteLater
    m_startedAt = {};
    m_info.port = 0;
    setState(State::Stopped);
    Q_EMIT stopped();
}

} // namespace gatehouse
