// The console attached to a real @socket.io/admin-ui server: tests/e2e/reference-admin-server.mjs
// (npm socket.io 4.8.4 + @socket.io/admin-ui 0.5.1, `socket.data.user` from the clients' auth) and
// npm socket.io-client sockets from admin-ui-clients.mjs, driven from here. Through the sign-in
// dialog's attach mode and RemoteConsoleWindow, offscreen: a wrong password is refused inline,
// the tree groups sockets by user (anonymous ones by address), follows sockets coming and going,
// kicks a socket through the console's action (the real client gets "io server disconnect"),
// and greys out what the protocol does not offer.
//
// Needs node and tests/e2e/node_modules (the e2e.npm-install fixture). Without them the test
// fails, loudly: it never skips.
#include "core/client/AdminUiAttach.h"
#include "core/client/AdminUiGrouping.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/ConsoleFeed.h"
#include "ui/ConnectionsModel.h"
#include "ui/ConsoleActions.h"
#include "ui/ConsoleView.h"
#include "ui/KickDialog.h"
#include "ui/RemoteConsoleWindow.h"
#include "ui/RemoteSignInDialog.h"
#include "ui/UserDetailPane.h"

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>
#include <optional>

using namespace gatehouse;
using namespace Qt::StringLiterals;
using ui::ConsoleView;
using ui::RemoteConsoleWindow;
using ui::RemoteSignInDialog;

namespace {

constexpr int Timeout = 10'000;
const QString AdminPassword = u"e2e attach secret"_s;

// A node script whose stdout lines are collected as they come (no waiting on the process).
class NodeProcess {
public:
    ~NodeProcess() { stop(); }

    // Empty, or why node cannot run.
    QString start(const QString &script, const QStringList &args, const QStringList &env = {})
    {
        const QString node = qEnvironmentVariable("GATEHOUSE_NODE");
        if (node.isEmpty() || !QFileInfo(node).isExecutable())
            return u"node not found (GATEHOUSE_NODE=\"%1\"); install Node.js >= 18 and reconfigure"_s.arg(
                node);
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : env)
            environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        m_process->setProcessEnvironment(environment);
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(), [this] {
            m_buffer += m_process->readAllStandardOutput();
            for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
                m_lines.append(QString::fromUtf8(m_buffer.left(end)).trimmed());
                m_buffer.remove(0, end + 1);
            }
        });
        m_process->start(node, QStringList {e2eDir() + u'/' + script} + args);
        if (!m_process->waitForStarted(5000))
            return u"cannot start %1: %2"_s.arg(node, m_process->errorString());
        return {};
    }
    void stop()
    {
        if (!m_process)
            return;
        m_process->closeWriteChannel();
        m_process->terminate();
        if (!m_process->waitForFinished(3000))
            m_process->kill();
        m_process.reset();
    }
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    void send(const QString &line) { m_process->write((line + u'\n').toUtf8()); }
    bool hasLine(const QString &prefix) const
    {
        return std::any_of(m_lines.cbegin(), m_lines.cend(),
                           [&prefix](const QString &line) { return line.startsWith(prefix); });
    }
    // The first line starting with `prefix`, without it; empty when none came (yet).
    QString line(const QString &prefix) const
    {
        for (const QString &line : m_lines) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size());
        }
        return {};
    }
    static QString e2eDir() { return qEnvironmentVariable("GATEHOUSE_E2E_DIR"); }

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};

} // namespace

class TestAdminUiAttach : public QObject {
    Q_OBJECT

private:
    NodeProcess m_server;
    NodeProcess m_clients;
    QString m_url;
    QHash<QString, QString> m_socketIds; // client name → socket id

    // Connects an app client and waits for its socket id.
    bool connectClient(const QString &name, const QString &authJson)
    {
        m_clients.send(u"connect %1 %2"_s.arg(name, authJson));
        const bool connected = QTest::qWaitFor(
            [&] { return !m_clients.line(u"connected %1 "_s.arg(name)).isEmpty(); }, Timeout);
        if (connected)
            m_socketIds.insert(name, m_clients.line(u"connected %1 "_s.arg(name)));
        return connected;
    }

    static void fillAttach(RemoteSignInDialog &dialog, const QString &url, const QString &password)
    {
        dialog.setMode(RemoteSignInDialog::Mode::AdminUi);
        dialog.setServer(url);
        dialog.setUsername(u"admin"_s);
        dialog.passwordEdit()->setText(password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem
            = m_server.start(u"reference-admin-server.mjs"_s, {u"--port"_s, u"0"_s},
                             {u"ADMIN_UI_USERNAME=admin"_s, u"ADMIN_UI_PASSWORD="_s + AdminPassword,
                              u"ADMIN_UI_DATA_USER=from-auth"_s});
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY2(QTest::qWaitFor(
                     [&] { return m_server.hasLine(u"listening on "_s) || !m_server.isRunning(); }, Timeout),
                 "the reference server did not start");
        m_url = m_server.line(u"listening on "_s);
        QVERIFY2(
            m_url.startsWith(u"http://127.0.0.1:"_s),
            "the reference server did not print \"listening on\" (are tests/e2e/node_modules installed?)");
        QCOMPARE(m_clients.start(u"admin-ui-clients.mjs"_s, {m_url}), QString());
        QVERIFY2(QTest::qWaitFor([&] { return m_clients.hasLine(u"ready"_s); }, Timeout),
                 "admin-ui-clients.mjs did not start");
    }

    void wrongPasswordRefusedInline()
    {
        RemoteSignInDialog dialog;
        dialog.show();
        fillAttach(dialog, m_url, u"not the password"_s);
        QVERIFY(!dialog.namespaceEdit()->isHidden());
        QVERIFY(!dialog.caFileEdit()->isVisible()); // Gatehouse only
        QVERIFY(dialog.signInButton()->isEnabled());
        QSignalSpy attached(&dialog, &RemoteSignInDialog::attached);
        dialog.signInButton()->click();
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), Timeout);
        QCOMPARE(dialog.errorText(), u"Wrong username or password."_s);
        QVERIFY(dialog.isVisible());
        QCOMPARE(attached.size(), 0);
    }

    void attachGroupsFollowsAndKicks()
    {
        // Before the console: two sockets of one user (two connections, so two devices), a user
        // given as a string, and two anonymous sockets from the same address.
        const QString alice = uR"({"user":{"id":"u1","username":"alice","name":"Alice Liddell"}})"_s;
        QVERIFY(connectClient(u"alice1"_s, alice));
        QVERIFY(connectClient(u"alice2"_s, alice));
        QVERIFY(connectClient(u"bob"_s, uR"({"user":"bob"})"_s));
        QVERIFY(connectClient(u"anon1"_s, u"{}"_s));
        QVERIFY(connectClient(u"anon2"_s, u"{}"_s));

        RemoteSignInDialog dialog;
        dialog.show();
        fillAttach(dialog, m_url, AdminPassword);
        AdminUiAttach *handedOver = nullptr;
        connect(&dialog, &RemoteSignInDialog::attached, this,
                [&handedOver](AdminUiAttach *attach) { handedOver = attach; });
        dialog.signInButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(handedOver, Timeout);
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.passwordEdit()->text().isEmpty());

        auto *window = new RemoteConsoleWindow(handedOver); // deletes itself on close
        QPointer<RemoteConsoleWindow> guard(window);
        window->show();
        QVERIFY(window->windowTitle().contains(u"@socket.io/admin-ui"_s));
        QVERIFY(!window->modeText().isEmpty());
        ConsoleView *view = window->consoleView();
        QCOMPARE(view->connection()->protocol(), ConsoleConnection::Protocol::AdminUi);
        QTRY_COMPARE_WITH_TIMEOUT(view->feed()->status(), ConsoleFeed::Status::Live, Timeout);

        // Grouped by user; the admin namespace (this console) is not listed.
        const ConsoleState &state = view->feed()->state();
        QCOMPARE(state.socketCount(), 5);
        QCOMPARE(state.userCount(), 3);
        const ui::ConnectionsModel *model = view->model();
        QVERIFY(model->userIndex(u"u1"_s).isValid());
        QCOMPARE(model->rowCount(model->userIndex(u"u1"_s)), 2); // two connections = two devices
        QCOMPARE(model->userIndex(u"u1"_s).data().toString(), u"alice (Alice Liddell)"_s);
        QVERIFY(model->userIndex(u"bob"_s).isValid());
        const QString anonymous = QString(AdminUiGrouping::AnonymousPrefix) + u"127.0.0.1"_s;
        QVERIFY(model->userIndex(anonymous).isValid());
        QCOMPARE(state.user(anonymous)->info.socketCount, 2);
        QCOMPARE(state.socket(m_socketIds.value(u"alice1"_s))->userId, u"u1"_s);
        QCOMPARE(state.socket(m_socketIds.value(u"alice1"_s))->nsp, u"/"_s);
        QCOMPARE(state.socket(m_socketIds.value(u"alice1"_s))->rooms, QStringList {u"lobby"_s});

        // Live: a socket comes, then goes from the client side, and its user with it.
        QVERIFY(connectClient(u"carol"_s, uR"({"user":{"id":"u3","username":"carol"}})"_s));
        QTRY_VERIFY_WITH_TIMEOUT(model->socketIndex(m_socketIds.value(u"carol"_s)).isValid(), Timeout);
        QVERIFY(model->userIndex(u"u3"_s).isValid());
        m_clients.send(u"close carol"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!model->userIndex(u"u3"_s).isValid(), Timeout);
        QVERIFY(!model->socketIndex(m_socketIds.value(u"carol"_s)).isValid());

        // Only what the protocol offers: kicking a socket. Users and devices cannot be kicked,
        // nobody suspended; no account details, no audit log.
        ui::ConsoleActions *actions = view->actions();
        QVERIFY(view->selectUser(u"u1"_s));
        QVERIFY(!actions->kickAction()->isEnabled());
        QVERIFY(!actions->suspendAction()->isEnabled());
        QVERIFY(!actions->showAuditAction()->isEnabled());
        const QString aliceDevice = state.socket(m_socketIds.value(u"alice1"_s))->deviceId;
        QVERIFY(view->selectDevice(u"u1"_s, aliceDevice));
        QVERIFY(!actions->kickAction()->isEnabled());
        QVERIFY(!view->tabs()->isTabEnabled(1));
        QVERIFY(!view->detailPane()->isEnabled());

        // Kick bob's socket through the action: the real client is thrown out, the row goes.
        const QString bobSocket = m_socketIds.value(u"bob"_s);
        QVERIFY(view->selectSocket(bobSocket));
        QVERIFY(actions->kickAction()->isEnabled());
        actions->kickAction()->trigger();
        ui::KickDialog *kick = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                kick = view->findChild<ui::KickDialog *>();
                return kick && kick->isVisible();
            },
            Timeout));
        kick->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_clients.line(u"disconnected bob "_s), u"io server disconnect"_s, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!model->socketIndex(bobSocket).isValid(), Timeout);
        QVERIFY(!model->userIndex(u"bob"_s).isValid());
        QVERIFY(view->resultText().contains(u"Asked the server to disconnect"_s));
        // Nobody else was touched.
        QVERIFY(m_clients.line(u"disconnected alice1 "_s).isEmpty());
        QVERIFY(m_clients.line(u"disconnected anon1 "_s).isEmpty());
        QCOMPARE(state.socketCount(), 4);

        window->close();
        QTRY_VERIFY_WITH_TIMEOUT(!guard, Timeout);
    }

    // instrument() with `auth: false`: no credentials needed; a wrong namespace is explained.
    void noAuthAndWrongNamespace()
    {
        NodeProcess open;
        QCOMPARE(open.start(u"reference-admin-server.mjs"_s, {u"--port"_s, u"0"_s},
                            {u"ADMIN_UI_AUTH=none"_s, u"ADMIN_UI_NAMESPACE=/watch"_s}),
                 QString());
        QVERIFY(
            QTest::qWaitFor([&] { return open.hasLine(u"listening on "_s) || !open.isRunning(); }, Timeout));
        const QUrl url(open.line(u"listening on "_s));
        QVERIFY(url.isValid());

        AdminUiAttach wrong;
        std::optional<Expected<void, ConsoleError>> refused;
        wrong.attach({url, u"/socket.io"_s, u"/admin"_s, {}, {}, Timeout},
                     [&refused](Expected<void, ConsoleError> result) { refused = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(refused, Timeout);
        QVERIFY(!refused->hasValue());
        QCOMPARE(refused->error().code, u"invalid_namespace"_s);
        QVERIFY(!wrong.isAttached());

        AdminUiAttach attach;
        std::optional<Expected<void, ConsoleError>> result;
        attach.attach({url, u"/socket.io"_s, u"/watch"_s, {}, {}, Timeout},
                      [&result](Expected<void, ConsoleError> answer) { result = std::move(answer); });
        QTRY_VERIFY_WITH_TIMEOUT(result, Timeout);
        QVERIFY2(result->hasValue(), qPrintable(result->hasValue() ? QString() : result->error().message));
        QVERIFY(attach.isAttached());
        std::unique_ptr<ConsoleConnection> connection(attach.createConnection());
        QCOMPARE(connection->capabilities(), ConsoleConnection::adminUiCapabilities());
        ConsoleView view(connection.get());
        QTRY_COMPARE_WITH_TIMEOUT(view.feed()->status(), ConsoleFeed::Status::Live, Timeout);
        QCOMPARE(view.feed()->state().socketCount(), 0);

        // By default the reference names every client {name: auth.name ?? "anonymous"}.
        NodeProcess clients;
        QCOMPARE(clients.start(u"admin-ui-clients.mjs"_s, {url.toString()}), QString());
        QVERIFY(QTest::qWaitFor([&] { return clients.hasLine(u"ready"_s); }, Timeout));
        clients.send(uR"(connect dora {"name":"dora"})"_s);
        QTRY_COMPARE_WITH_TIMEOUT(view.feed()->state().socketCount(), 1, Timeout);
        QVERIFY(view.model()->userIndex(u"dora"_s).isValid());
    }

    void cleanupTestCase()
    {
        m_clients.stop();
        m_server.stop();
    }
};

QTEST_MAIN(TestAdminUiAttach)
#include "tst_adminuiattach.moc"
