#pragma once

#include "Database.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>

// A posted invoice or credit note with what was still open on one day (credit notes negative).
struct ReportOpenItem
{
    qint64 documentId = 0;
    bool creditNote = false;
    qint64 customerId = 0;
    QString customerName;
    QDate issueDate;
    QDate dueDate;
    qint64 open = 0; // minor units; negative: owed to the customer
};

// One customer's receivables on a day per age bucket (0: current, 1: 1-30 days, 2: 31-60,
// 3: 61-90, 4: over 90 days overdue), and how many of their documents have something open.
struct ReportAgedSums
{
    qint64 customerId = 0;
    QString customerName;
    qint64 count = 0;
    std::array<qint64, 5> open = {0, 0, 0, 0, 0}; // minor units; credit notes count negative (always current)
};

// Sums of posted documents of one type in one group (a month, a customer, an item, a rate).
struct ReportSums
{
    QString group; // "2026-03", a customer id, an item key, "standard|2000"
    QString label; // the customer's name, the item's description, ...
    bool creditNote = false;
    qint64 count = 0;
    qint64 quantity = 0; // items: thousandths
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};

struct ReportPaymentSums
{
    QString group; // a month ("2026-03") or a method key
    bool creditNote = false; // money back on a credit note (refunds and their reversals)
    QString kind; // payment, reversal, refund
    qint64 count = 0;
    qint64 amount = 0;
};

struct ReportCollectionSums
{
    qint64 invoices = 0;
    qint64 gross = 0;
    qint64 paid = 0;
    qint64 credited = 0;
    qint64 paidInvoices = 0; // fully paid ones, with their payment delay
    qint64 daysToPayTotal = 0; // sum over paid invoices of (last payment − issue date)
    qint64 daysLateTotal = 0; // sum over paid invoices of max(0, last payment − due date)
};

struct ReportRegisterFilter
{
    std::optional<bool> creditNotes; // empty: both
    QString numberFrom; // inclusive; empty: open
    QString numberTo;
    QDate from;
    QDate to;
    qint64 customerId = 0;
};

struct ReportRegisterRow
{
    qint64 documentId = 0;
    QString number;
    bool creditNote = false;
    QString status;
    QDate issueDate;
    QDate dueDate;
    QString customerName;
    QString customerVatId;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
    qint64 paid = 0;
    qint64 credited = 0;
};

struct ReportRegisterTotals
{
    qint64 count = 0;
    qint64 net = 0; // credit notes count negative
    qint64 tax = 0;
    qint64 gross = 0;
    qint64 paid = 0;
    qint64 credited = 0;
};

// The read-only SQL of the reports (issue 6). Every query is bounded by an indexed range
// (issue date, payment date, open status) so it stays fast on a file with a million invoices.
class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReportRepository)
public:
    explicit ReportRepository(Database &db)
        : m_db(db)
    { }

    // Documents open on `asOf`, from payment dates and credit-note dates: what the journal's
    // receivables account holds on that day, one row per document with something open.
    Result<QList<ReportOpenItem>> openItems(const QDate &asOf) const;
    // openItems summed per customer and age bucket, read from the maintained summary
    // receivables_by_customer_due (migration 0006); only documents issued, paid or credited
    // after `asOf` are read one by one. A customer is there when one of their documents is open.
    Result<QList<ReportAgedSums>> agedSums(const QDate &asOf) const;
    // Posted documents issued in [from, to], per month / customer / tax rate / item.
    Result<QList<ReportSums>> salesByMonth(const QDate &from, const QDate &to) const;
    Result<QList<ReportSums>> salesByCustomer(const QDate &from, const QDate &to) const;
    Result<QList<ReportSums>> salesByItem(const QDate &from, const QDate &to) const;
    Result<QList<ReportSums>> taxByRate(const QDate &from, const QDate &to) const;
    // Payments dated in [from, to] on invoices (payments, reversals) and credit notes (refunds),
    // per month ("2026-03") or per method key.
    Result<QList<ReportPaymentSums>> paymentSums(const QDate &from, const QDate &to, bool byMonth) const;
    Result<ReportCollectionSums> collectionSums(const QDate &from, const QDate &to) const;

    // Rows in number order (drafts never); limit 0: all. Totals are over the whole filter.
    Result<QList<ReportRegisterRow>> register_(const ReportRegisterFilter &filter, qint64 limit) const;
    Result<ReportRegisterTotals> registerTotals(const ReportRegisterFilter &filter) const;

private:
    Database &m_db;
};
