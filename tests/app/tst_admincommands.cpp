// The moderation commands against a running server, all real parts: `gatehouse serve` as a
// process (CommandHarness), accounts made with `gatehouse user add`, users connected with the
// C++ client from several devices, and `gatehouse sessions`, `kick`, `user suspend|unsuspend|role`
// and `audit` run as processes. Checked: what they print, their exit status, and what happened to
// the clients' sockets, sign-ins and the audit log.
#include "CommandHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using Run = CommandHarness::Run;

namespace {

const QString AdminPassword = CommandHarness::AdminPassword;
const QString UserPassword = CommandHarness::UserPassword;
const QString ModeratorPassword = CommandHarness::ModeratorPassword;

} // namespace

class TestAdminCommands : public QObject {
    Q_OBJECT

private:
    CommandHarness m_cli;
    std::unique_ptr<QObject> m_scope; // owns each test's clients

    // {username: {deviceId: sockets}} from `gatehouse sessions --json`.
    QMap<QString, QMap<QString, int>> sessions(const QStringList &extra = {})
    {
        const Run run
            = m_cli.online(QStringList {QStringLiteral("sessions"), QStringLiteral("--json")} + extra);
        if (run.exitCode != 0)
            qWarning("sessions failed: %s", qPrintable(run.err));
        QMap<QString, QMap<QString, int>> result;
        const QJsonArray users = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"users").toArray();
        for (const QJsonValue &user : users) {
            for (const QJsonValue &device : user.toObject().value(u"devices").toArray())
                result[user.toObject().value(u"username").toString()]
                      [device.toObject().value(u"id").toString()]
                    = int(device.toObject().value(u"sockets").toArray().size());
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (CommandHarness::binary().isEmpty())
            QSKIP("GATEHOUSE_BINARY is not set");
        QVERIFY(m_cli.start());
    }

    void init() { m_scope = std::make_unique<QObject>(); }
    void cleanup()
    {
        // Leave every namespace first, so that the next test's listings do not see these.
        const QList<ClientSocket *> sockets = m_scope->findChildren<ClientSocket *>();
        for (ClientSocket *socket : sockets)
            socket->close();
        QTest::qWait(300);
        m_scope.reset();
    }

    void sessionsCountsPerUserAndDevice()
    {
        // alice: two sockets on her laptop, one on her phone; bob: one; the moderator on /admin.
        const auto alice
            = m_cli.connectAs(m_scope.get(), QStringLiteral("alice"), UserPassword, QStringLiteral("laptop"))
            + m_cli.connectAs(m_scope.get(), QStringLiteral("alice"), UserPassword, QStringLiteral("laptop"))
            + m_cli.connectAs(m_scope.get(), QStringLiteral("alice"), UserPassword, QStringLiteral("phone"));
        const auto bob
            = m_cli.connectAs(m_scope.get(), QStringLiteral("bob"), UserPassword, QStringLiteral("pc"));
        const auto mod
            = m_cli.connectAs(m_scope.get(), QStringLiteral("mod"), ModeratorPassword, QStringLiteral("desk"),
                              {QStringLiteral("/"), QStringLiteral("/admin")});
        QTRY_VERIFY_WITH_TIMEOUT(CommandHarness::allConnected(alice + bob + mod), 20'000);

        // Earlier commands' connections are gone, not lingering until a ping timeout; this
        // command's own is left out.
        QCOMPARE(m_cli.online({QStringLiteral("sessions")}).exitCode, 0);
        const auto all = sessions();
        QCOMPARE(all.value(QStringLiteral("alice")),
                 (QMap<QString, int> {{QStringLiteral("laptop"), 2}, {QStringLiteral("phone"), 1}}));
        QCOMPARE(all.value(QStringLiteral("bob")), (QMap<QString, int> {{QStringLiteral("pc"), 1}}));
        QCOMPARE(all.value(QStringLiteral("mod")), (QMap<QString, int> {{QStringLiteral("desk"), 2}}));
        QVERIFY2(!all.contains(QStringLiteral("admin")), "the command's own connection is not a session");
        QCOMPARE(sessions({QStringLiteral("--user"), QStringLiteral("alice")}).keys(),
                 QStringList {QStringLiteral("alice")});

        Run run = m_cli.online({QStringLiteral("sessions")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            QRegularExpression(QStringLiteral("\\nalice +user +laptop .* 2 +/ ")).match(run.out).hasMatch(),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Users: 3, devices: 4, sockets: 6.")), qPrintable(run.out));
        QVERIFY2(!run.err.contains(QStringLiteral("eyJ")), "no token in the output");
        run = m_cli.online({QStringLiteral("sessions"), QStringLiteral("--user"), QStringLiteral("bob"),
                            QStringLiteral("--sockets")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(bob.first()->id()), qPrintable(run.out));
        run = m_cli.online({QStringLiteral("sessions"), QStringLiteral("--user"), QStringLiteral("carol")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("carol has no connection now")), qPrintable(run.out));
        run = m_cli.online({QStringLiteral("sessions"), QStringLiteral("--user"), QStringLiteral("nobody")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("there is no user \"nobody\"")), qPrintable(run.err));
    }

    void kickByDeviceSocketAndUser()
    {
        const auto laptop
            = m_cli.connectAs(m_scope.get(), QStringLiteral("alice"), UserPassword, QStringLiteral("laptop"))
            + m_cli.connectAs(m_scope.get(), QStringLiteral("alice"), UserPassword, QStringLiteral("laptop"));
        const auto phone
            = m_cli.connectAs(m_scope.get(), QStringLiteral("alice"), UserPassword, QStringLiteral("phone"));
        const auto bob
            = m_cli.connectAs(m_scope.get(), QStringLiteral("bob"), UserPassword, QStringLiteral("pc"))
            + m_cli.connectAs(m_scope.get(), QStringLiteral("bob"), UserPassword, QStringLiteral("pc"));
        QTRY_VERIFY_WITH_TIMEOUT(CommandHarness::allConnected(laptop + phone + bob), 20'000);
        QSignalSpy laptopForced(laptop.first(), &ClientSocket::forcedDisconnect);

        Run run = m_cli.online({QStringLiteral("kick"), QStringLiteral("alice"), QStringLiteral("--device"),
                                QStringLiteral("laptop"), QStringLiteral("--reason"),
                                QStringLiteral("spamming")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Disconnected alice on device laptop (sockets: 2).")),
                 qPrintable(run.out));
        QTRY_VERIFY_WITH_TIMEOUT(!laptop.at(0)->isConnected() && !laptop.at(1)->isConnected(), 5000);
        QCOMPARE(laptopForced.size(), 1);
        QCOMPARE(laptopForced.first().first().toJsonObject().value(u"reason").toString(),
                 QStringLiteral("spamming"));
        QVERIFY(phone.first()->isConnected());
        QVERIFY(CommandHarness::allConnected(bob));

        // One socket, named by its id; a socket of someone else is refused.
        const QString bobSocket = bob.first()->id();
        run = m_cli.online(
            {QStringLiteral("kick"), QStringLiteral("alice"), QStringLiteral("--socket"), bobSocket});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("alice has no socket")), qPrintable(run.err));
        QVERIFY(CommandHarness::allConnected(bob));
        run = m_cli.online(
            {QStringLiteral("kick"), QStringLiteral("bob"), QStringLiteral("--socket"), bobSocket});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QTRY_VERIFY_WITH_TIMEOUT(!bob.at(0)->isConnected(), 5000);
        QVERIFY(bob.at(1)->isConnected());

        run = m_cli.online({QStringLiteral("kick"), QStringLiteral("alice")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Disconnected alice (sockets: 1).")), qPrintable(run.out));
        QTRY_VERIFY_WITH_TIMEOUT(!phone.first()->isConnected(), 5000);
        QCOMPARE(phone.first()->forcedDisconnectNotice().value(u"code").toString(), QStringLiteral("kicked"));
        QVERIFY(bob.at(1)->isConnected());

        run = m_cli.online({QStringLiteral("kick"), QStringLiteral("alice")});
        QCOMPARE(run.exitCode, 1); // nobody left to kick
        QVERIFY2(run.err.contains(QStringLiteral("no connection")), qPrintable(run.err));
        run = m_cli.online({QStringLiteral("kick"), QStringLiteral("nobody")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("No such user")), qPrintable(run.err));
    }

    void suspendRefusesLoginUntilUnsuspended()
    {
        const auto bob
            = m_cli.connectAs(m_scope.get(), QStringLiteral("bob"), UserPassword, QStringLiteral("pc"))
            + m_cli.connectAs(m_scope.get(), QStringLiteral("bob"), UserPassword, QStringLiteral("phone"));
        QTRY_VERIFY_WITH_TIMEOUT(CommandHarness::allConnected(bob), 20'000);

        Run run = m_cli.online({QStringLiteral("user"), QStringLiteral("suspend"), QStringLiteral("bob"),
                                QStringLiteral("--reason"), QStringLiteral("abuse"), QStringLiteral("--for"),
                                QStringLiteral("2h")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Suspended bob until")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Sockets disconnected: 2.")), qPrintable(run.out));
        QTRY_VERIFY_WITH_TIMEOUT(!bob.at(0)->isConnected() && !bob.at(1)->isConnected(), 5000);
        QCOMPARE(bob.at(1)->forcedDisconnectNotice().value(u"code").toString(),
                 QStringLiteral("account_suspended"));
        QCOMPARE(m_cli.login(QStringLiteral("bob"), UserPassword).second,
                 QStringLiteral("account_suspended"));

        run = m_cli.online({QStringLiteral("user"), QStringLiteral("unsuspend"), QStringLiteral("bob")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!m_cli.login(QStringLiteral("bob"), UserPassword).first.isEmpty());
    }

    void demotedModeratorLosesAdminAndItIsAudited()
    {
        const auto mod
            = m_cli.connectAs(m_scope.get(), QStringLiteral("mod"), ModeratorPassword, QStringLiteral("desk"),
                              {QStringLiteral("/"), QStringLiteral("/admin")});
        QTRY_VERIFY_WITH_TIMEOUT(CommandHarness::allConnected(mod), 20'000);
        QSignalSpy adminForced(mod.at(1), &ClientSocket::forcedDisconnect);

        Run run = m_cli.online({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("mod"),
                                QStringLiteral("user"), QStringLiteral("--reason"),
                                QStringLiteral("left the team")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.out.contains(QStringLiteral("mod is now user (was moderator). Sockets disconnected: 1.")),
            qPrintable(run.out));
        QTRY_VERIFY_WITH_TIMEOUT(!mod.at(1)->isConnected(), 5000);
        QCOMPARE(adminForced.size(), 1);
        QCOMPARE(adminForced.first().first().toJsonObject().value(u"code").toString(),
                 QStringLiteral("forbidden"));
        QTest::qWait(200);
        QVERIFY(mod.at(0)->isConnected()); // "/" admits users

        // The demoted moderator's CLI is turned away at the sign-in.
        run = m_cli.online({QStringLiteral("sessions"), QStringLiteral("--admin"), QStringLiteral("mod")},
                           ModeratorPassword);
        QCOMPARE(run.exitCode, 4);

        run = m_cli.online({QStringLiteral("audit"), QStringLiteral("--user"), QStringLiteral("mod"),
                            QStringLiteral("--type"), QStringLiteral("user.role_changed"),
                            QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray entries
            = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"entries").toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject details = entries.first().toObject().value(u"details").toObject();
        QCOMPARE(details.value(u"previousRole").toString(), QStringLiteral("moderator"));
        QCOMPARE(details.value(u"role").toString(), QStringLiteral("user"));
        QCOMPARE(details.value(u"reason").toString(), QStringLiteral("left the team"));

        run = m_cli.online({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("mod"),
                            QStringLiteral("moderator")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = m_cli.online({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("mod"),
                            QStringLiteral("moderator")});
        QVERIFY2(run.out.contains(QStringLiteral("already moderator")), qPrintable(run.out));
        // The only admin stays one, and nobody changes their own role.
        run = m_cli.online({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("admin"),
                            QStringLiteral("user")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("your own role")), qPrintable(run.err));
    }

    void auditShowsTheEntries()
    {
        Run run = m_cli.online(
            {QStringLiteral("kick"), QStringLiteral("carol")}); // leaves an audit trail? No: refused
        QCOMPARE(run.exitCode, 1);
        const auto carol
            = m_cli.connectAs(m_scope.get(), QStringLiteral("carol"), UserPassword, QStringLiteral("tablet"));
        QTRY_VERIFY_WITH_TIMEOUT(CommandHarness::allConnected(carol), 20'000);
        run = m_cli.online({QStringLiteral("kick"), QStringLiteral("carol"), QStringLiteral("--reason"),
                            QStringLiteral("testing the audit")});
        QCOMPARE(run.exitCode, 0);

        run = m_cli.online({QStringLiteral("audit"), QStringLiteral("--user"), QStringLiteral("carol")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(QRegularExpression(QStringLiteral("kick\\.user +admin +carol +reason=testing the audit"))
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("user.created")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("login.succeeded")), qPrintable(run.out));

        // The same from the store, without a server; and the filters.
        const Run offline = m_cli.gatehouse({QStringLiteral("audit"), QStringLiteral("--offline"),
                                             QStringLiteral("--data-dir"), m_cli.dataDir(),
                                             QStringLiteral("--user"), QStringLiteral("carol")},
                                            QString());
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
        QCOMPARE(offline.out, run.out);
        run = m_cli.online({QStringLiteral("audit"), QStringLiteral("--user"), QStringLiteral("carol"),
                            QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--since"),
                            QStringLiteral("1h")});
        QVERIFY2(run.out.contains(QStringLiteral("kick.user"))
                     && !run.out.contains(QStringLiteral("user.created")),
                 qPrintable(run.out));
        run = m_cli.online({QStringLiteral("audit"), QStringLiteral("--user"), QStringLiteral("nobody")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("there is no user \"nobody\"")), qPrintable(run.err));
    }

    void moderatorCannotActOnAdmins()
    {
        const auto admin = m_cli.connectAs(m_scope.get(), QStringLiteral("admin"), AdminPassword,
                                           QStringLiteral("laptop"));
        QTRY_VERIFY_WITH_TIMEOUT(CommandHarness::allConnected(admin), 20'000);
        Run run = m_cli.online({QStringLiteral("kick"), QStringLiteral("admin"), QStringLiteral("--admin"),
                                QStringLiteral("mod"), QStringLiteral("--password-stdin")},
                               QString(), ModeratorPassword.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Moderators cannot act on admins")), qPrintable(run.err));
        QTest::qWait(200);
        QVERIFY(admin.first()->isConnected());
        run = m_cli.online({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("carol"),
                            QStringLiteral("moderator"), QStringLiteral("--admin"), QStringLiteral("mod"),
                            QStringLiteral("--password-stdin")},
                           QString(), ModeratorPassword.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Only admins")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAdminCommands)
#include "tst_admincommands.moc"
