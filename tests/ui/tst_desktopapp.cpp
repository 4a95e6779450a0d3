// The desktop app's main window around the embedded server, offscreen: the server starts with
// the window (secret from GATEHOUSE_JWT_SECRET, so no keychain is needed here), the panel shows
// what runs and who is connected, the console appears, stop and start work, and a first start
// shows the generated admin password once.
#include "app/DesktopController.h"
#include "core/client/ClientSocket.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/Manager.h"
#include "ui/ConnectionsModel.h"
#include "ui/ConsoleView.h"
#include "ui/FirstRunBanner.h"
#include "ui/LiveChart.h"
#include "ui/MainWindow.h"
#include "ui/ServerPanel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace Qt::StringLiterals;

class TestDesktopApp : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    static app::DesktopController::Settings settingsFor(const QString &dataDir)
    {
        app::DesktopController::Settings settings {ServerConfig::defaults(), dataDir, true};
        settings.config.port = 0;
        return settings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("GATEHOUSE_JWT_SECRET", QByteArray(40, 'k'));
        qunsetenv("GATEHOUSE_ADMIN_PASSWORD");
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void firstStartShowsTheServerTheConsoleAndTheAdminPassword()
    {
        QTemporaryDir data;
        app::DesktopController controller(settingsFor(data.path()));
        ui::MainWindow *window = controller.mainWindow();
        ui::ServerPanel *panel = window->serverPanel();
        QSignalSpy started(&controller.server(), &EmbeddedServer::started);
        controller.show();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10'000);
        QCOMPARE(panel->stateText(), u"Server running"_s);
        const QString url = controller.server().info().url;
        const auto statusLabels = window->statusBar()->findChildren<QLabel *>();
        QVERIFY(std::any_of(statusLabels.begin(), statusLabels.end(),
                            [&url](QLabel *label) { return label->text().contains(url); }));

        // The banner shows the generated password, once.
        const QString password = controller.server().info().generatedAdminPassword;
        QCOMPARE(password.size(), 20);
        QVERIFY(window->firstRunBanner()->isVisible());
        QVERIFY2(window->firstRunBanner()->text().contains(password),
                 qPrintable(window->firstRunBanner()->text()));
        QVERIFY(window->firstRunBanner()->text().contains(url));

        // The console signs in by itself and lists itself (the admin's console socket).
        QTRY_VERIFY_WITH_TIMEOUT(window->consoleWidget(), 10'000);
        auto *view = qobject_cast<ui::ConsoleView *>(window->consoleWidget());
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10'000);
        QCOMPARE(view->model()->index(0, 0).data().toString().section(u' ', 0, 0), u"admin"_s);
        QVERIFY(view->connection()->mayActOn(u"admin"_s));
        QTRY_VERIFY_WITH_TIMEOUT(panel->countsText() == u"1 users, 1 devices, 1 sockets"_s, 5'000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->chart()->sampleCount() >= 2, 5'000);
        QVERIFY(!panel->uptimeText().isEmpty());

        // Stop from the menu: the console gives way to a placeholder; start again.
        QSignalSpy stopped(&controller.server(), &EmbeddedServer::stopped);
        const auto actions = window->findChildren<QAction *>();
        auto actionNamed = [&actions](const QString &text) -> QAction * {
            for (QAction *action : actions)
                if (action->text() == text)
                    return action;
            return nullptr;
        };
        QAction *stop = actionNamed(u"S&top"_s);
        QAction *start = actionNamed(u"&Start"_s);
        QVERIFY(stop && start);
        QVERIFY(stop->isEnabled());
        QVERIFY(!start->isEnabled());
        stop->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10'000);
        QCOMPARE(window->consoleWidget(), nullptr);
        QVERIFY2(window->placeholderText().contains(u"stopped"_s), qPrintable(window->placeholderText()));
        QCOMPARE(panel->stateText(), u"Server stopped"_s);
        QVERIFY(start->isEnabled());
        start->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 10'000);
        QVERIFY(!controller.server().info().adminCreated);
        QTRY_VERIFY_WITH_TIMEOUT(window->consoleWidget(), 10'000);
    }

    void aBadAddressIsRefusedWithWhatToDo()
    {
        QTemporaryDir data;
        auto settings = settingsFor(data.path());
        settings.startServer = false;
        app::DesktopController controller(settings);
        controller.show();
        ui::ServerPanel *panel = controller.mainWindow()->serverPanel();
        panel->setBindAddress(u"not-an-address"_s);
        Q_EMIT panel->startRequested();
        QVERIFY2(panel->error().contains(u"127.0.0.1"_s), qPrintable(panel->error()));
        QCOMPARE(controller.server().state(), EmbeddedServer::State::Stopped);
    }
};

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
