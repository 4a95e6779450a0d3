#include "ServerPanel.h"

#include "LiveChart.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ServerPanel::ServerPanel(EmbeddedServer *server, QWidget *parent) : QWidget(parent), m_server(server)
{
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    m_state = new QLabel(this);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_startStop = new QPushButton(this);
    header->addWidget(m_state, 1);
    header->addWidget(m_startStop);
    layout->addLayout(header);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_address = new QComboBox(this);
    m_address->setEditable(true);
    m_address->addItem(QStringLiteral("127.0.0.1"));
    m_address->addItem(QStringLiteral("0.0.0.0"));
    m_address->addItem(QStringLiteral("::"));
    m_address->setToolTip(tr("127.0.0.1: this computer only. 0.0.0.0 or ::: every network this computer is "
                             "on; give the server a TLS certificate first (see the README)."));
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setValue(3000);
    m_port->setSpecialValueText(tr("any free port"));
    auto *where = new QHBoxLayout;
    where->addWidget(m_address, 1);
    where->addWidget(m_port);
    form->addRow(tr("Listen on:"), where);
    m_address->lineEdit()->setAccessibleName(tr("Address"));
    m_port->setAccessibleName(tr("Port"));

    m_url = new QLineEdit(this);
    m_url->setReadOnly(true);
    m_url->setPlaceholderText(tr("not running"));
    m_copyUrl = new QToolButton(this);
    m_copyUrl->setText(tr("Copy"));
    m_copyUrl->setToolTip(tr("Copy the URL clients connect to"));
    m_copyUrl->setEnabled(false);
    auto *url = new QHBoxLayout;
    url->addWidget(m_url, 1);
    url->addWidget(m_copyUrl);
    form->addRow(tr("Client URL:"), url);

    m_uptime = valueLabel(this);
    form->addRow(tr("Uptime:"), m_uptime);
    m_users = valueLabel(this);
    m_devices = valueLabel(this);
    m_sockets = valueLabel(this);
    form->addRow(tr("Users:"), m_users);
    form->addRow(tr("Devices:"), m_devices);
    form->addRow(tr("Sockets:"), m_sockets);
    layout->addLayout(form);

    m_chart = new LiveChart(this);
    m_chart->addSeries(tr("Sockets"), QColor(0x2a, 0x7a, 0xe2));
    m_chart->addSeries(tr("Messages/s"), QColor(0xe0, 0x7b, 0x1a));
    layout->addWidget(m_chart, 1);

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_details);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    layout->addWidget(m_notice);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    layout->addWidget(m_error);

    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_server->state() == EmbeddedServer::State::Stopped) {
            setError({});
            Q_EMIT startRequested();
        } else {
            Q_EMIT stopRequested();
        }
    });
    connect(m_copyUrl, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_url->text()); });
    connect(m_server, &EmbeddedServer::stateChanged, this, &ServerPanel::onStateChanged);
    connect(m_server, &EmbeddedServer::started, this, &ServerPanel::onStarted);
    connect(m_server, &EmbeddedServer::failed, this, &ServerPanel::setError);
    connect(m_server, &EmbeddedServer::statsUpdated, this, &ServerPanel::onStats);
    m_uptimeTimer.setInterval(1'000);
    connect(&m_uptimeTimer, &QTimer::timeout, this, &ServerPanel::updateUptime);
    onStateChanged(m_server->state());
    if (m_server->isRunning())
        onStarted(m_server->info());
}

QString ServerPanel::bindAddress() const
{
    return m_address->currentText().trimmed();
}

void ServerPanel::setBindAddress(const QString &address)
{
    m_address->setCurrentText(address);
}

quint16 ServerPanel::port() const
{
    return quint16(m_port->value());
}

void ServerPanel::setPort(quint16 port)
{
    m_port->setValue(port);
}

void ServerPanel::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void ServerPanel::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

QString ServerPanel::error() const
{
    return m_error->text();
}

QString ServerPanel::stateText() const
{
    return m_state->text();
}

QString ServerPanel::countsText() const
{
    return tr("%1 users, %2 devices, %3 sockets").arg(m_users->text(), m_devices->text(), m_sockets->text());
}

QString ServerPanel::uptimeText() const
{
    return m_uptime->text();
}

void ServerPanel::onStateChanged(EmbeddedServer::State state)
{
    const bool stopped = state == EmbeddedServer::State::Stopped;
    const bool running = state == EmbeddedServer::State::Running;
    switch (state) {
    case EmbeddedServer::State::Stopped:
        m_state->setText(tr("Server stopped"));
        break;
    case EmbeddedServer::State::Starting:
        m_state->setText(tr("Starting…"));
        break;
    case EmbeddedServer::State::Running:
        m_state->setText(tr("Server running"));
        break;
    case EmbeddedServer::State::Stopping:
        m_state->setText(tr("Stopping…"));
        break;
    }
    m_startStop->setText(stopped ? tr("&Start") : tr("S&top"));
    m_startStop->setIcon(style()->standardIcon(stopped ? QStyle::SP_MediaPlay : QStyle::SP_MediaStop));
    m_startStop->setEnabled(stopped || running);
    m_address->setEnabled(stopped);
    m_port->setEnabled(stopped);
    if (!running) {
        m_url->clear();
        m_copyUrl->setEnabled(false);
        m_uptimeTimer.stop();
        m_uptime->setText(tr("–"));
        for (QLabel *label : {m_users, m_devices, m_sockets})
            label->setText(QStringLiteral("0"));
        m_chart->clear();
    }
}

void ServerPanel::onStarted(const EmbeddedServer::StartInfo &info)
{
    m_url->setText(info.url);
    m_copyUrl->setEnabled(true);
    m_details->setText(tr("Data in %1. Tokens are signed with the secret %2.")
                           .arg(QDir::toNativeSeparators(info.dataDir), info.secretOrigin));
    m_lastPackets = 0;
    m_sinceLastStats.invalidate();
    updateUptime();
    m_uptimeTimer.start();
}

void ServerPanel::onStats(const ServerStack::Stats &stats)
{
    const QLocale locale;
    m_users->setText(locale.toString(qlonglong(stats.users)));
    m_devices->setText(locale.toString(qlonglong(stats.devices)));
    m_sockets->setText(locale.toString(qlonglong(stats.sockets)));
    const quint64 packets = stats.traffic.packetsIn + stats.traffic.packetsOut;
    double perSecond = 0;
    if (m_sinceLastStats.isValid() && m_sinceLastStats.elapsed() > 0 && packets >= m_lastPackets)
        perSecond = double(packets - m_lastPackets) * 1000.0 / double(m_sinceLastStats.elapsed());
    m_lastPackets = packets;
    m_sinceLastStats.start();
    m_chart->addSample({double(stats.sockets), perSecond});
}

void ServerPanel::updateUptime()
{
    const QDateTime &since = m_server->startedAt();
    if (!since.isValid())
        return;
    const qint64 seconds = since.secsTo(QDateTime::currentDateTimeUtc());
    const qint64 days = seconds / 86'400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((seconds / 3'600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_uptime->setText(days > 0 ? tr("%n day(s), %1", nullptr, int(days)).arg(clock) : clock);
}

} // namespace gatehouse::ui
