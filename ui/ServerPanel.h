// The embedded server at a glance: whether it runs, start and stop, where it listens, the URL to
// give clients, uptime, who is connected (users, devices, sockets) and a live chart of
// connections and messages per second. It shows what EmbeddedServer reports and asks for
// starts and stops through signals: whoever owns the server decides how to start it (the
// signing secret comes from the keychain first).
#pragma once

#include "core/server/EmbeddedServer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace gatehouse::ui {

class LiveChart;

class ServerPanel : public QWidget {
    Q_OBJECT

public:
    explicit ServerPanel(EmbeddedServer *server, QWidget *parent = nullptr);

    // The address and port to listen on next time (what the fields say).
    QString bindAddress() const;
    void setBindAddress(const QString &address);
    quint16 port() const;
    void setPort(quint16 port);
    // A warning that stays visible (e.g. the signing secret is in a file, not the keychain);
    // empty hides it.
    void setNotice(const QString &notice);
    // Why the last start failed, or another error; empty hides it.
    void setError(const QString &error);
    QString error() const;

    // For tests and the status bar: what the labels show.
    QString stateText() const;
    QString countsText() const;
    QString uptimeText() const;
    LiveChart *chart() const { return m_chart; }

Q_SIGNALS:
    void startRequested();
    void stopRequested();

private:
    void onStateChanged(EmbeddedServer::State state);
    void onStarted(const EmbeddedServer::StartInfo &info);
    void onStats(const ServerStack::Stats &stats);
    void updateUptime();

    EmbeddedServer *m_server;
    QLabel *m_state;
    QPushButton *m_startStop;
    QComboBox *m_address;
    QSpinBox *m_port;
    QLineEdit *m_url;
    QToolButton *m_copyUrl;
    QLabel *m_uptime;
    QLabel *m_users;
    QLabel *m_devices;
    QLabel *m_sockets;
    LiveChart *m_chart;
    QLabel *m_details;
    QLabel *m_notice;
    QLabel *m_error;
    QTimer m_uptimeTimer;
    // For messages per second: the previous sample's packet total and when it came.
    quint64 m_lastPackets = 0;
    QElapsedTimer m_sinceLastStats;
};

} // namespace gatehouse::ui
