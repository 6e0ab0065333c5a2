#pragma once

#include "AuditLog.h"
#include "Document.h"
#include "JournalService.h"
#include "LedgerContext.h"
#include "NumberingService.h"

#include <QList>

// A field the law (EU VAT directive art. 226) or a rule needs before a document can be posted.
struct PostingIssue
{
    QString field;   // seller.vat_id, customer.address, lines, service_date, approval, ...
    QString message; // translated, names the field
};

// Posting: the one moment a draft becomes a legal document. In one transaction: validation,
// approval, the gapless number, the frozen seller and customer, the tax breakdown, the balanced
// journal entry and the audit event. A refusal writes nothing and consumes no number.
class PostingService
{
    Q_DECLARE_TR_FUNCTIONS(PostingService)
public:
    PostingService(LedgerContext &context, AuditLog &audit, NumberingService &numbering, JournalService &journal)
        : m_ctx(context), m_audit(audit), m_numbering(numbering), m_journal(journal)
    {
    }

    // What stands in the way of posting; empty when the draft can be posted by the acting user.
    Result<QList<PostingIssue>> check(qint64 documentId);
    // Posts the draft and returns its number.
    Result<QString> post(qint64 documentId);

    // Status of a posted document from its amounts.
    static DocumentStatus settlementStatus(const Document &document, qint64 amountPaid, qint64 amountCredited);

private:
    Result<QString> postOnce(qint64 documentId);
    Result<QList<PostingIssue>> issuesOf(const Document &draft, const CompanySettings &company,
                                         const Customer &customer, const DocumentTotals &totals,
                                         const Document *creditedInvoice);
    Status applyCreditNote(Document &creditNote, const Document &invoice);
    Status checkChronology(const Document &draft);
    // ---- Payment reference and payment link ----
    // The invoice's structured payment reference, the first PaymentReference::forInvoice attempt
    // not yet taken in the file; its payment link filled from the company's template (empty: none).
    Status assignPaymentReference(Document &invoice, const CompanySettings &company);
    static Result<QString> paymentLinkOf(const Document &invoice, const CompanySettings &company,
                                         const Customer &customer);
    // ---- end of payment reference and payment link ----

    LedgerContext &m_ctx;
    AuditLog &m_audit;
    NumberingService &m_numbering;
    JournalService &m_journal;
};
