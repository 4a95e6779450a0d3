// The console's chain as the app builds it, for tests: ConsoleFeed → ConnectionsModel →
// ConnectionsFilterModel, with a QAbstractItemModelTester on each model (failures reported to
// QtTest) and a ModelWatch on the model that logs its row operations.
#pragma once

#include "ModelWatch.h"

#include <QList>
#include <QObject>

class QAbstractItemModelTester;

namespace gatehouse {
class ClientSocket;
class ConsoleFeed;
namespace ui {
class ConnectionsFilterModel;
class ConnectionsModel;
} // namespace ui
} // namespace gatehouse

namespace gatehouse::test {

class ConsoleChain : public QObject {
    Q_OBJECT

public:
    // `socket`: a /admin socket, or null for a feed that takes batches by hand.
    explicit ConsoleChain(ClientSocket *socket, QObject *parent = nullptr);
    ~ConsoleChain() override;

    // The testers walk the whole tree after every signal: minutes with thousands of rows. This
    // stops them; ModelWatch's cheap checks go on.
    void stopTesters();
    // Checks the whole tree of both models once, now.
    void testOnce();
    // The model holds exactly the feed's tree, with the feed's counts.
    void verifyMirrorsFeed();

    ConsoleFeed *feed = nullptr;
    ui::ConnectionsModel *model = nullptr;
    ui::ConnectionsFilterModel *proxy = nullptr;
    ModelWatch *watch = nullptr;

private:
    QList<QAbstractItemModelTester *> m_testers;
};

} // namespace gatehouse::test
