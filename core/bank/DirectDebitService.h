#pragma once

#include "AuditLog.h"
#include "DirectDebitCollection.h"
#include "DirectDebitRepository.h"
#include "DraftService.h"
#include "LedgerContext.h"
#include "MandateService.h"
#include "PaymentService.h"

struct DirectDebitFileResult
{
    QString messageId;
    int count = 0;
    qint64 total = 0;
    QString sha256;
    QStringList invoices;
};

struct DebitReturnRequest
{
    qint64 invoiceId = 0; // the invoice collected; or
    QString endToEndId; // the collection's end-to-end id (what a bank statement names)
    qint64 fee = 0; // minor units charged by the bank, passed on to the customer
    QString reason; // ISO 20022 return reason code (AC04, MD06, ...) or a short text
    QDate date; // empty: today
};

// SEPA direct debit: the pain.008.001.02 file of the invoices due for collection, each invoice then
// "collection sent" (a payment of method direct debit, recorded with its collection, never
// collected twice), and a returned debit (by hand or from a bank statement) that reopens the
// invoice: its payment is reversed, the bank's fee becomes a draft invoice for the customer.
class DirectDebitService
{
    Q_DECLARE_TR_FUNCTIONS(DirectDebitService)
public:
    DirectDebitService(LedgerContext &context, AuditLog &audit, PaymentService &payments, DraftService &drafts)
        : m_ctx(context)
        , m_audit(audit)
        , m_payments(payments)
        , m_drafts(drafts)
        , m_mandates(context, audit)
        , m_collections(context.db)
    { }

    Result<QList<DirectDebitCandidate>> due(const QDate &collectOn) const { return m_collections.due(collectOn); }
    // Writes the file (atomically) and records the collections in one transaction.
    Result<DirectDebitFileResult> writeFile(const QDate &collectOn, const QString &path);
    // Records a returned debit; returns its id. The statement importer calls it with the end-to-end id.
    Result<qint64> recordReturn(const DebitReturnRequest &request);
    Result<QList<DirectDebitCollection>> collections(qint64 invoiceId) const
    {
        return m_collections.forDocument(invoiceId);
    }

private:
    Status checkCreditor(const CompanySettings &company, QString *creditorId) const;

    LedgerContext &m_ctx;
    AuditLog &m_audit;
    PaymentService &m_payments;
    DraftService &m_drafts;
    MandateService m_mandates;
    DirectDebitRepository m_collections;
};
