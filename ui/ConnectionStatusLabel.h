// The connection's state in one line, for a status bar: a coloured dot and "Connected as Alice
// to chat.example.org", "Reconnecting to …", "Offline". The host sets it (setStatus) or lets it
// follow a ChatClient (follow); either way it is always current and never blocks.
#pragma once

#include "core/client/ChatClient.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace gatehouse::ui {

class ConnectionStatusLabel : public QWidget {
    Q_OBJECT

public:
    enum class Status { Offline, Connecting, Reconnecting, Syncing, Online };
    Q_ENUM(Status)

    explicit ConnectionStatusLabel(QWidget *parent = nullptr);

    // `user` and `server` as shown: a display name and a host name.
    void setStatus(Status status, const QString &user = {}, const QString &server = {});
    // A state in the host's words (translated), e.g. "Signing in…" or "Signed out".
    void setMessage(Status status, const QString &text);
    // Shows the state of `client` (its user and server) from now on; null stops following.
    void follow(ChatClient *client);

    // Wraps long text (in a narrow column); off by default, as in a status bar.
    void setWordWrap(bool wrap);

    Status status() const { return m_status; }
    QString text() const;

private:
    void apply(Status status, const QString &user, const QString &server);
    void display(Status status, const QString &text);
    void fromClient();

    QLabel *m_dot;
    QLabel *m_text;
    Status m_status = Status::Offline;
    QPointer<ChatClient> m_client;
    QMetaObject::Connection m_following;
};

} // namespace gatehouse::ui
