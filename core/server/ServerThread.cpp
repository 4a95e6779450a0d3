#include "ServerThread.h"

#include "Server.h"

namespace gatehouse {

ServerThread::ServerThread(ServerOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("gatehouse-server"));
    connect(&m_thread, &QThread::finished, this, &ServerThread::stopped);
}

ServerThread::~ServerThread()
{
    stop();
    m_thread.wait();
}

void ServerThread::start(const QHostAddress &address, quint16 port, Setup setup)
{
    if (m_thread.isRunning())
        return;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this, address, port, setup = std::move(setup)] {
            // Parented to the context, so the server dies on its own thread with it.
            m_server = new Server(m_options, m_context);
            if (setup)
                setup(*m_server);
            const auto listening = m_server->listen(address, port);
            if (listening) {
                QMetaObject::invokeMethod(
                    this, [this, p = *listening] { Q_EMIT started(p); }, Qt::QueuedConnection);
            } else {
                QMetaObject::invokeMethod(
                    this, [this, e = listening.error()] { Q_EMIT failed(e); }, Qt::QueuedConnection);
                m_thread.quit();
            }
        },
        Qt::QueuedConnection);
}

void ServerThread::stop()
{
    if (!m_thread.isRunning() || !m_context)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_server) {
                m_server->close();
                delete m_server;
                m_server = nullptr;
            }
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_context = nullptr;
}

void ServerThread::invoke(Work work)
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this, work = std::move(work)] {
            if (m_server)
                work(*m_server);
        },
        Qt::QueuedConnection);
}

} // namespace gatehouse
