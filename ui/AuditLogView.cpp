#include "AuditLogView.h"

#include "AuditLogModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace gatehouse::ui {

AuditLogView::AuditLogView(ConsoleConnection *connection, QWidget *parent)
    : QWidget(parent),
      m_model(new AuditLogModel(connection, this)),
      m_user(new QLineEdit(this)),
      m_type(new QComboBox(this)),
      m_since(new QComboBox(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_view(new QTreeView(this)),
      m_status(new QLabel(this)),
      m_more(new QPushButton(tr("Load &More"), this)),
      m_typing(new QTimer(this))
{
    m_user->setPlaceholderText(tr("Any user"));
    m_user->setClearButtonEnabled(true);
    m_type->addItem(tr("All events"), QString());
    const QStringList types = AuditLogModel::knownTypes();
    for (const QString &type : types)
        m_type->addItem(AuditLogModel::describeType(type), type);
    m_since->addItem(tr("Any time"), QVariant::fromValue(Since::AnyTime));
    m_since->addItem(tr("Last hour"), QVariant::fromValue(Since::LastHour));
    m_since->addItem(tr("Last 24 hours"), QVariant::fromValue(Since::LastDay));
    m_since->addItem(tr("Last 7 days"), QVariant::fromValue(Since::LastWeek));
    m_since->addItem(tr("Last 30 days"), QVariant::fromValue(Since::LastMonth));

    auto *filters = new QHBoxLayout;
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    auto *typeLabel = new QLabel(tr("&Event:"), this);
    typeLabel->setBuddy(m_type);
    auto *sinceLabel = new QLabel(tr("&Since:"), this);
    sinceLabel->setBuddy(m_since);
    filters->addWidget(userLabel);
    filters->addWidget(m_user, 1);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(sinceLabel);
    filters->addWidget(m_since);
    filters->addWidget(m_refresh);

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(AuditLogModel::TimeColumn, QHeaderView::ResizeToContents);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_more);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_typing->setSingleShot(true);
    m_typing->setInterval(400);
    connect(m_typing, &QTimer::timeout, this, &AuditLogView::applyFilters);
    connect(m_user, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_user, &QLineEdit::returnPressed, this, &AuditLogView::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilters);
    connect(m_since, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilters);
    connect(m_refresh, &QPushButton::clicked, this, &AuditLogView::applyFilters);
    connect(m_more, &QPushButton::clicked, m_model, &AuditLogModel::loadMore);
    connect(m_model, &AuditLogModel::loadingChanged, this, &AuditLogView::updateState);
    connect(m_model, &AuditLogModel::loaded, this, &AuditLogView::updateState);
    updateState();
}

void AuditLogView::showUser(const QString &username)
{
    m_user->setText(username);
    applyFilters();
}

void AuditLogView::applyFilters()
{
    m_typing->stop();
    ConsoleConnection::AuditFilter filter;
    filter.username = m_user->text().trimmed();
    filter.type = m_type->currentData().toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_since->currentData().value<Since>()) {
    case Since::AnyTime:
        break;
    case Since::LastHour:
        filter.from = now.addSecs(-3600);
        break;
    case Since::LastDay:
        filter.from = now.addDays(-1);
        break;
    case Since::LastWeek:
        filter.from = now.addDays(-7);
        break;
    case Since::LastMonth:
        filter.from = now.addDays(-30);
        break;
    }
    m_model->setFilter(filter);
}

void AuditLogView::updateState()
{
    m_more->setEnabled(m_model->canLoadMore());
    if (m_model->isLoading())
        m_status->setText(tr("Loading…"));
    else if (!m_model->errorString().isEmpty())
        m_status->setText(m_model->errorString());
    else
        m_status->setText(m_model->rowCount() == 0 ? tr("No entries match.")
                                                   : tr("%n entries shown", nullptr, m_model->rowCount())
                                  + (m_model->canLoadMore() ? tr("; older ones: Load More") : QString()));
}

QString AuditLogView::statusText() const
{
    return m_status->text();
}

} // namespace gatehouse::ui
