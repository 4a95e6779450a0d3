#include "ConsoleChain.h"

#include "core/client/ConsoleFeed.h"
#include "ui/ConnectionsFilterModel.h"
#include "ui/ConnectionsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace gatehouse::test {

using ui::ConnectionsModel;

ConsoleChain::ConsoleChain(ClientSocket *socket, QObject *parent) : QObject(parent)
{
    feed = new ConsoleFeed(socket, this);
    model = new ui::ConnectionsModel(feed, this);
    proxy = new ui::ConnectionsFilterModel(this);
    proxy->setSourceModel(model);
    watch = new ModelWatch(model, this);
    new ModelWatch(proxy, this); // its row-count checks only
    for (QAbstractItemModel *watched :
         {static_cast<QAbstractItemModel *>(model), static_cast<QAbstractItemModel *>(proxy)})
        m_testers.append(new QAbstractItemModelTester(
            watched, QAbstractItemModelTester::FailureReportingMode::QtTest, this));
}

ConsoleChain::~ConsoleChain()
{
    // The testers go before the models they watch.
    qDeleteAll(std::exchange(m_testers, {}));
}

void ConsoleChain::stopTesters()
{
    qDeleteAll(std::exchange(m_testers, {}));
}

void ConsoleChain::testOnce()
{
    // A tester checks the whole tree when it is made.
    const QAbstractItemModelTester modelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void ConsoleChain::verifyMirrorsFeed()
{
    const ConsoleState &state = feed->state();
    QCOMPARE(model->rowCount(), int(state.userCount()));
    qsizetype devices = 0, sockets = 0;
    for (int u = 0; u < model->rowCount(); ++u) {
        const QModelIndex user = model->index(u, 0);
        const QString userId = user.data(ConnectionsModel::IdRole).toString();
        QVERIFY2(state.user(userId), qPrintable(userId));
        QCOMPARE(model->rowCount(user), int(state.deviceIds(userId).size()));
        QCOMPARE(user.siblingAtColumn(ConnectionsModel::DevicesColumn).data().toInt(), model->rowCount(user));
        int userSockets = 0;
        for (int d = 0; d < model->rowCount(user); ++d) {
            const QModelIndex device = model->index(d, 0, user);
            const QString deviceId = device.data(ConnectionsModel::IdRole).toString();
            QVERIFY(state.device(userId, deviceId));
            QCOMPARE(model->rowCount(device), int(state.socketIds(userId, deviceId).size()));
            for (int s = 0; s < model->rowCount(device); ++s) {
                const QModelIndex socket = model->index(s, 0, device);
                QCOMPARE(socket.data(ConnectionsModel::UserIdRole).toString(), userId);
                QCOMPARE(socket.data(ConnectionsModel::DeviceIdRole).toString(), deviceId);
                const SocketInfo *info = state.socket(socket.data(ConnectionsModel::IdRole).toString());
                QVERIFY(info && info->deviceId == deviceId);
            }
            userSockets += model->rowCount(device);
        }
        QCOMPARE(user.siblingAtColumn(ConnectionsModel::SocketsColumn).data().toInt(), userSockets);
        devices += model->rowCount(user);
        sockets += userSockets;
    }
    QCOMPARE(devices, state.deviceCount());
    QCOMPARE(sockets, state.socketCount());
}

} // namespace gatehouse::test
