#include "DashboardPage.h"

#include "AgingChartWidget.h"
#include "BackgroundReader.h"
#include "CompanySession.h"
#include "CustomerRepository.h"
#include "ElidedLabel.h"
#include "FigureCard.h"
#include "contracts/ContractsDueCard.h"
#include "MonthlyChartWidget.h"
#include "Navigator.h"
#include "ReminderService.h"
#include "ServiceOrder.h"
#include "UiFormat.h"
#include "mail/MailSession.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

DashboardPage::DashboardPage(CompanySession &session, Navigator &navigator, QWidget *parent)
    : Page(session, parent), m_navigator(navigator), m_heading(new ElidedLabel(this)), m_error(new QLabel(this)),
      m_updating(new QLabel(this)), m_toReview(new QPushButton(this)),
      m_outstanding(card(tr("Outstanding"), "cardOutstanding", QStringLiteral("#1f6feb"))),
      m_overdue(card(tr("Overdue"), "cardOverdue", QStringLiteral("#d1382b"))),
      m_collected(card(tr("Collected this month"), "cardCollected", QStringLiteral("#2e9e5b"))),
      m_drafts(card(tr("Drafts to post"), "cardDrafts", QStringLiteral("#8a63d2"))),
      m_approval(card(tr("Awaiting approval"), "cardApproval", QStringLiteral("#f0a020"))),
      m_orders(card(tr("Jobs to invoice"), "cardOrders", QStringLiteral("#0f9bb5"))),
      m_aging(new AgingChartWidget(this)), m_monthly(new MonthlyChartWidget(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    m_error->setObjectName(QStringLiteral("dashboardMessage"));
    m_error->setStyleSheet(QStringLiteral("color: #8a1c12;"));
    m_error->setVisible(false);
    m_updating->setObjectName(QStringLiteral("dashboardUpdating"));
    m_updating->setText(tr("Adding up…"));
    m_updating->setStyleSheet(QStringLiteral("color: #7a8594;"));
    m_updating->setVisible(false);
    m_toReview->setObjectName(QStringLiteral("dashboardAddressesToReview"));
    m_toReview->setFlat(true);
    m_toReview->setCursor(Qt::PointingHandCursor);
    m_toReview->setStyleSheet(QStringLiteral("QPushButton { color: #9a5b00; text-decoration: underline; border: none; }"));
    m_toReview->setToolTip(tr("Addresses that could not be split into street, postcode, city and country: "
                              "e-invoices need them complete."));
    m_toReview->setVisible(false);
    connect(m_toReview, &QPushButton::clicked, this, [this] { m_navigator.showCustomersToReview(); });
    m_aging->setObjectName(QStringLiteral("agingChart"));
    m_monthly->setObjectName(QStringLiteral("monthlyChart"));

    auto *cards = new QGridLayout;
    cards->setSpacing(12);
    cards->addWidget(m_outstanding, 0, 0);
    cards->addWidget(m_overdue, 0, 1);
    cards->addWidget(m_collected, 0, 2);
    cards->addWidget(m_drafts, 1, 0);
    cards->addWidget(m_approval, 1, 1);
    cards->addWidget(m_orders, 1, 2);
    m_reminders = card(tr("To remind today"), "cardReminders", QStringLiteral("#b26a00"));
    cards->addWidget(m_reminders, 0, 3, 2, 1);
    cards->addWidget(new ContractsDueCard(m_session, m_navigator, this), 2, 0);
    auto chartFrame = [this](QWidget *chart) {
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("chartFrame"));
        frame->setStyleSheet(QStringLiteral("#chartFrame { background: white; border: 1px solid #dde2e8; "
                                            "border-radius: 8px; }"));
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(10, 8, 10, 8);
        layout->addWidget(chart);
        return frame;
    };
    auto *charts = new QHBoxLayout;
    charts->setSpacing(12);
    charts->addWidget(chartFrame(m_aging), 2);
    charts->addWidget(chartFrame(m_monthly), 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(12);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_heading, 1);
    heading->addWidget(m_updating);
    heading->addWidget(m_toReview);
    layout->addLayout(heading);
    layout->addWidget(m_error);
    m_mailSignIn = new QLabel(this);
    m_mailSignIn->setObjectName(QStringLiteral("dashboardMailSignIn"));
    m_mailSignIn->setWordWrap(true);
    m_mailSignIn->setStyleSheet(QStringLiteral("color: #8a1c12;"));
    m_mailSignIn->setVisible(false);
    layout->addWidget(m_mailSignIn);
    connect(&m_session.mail(), &MailSession::signInRequired, this, &DashboardPage::showMailSignIn);
    layout->addLayout(cards);
    layout->addLayout(charts, 1);

    connect(m_outstanding, &FigureCard::clicked, this, [this] { m_navigator.showInvoices(InvoicePreset::Outstanding); });
    connect(m_overdue, &FigureCard::clicked, this, [this] { m_navigator.showInvoices(InvoicePreset::Overdue); });
    connect(m_collected, &FigureCard::clicked, this, [this] { m_navigator.showPage(PageId::Payments); });
    connect(m_drafts, &FigureCard::clicked, this, [this] { m_navigator.showInvoices(InvoicePreset::Drafts); });
    connect(m_approval, &FigureCard::clicked, this,
            [this] { m_navigator.showInvoices(InvoicePreset::AwaitingApproval); });
    connect(m_orders, &FigureCard::clicked, this,
            [this] { m_navigator.showServiceOrders(static_cast<int>(OrderStatus::Done)); });
    connect(m_reminders, &FigureCard::clicked, this, [this] { m_navigator.showPage(PageId::Reminders); });
}

FigureCard *DashboardPage::card(const QString &title, const char *name, const QString &accent)
{
    auto *c = new FigureCard(title, accent, this);
    c->setObjectName(QString::fromLatin1(name));
    return c;
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::showMailSignIn()
{
    const bool waiting = m_session.mail().isWaitingForSignIn();
    m_mailSignIn->setText(
        waiting ? tr("Mail is waiting in the outbox: %1").arg(m_session.mail().signInMessage()) : QString());
    m_mailSignIn->setVisible(waiting);
}

void DashboardPage::refresh()
{
    showMailSignIn();
    const QDate today = m_session.today();
    m_heading->setText(tr("%1 — %2").arg(m_session.company().name, QLocale().toString(today, QLocale::LongFormat)));
    m_updating->setVisible(true);
    // A million invoices take seconds to add up: the sums are read off the GUI thread.
    m_session.reader().run<DashboardData>(
        QStringLiteral("dashboard"), this, [today](Database &db) { return DashboardService(db).load(today, 12); },
        [this](const Result<DashboardData> &data) { display(data); });
    m_session.reader().run<int>(
        QStringLiteral("dashboard-reminders"), this, [today](Database &db) { return ReminderService::countDue(db, today); },
        [this](const Result<int> &due) {
            if (due)
                m_reminders->setFigure(QLocale().toString(due.value()),
                                       tr("%n invoice(s) due for a reminder", nullptr, due.value()));
            else
                m_reminders->setFigure(QStringLiteral("–"), due.message());
        });
    m_session.reader().run<int>(
        QStringLiteral("dashboard-review"), this,
        [](Database &db) -> Result<int> {
            auto customers = CustomerRepository(db).addressesToReview();
            if (!customers)
                return customers.error();
            return static_cast<int>(customers->size());
        },
        [this](const Result<int> &count) { showAddressesToReview(count ? count.value() : 0); });
}

void DashboardPage::showAddressesToReview(int count)
{
    m_toReview->setText(tr("Customer addresses to review: %1").arg(QLocale().toString(count)));
    m_toReview->setVisible(count > 0);
}

void DashboardPage::display(const Result<DashboardData> &data)
{
    m_updating->setVisible(false);
    m_error->setText(data.message());
    m_error->setVisible(!data.ok());
    if (!data)
        return;
    const QDate today = m_session.today();
    const DashboardFigures &f = data->figures;
    m_outstanding->setFigure(m_session.money(f.outstanding),
                             tr("%n open invoice(s)", nullptr, static_cast<int>(f.outstandingCount)));
    m_overdue->setFigure(m_session.money(f.overdue), tr("%n invoice(s) past due", nullptr, static_cast<int>(f.overdueCount)));
    m_collected->setFigure(m_session.money(f.collectedThisMonth),
                           QLocale().standaloneMonthName(today.month()) + QLatin1Char(' ') + QString::number(today.year()));
    m_drafts->setFigure(QLocale().toString(f.draftsWaiting), tr("waiting to be posted"));
    m_approval->setFigure(QLocale().toString(f.awaitingApproval),
                          m_session.company().approvalThreshold > 0
                              ? tr("above %1").arg(m_session.money(m_session.company().approvalThreshold))
                              : tr("no approval threshold set"));
    m_orders->setFigure(QLocale().toString(f.ordersToInvoice), tr("service orders done"));
    m_aging->setBuckets(data->aging, m_session.currency());
    m_monthly->setMonths(data->months, m_session.currency());
}
