// Takes the README's and docs' screenshots of the desktop app with real content: the embedded
// server with a few signed-in people on several devices, the console watching it.
// Run by scripts/screenshots under Xvfb (any Qt platform works; offscreen too):
//   take_screenshots <output folder>
#include "app/DesktopController.h"
#include "core/auth/PasswordHasher.h"
#include "core/client/ClientSocket.h"
#include "core/client/ConsoleConnection.h"
#include "core/client/Manager.h"
#include "core/store/Store.h"
#include "ui/ChatLoginDialog.h"
#include "ui/ChatWindow.h"
#include "ui/ConnectionsFilterModel.h"
#include "ui/ConnectionsModel.h"
#include "ui/ConsoleView.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

using namespace gatehouse;
using namespace Qt::StringLiterals;

namespace {

struct Visitor {
    QString username;
    QString device;
};

const QString AlicePassword = u"alice's password"_s;

// What the others say in #general, in turn.
const QStringList Lines {
    u"Morning all! Is the release still on for Friday?"_s,
    u"Yes, the packages are building now."_s,
    u"Great. I'll update the docs this afternoon."_s,
    u"The moderation console shows everyone who is connected, by device."_s,
};

const QList<Visitor> Visitors {
    {u"alice"_s, u"laptop"_s}, {u"alice"_s, u"phone"_s}, {u"bob"_s, u"desktop"_s},
    {u"carol"_s, u"tablet"_s}, {u"carol"_s, u"phone"_s}, {u"dave"_s, u"laptop"_s},
};

bool addPeople(const QString &dataDir)
{
    auto store = Store::open(dataDir);
    if (!store)
        return false;
    for (const QString &name : {u"root"_s, u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s}) {
        UserStore::NewUser user;
        user.username = name;
        user.displayName = name.at(0).toUpper() + name.mid(1);
        if (name == u"bob"_s)
            user.role = Role::Moderator;
        if (name == u"root"_s)
            user.role = Role::Admin;
        if (name == u"alice"_s) {
            auto hash = PasswordHasher().hash(AlicePassword);
            if (!hash)
                return false;
            user.passwordHash = *hash;
        }
        if (!(*store)->users().add(user))
            return false;
    }
    return true;
}

bool save(QWidget *widget, const QString &folder, const QString &name)
{
    const QString file = QDir(folder).filePath(name);
    const bool saved = widget->grab().save(file);
    QTextStream(stdout) << (saved ? "saved " : "FAILED to save ") << file << '\n';
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"GatehouseScreenshots"_s);
    if (argc < 2) {
        QTextStream(stderr) << "usage: take_screenshots <output folder>\n";
        return 2;
    }
    const QString output = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(output);
    QTemporaryDir data;
    // No keychain needed for pictures; the first-run banner needs a known password.
    qputenv("GATEHOUSE_JWT_SECRET", QByteArray(40, 'k'));
    qputenv("GATEHOUSE_ADMIN_PASSWORD", "not-shown");
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, data.filePath(u"settings"_s));

    app::DesktopController::Settings settings {ServerConfig::defaults(), data.path(), true};
    settings.config.port = 0;
    app::DesktopController controller(settings);
    controller.mainWindow()->resize(1360, 760);
    controller.show();

    QList<Manager *> clients;
    int status = 0;
    QObject::connect(&controller.server(), &EmbeddedServer::failed, &app, [&](const QString &message) {
        QTextStream(stderr) << "the server did not start: " << message << '\n';
        status = 1;
        QApplication::quit();
    });
    QObject::connect(&controller.server(), &EmbeddedServer::started, &app, [&] {
        for (const Visitor &visitor : Visitors) {
            controller.server().requestAccessToken(visitor.username, &app, [&, visitor](auto token) {
                if (!token)
                    return;
                Manager::Options options;
                options.engine.url = QUrl(controller.server().info().url);
                options.engine.polling = visitor.device == u"phone"_s; // a mix of transports
                auto *manager = new Manager(options, &app);
                ClientSocket *socket = manager->socket();
                socket->setAuth({{u"token"_s, *token}, {u"deviceId"_s, visitor.device}});
                socket->open();
                socket->emit(u"chat:join"_s, {QJsonObject {{u"room"_s, u"general"_s}}});
                clients.append(manager);
            });
        }
        // Some traffic for the chart: every visitor says something now and then.
        auto *chatter = new QTimer(&app);
        QObject::connect(chatter, &QTimer::timeout, &app, [&clients] {
            for (Manager *manager : std::as_const(clients))
                manager->socket()->emit(u"chat:presence"_s);
        });
        chatter->start(150);
        // Bob and carol talk in #general.
        for (int line = 0; line < Lines.size(); ++line)
            QTimer::singleShot(2'000 + 700 * line, &app, [&clients, line] {
                // The visitors' sockets in order: alice ×2, bob, carol ×2, dave.
                const int speaker = line % 2 == 0 ? 2 : 3;
                if (speaker < clients.size())
                    clients.at(speaker)->socket()->emit(
                        u"chat:send"_s,
                        {QJsonObject {{u"room"_s, u"general"_s}, {u"text"_s, Lines.at(line)}}});
            });
        // A chat window: alice signs in on this computer (for this session only: no keychain here).
        QTimer::singleShot(1'000, &app, [&] {
            ui::ChatWindow *chat = controller.openChatWindow();
            chat->resize(980, 620);
            ui::ChatLoginDialog *dialog = chat->loginDialog();
            if (!dialog)
                return;
            dialog->findChild<QLineEdit *>(u"username"_s)->setText(u"alice"_s);
            dialog->findChild<QLineEdit *>(u"password"_s)->setText(AlicePassword);
            dialog->findChild<QLineEdit *>(u"deviceName"_s)->setText(u"workstation"_s);
            dialog->findChild<QCheckBox *>(u"staySignedIn"_s)->setChecked(false);
            dialog->findChild<QPushButton *>(u"signIn"_s)->click();
        });
        // Once the console has loaded: alice selected, her devices shown.
        QTimer::singleShot(4'000, &app, [&] {
            auto *console = qobject_cast<ui::ConsoleView *>(controller.mainWindow()->consoleWidget());
            if (!console)
                return;
            ui::ConnectionsModel *model = console->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex user = model->index(row, 0);
                if (user.data().toString().startsWith(u"alice"_s)) {
                    console->selectUser(user.data(ui::ConnectionsModel::IdRole).toString());
                    console->treeView()->expand(console->proxy()->mapFromSource(user));
                }
            }
        });
        // Let the chart draw a while.
        QTimer::singleShot(25'000, &app, [&] {
            if (!save(controller.mainWindow(), output, u"console.png"_s))
                status = 1;
            if (controller.chatWindows().isEmpty()
                || !save(controller.chatWindows().first(), output, u"chat.png"_s))
                status = 1;
            QApplication::quit();
        });
    });
    if (!addPeople(data.path()))
        return 1;
    const int result = QApplication::exec();
    return status ? status : result;
}
