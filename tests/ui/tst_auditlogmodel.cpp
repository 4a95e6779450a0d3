// The audit log view's model against a real server's log (ModerationFixture, real SQLite),
// watched by QAbstractItemModelTester: newest first, filters by user, type and time, paging with
// "load more" without gaps or repeats, answers to an older filter dropped, and errors reported.
// The view's filter widgets drive the same model.
#include "ModerationFixture.h"
#include "core/client/ConsoleConnection.h"
#include "ui/AuditLogModel.h"
#include "ui/AuditLogView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace gatehouse;
using namespace Qt::StringLiterals;
using gatehouse::test::ModerationFixture;
using gatehouse::ui::AuditLogModel;

class TestAuditLog : public QObject {
    Q_OBJECT

private:
    ModerationFixture m_fx;
    User m_admin, m_alice, m_bob;
    std::unique_ptr<QObject> m_scope;
    ClientSocket *m_adminSocket = nullptr;
    ConsoleConnection *m_connection = nullptr;
    AuditLogModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // goes before the model

    qsizetype storedCount(const QString &userId, const QString &type)
    {
        AuditQuery query;
        query.userId = userId;
        query.type = type;
        query.limit = 1000;
        const auto entries = m_fx.store().audit().query(query);
        return entries ? entries->size() : -1;
    }
    void waitLoaded() { QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 5000); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fx.start());
        m_admin = m_fx.addUser(u"root"_s, Role::Admin);
        m_alice = m_fx.addUser(u"alice"_s, Role::User);
        m_bob = m_fx.addUser(u"bob"_s, Role::User);
        // A log to read: kicks of alice and bob, a suspension and its end for bob.
        QObject scope;
        ClientSocket *admin = m_fx.connectAs(&scope, m_admin, u"/admin"_s);
        QTRY_VERIFY_WITH_TIMEOUT(admin->isConnected(), 3000);
        for (int i = 0; i < 7; ++i) {
            const User &who = i % 2 ? m_bob : m_alice;
            ClientSocket *socket = m_fx.connectAs(&scope, who, u"/"_s, u"d%1"_s.arg(i));
            QTRY_VERIFY_WITH_TIMEOUT(socket->isConnected(), 3000);
            const QJsonObject answer
                = ModerationFixture::call(admin, &scope, u"gatehouse:kick"_s,
                                          {{u"socketId"_s, socket->id()}, {u"reason"_s, u"r%1"_s.arg(i)}});
            QVERIFY(answer.value(u"ok"_s).toBool());
        }
        QVERIFY(ModerationFixture::call(admin, &scope, u"gatehouse:suspend"_s,
                                        {{u"username"_s, u"bob"_s}, {u"reason"_s, u"x"_s}})
                    .value(u"ok"_s)
                    .toBool());
        QVERIFY(ModerationFixture::call(admin, &scope, u"gatehouse:unsuspend"_s, {{u"username"_s, u"bob"_s}})
                    .value(u"ok"_s)
                    .toBool());
    }

    void init()
    {
        m_scope = std::make_unique<QObject>();
        m_adminSocket = m_fx.connectAs(m_scope.get(), m_admin, u"/admin"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_adminSocket->isConnected(), 3000);
        m_connection
            = new ConsoleConnection(m_adminSocket, ConsoleConnection::gatehouseCapabilities(), m_scope.get());
        m_model = new AuditLogModel(m_connection, m_scope.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_scope.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.moderation().registry().socketCount(), 0, 5000);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("type");
        QTest::newRow("kicks of alice") << u"alice"_s << u"kick.socket"_s;
        QTest::newRow("kicks of bob") << u"bob"_s << u"kick.socket"_s;
        QTest::newRow("everything of bob") << u"bob"_s << QString();
        QTest::newRow("every suspension") << QString() << u"user.suspended"_s;
    }
    void filters()
    {
        QFETCH(QString, username);
        QFETCH(QString, type);
        const QString userId
            = username.isEmpty() ? QString() : (username == u"alice"_s ? m_alice.id : m_bob.id);
        ConsoleConnection::AuditFilter filter;
        filter.username = username;
        filter.type = type;
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        m_model->setFilter(filter);
        QVERIFY(m_model->isLoading());
        waitLoaded();
        QVERIFY2(m_model->errorString().isEmpty(), qPrintable(m_model->errorString()));
        QCOMPARE(m_model->rowCount(), int(storedCount(userId, type)));
        QVERIFY(m_model->rowCount() > 0);
        QCOMPARE(inserted.size(), 1); // one page, one insert
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (!type.isEmpty())
                QCOMPARE(index.data(AuditLogModel::TypeRole).toString(), type);
            if (!userId.isEmpty())
                QCOMPARE(index.data(AuditLogModel::UserIdRole).toString(), userId);
            const qint64 id = index.data(AuditLogModel::IdRole).toLongLong();
            QVERIFY(id < previous); // newest first
            previous = id;
        }
    }

    void sinceInTheFuture()
    {
        ConsoleConnection::AuditFilter filter;
        filter.from = QDateTime::currentDateTimeUtc().addSecs(3600);
        m_model->setFilter(filter);
        waitLoaded();
        QCOMPARE(m_model->rowCount(), 0);
        filter.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
        m_model->setFilter(filter);
        waitLoaded();
        QVERIFY(m_model->rowCount() >= 9);
    }

    void loadMorePages()
    {
        m_model->setPageSize(2);
        ConsoleConnection::AuditFilter filter;
        filter.type = u"kick.socket"_s;
        m_model->setFilter(filter);
        waitLoaded();
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->canLoadMore());
        for (int page = 0; page < 10 && m_model->canLoadMore(); ++page) { // bounded: 7 entries
            m_model->loadMore();
            waitLoaded();
        }
        QVERIFY(!m_model->canLoadMore());
        QCOMPARE(m_model->rowCount(), 7);
        QSet<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.insert(m_model->index(row, 0).data(AuditLogModel::IdRole).toLongLong());
        QCOMPARE(ids.size(), 7);
        QCOMPARE(m_model->index(0, AuditLogModel::DetailsColumn).data().toString().contains(u"Reason: r6"_s),
                 true);
    }

    void olderAnswersAreDropped()
    {
        ConsoleConnection::AuditFilter alice;
        alice.username = u"alice"_s;
        ConsoleConnection::AuditFilter suspensions;
        suspensions.type = u"user.suspended"_s;
        m_model->setFilter(alice);
        m_model->setFilter(suspensions); // before alice's answer arrives
        waitLoaded();
        QTest::qWait(100); // alice's answer, if it were applied, would be here by now
        QCOMPARE(m_model->rowCount(), int(storedCount({}, u"user.suspended"_s)));
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->index(row, 0).data(AuditLogModel::TypeRole).toString(), u"user.suspended"_s);
    }

    void errorsAreReported()
    {
        QSignalSpy loaded(m_model, &AuditLogModel::loaded);
        ConsoleConnection::AuditFilter filter;
        filter.username = u"nobody"_s;
        m_model->setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 3000);
        QVERIFY(!loaded.first().first().toString().isEmpty());
        QVERIFY(m_model->errorString().contains(u"No such user"_s));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void namesInsteadOfIds()
    {
        m_model->setNameResolver(
            [this](const QString &id) { return id == m_admin.id ? u"root"_s : QString(); });
        ConsoleConnection::AuditFilter filter;
        filter.username = u"alice"_s;
        filter.type = u"kick.socket"_s;
        m_model->setFilter(filter);
        waitLoaded();
        QVERIFY(m_model->rowCount() > 0);
        QCOMPARE(m_model->index(0, AuditLogModel::ActorColumn).data().toString(), u"root"_s);
        QCOMPARE(m_model->index(0, AuditLogModel::UserColumn).data().toString(), m_alice.id);
        QCOMPARE(m_model->index(0, AuditLogModel::TypeColumn).data().toString(), u"Socket kicked"_s);
    }

    void viewFilters()
    {
        ui::AuditLogView view(m_connection);
        view.show();
        const QAbstractItemModelTester tester(view.model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.applyFilters();
        QTRY_VERIFY_WITH_TIMEOUT(!view.model()->isLoading(), 3000);
        const int all = view.model()->rowCount();
        QVERIFY(all >= 9);
        view.typeBox()->setCurrentIndex(view.typeBox()->findData(u"user.suspended"_s));
        QCOMPARE(view.model()->filter().type, u"user.suspended"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!view.model()->isLoading(), 3000);
        QCOMPARE(view.model()->rowCount(), int(storedCount({}, u"user.suspended"_s)));
        QTest::keyClicks(view.userEdit(), u"alice"_s);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->filter().username, u"alice"_s, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!view.model()->isLoading(), 3000);
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.statusText(), u"No entries match."_s);
        view.sinceBox()->setCurrentIndex(
            view.sinceBox()->findData(QVariant::fromValue(ui::AuditLogView::Since::LastHour)));
        QVERIFY(view.model()->filter().from.isValid());
        QVERIFY(!view.loadMoreButton()->isEnabled());
    }
};

QTEST_MAIN(TestAuditLog)
#include "tst_auditlogmodel.moc"
