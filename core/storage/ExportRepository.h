#pragma once

#include "Database.h"

#include <QDate>
#include <QDateTime>

#include <functional>

struct ExportDocumentRow
{
    QString number;
    bool creditNote = false;
    QString status;
    QDate issueDate;
    QDate dueDate;
    QString customerName;
    QString customerVatId;
    QString customerReference;
    QString creditedNumber; // credit note: the invoice it credits
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
    qint64 paid = 0;
    qint64 credited = 0;
};

struct ExportPaymentRow
{
    qint64 id = 0;
    QDate date;
    QString kind; // payment, reversal, refund
    QString method; // bank_transfer, card, ...
    qint64 amount = 0;
    QString reference;
    QString documentNumber;
    QString customerName;
};

struct ExportJournalRow
{
    qint64 entryId = 0;
    QDate date;
    QString kind; // invoice, credit_note, payment, reversal, refund
    QString documentNumber;
    QDate documentDate;
    QString paymentReference;
    QString description;
    QString accountCode;
    QString accountName;
    QString accountRole;
    qint64 customerId = 0;
    QString customerName;
    qint64 debit = 0;
    qint64 credit = 0;
    QDate recordedOn;
};

// Streams what the accountant gets (issue 6): posted documents, payments and journal lines of
// a period, in order, one row at a time (a year of a large file never sits in memory).
class ExportRepository
{
    Q_DECLARE_TR_FUNCTIONS(ExportRepository)
public:
    explicit ExportRepository(Database &db)
        : m_db(db)
    { }

    // The visitor returns a failed Status to stop; that Status is returned.
    Status documents(
        const QDate &from, const QDate &to, const std::function<Status(const ExportDocumentRow &)> &visit) const;
    Status payments(
        const QDate &from, const QDate &to, const std::function<Status(const ExportPaymentRow &)> &visit) const;
    Status journal(
        const QDate &from, const QDate &to, const std::function<Status(const ExportJournalRow &)> &visit) const;

private:
    Database &m_db;
};
