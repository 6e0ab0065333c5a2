#pragma once

#include "AuditLog.h"
#include "Document.h"
#include "LedgerContext.h"

// Everything a clerk does to a draft invoice or credit note before posting it: create it (by
// hand or from a Done service order), edit its header and lines, approve it, move it to the
// trash and back. Each call is one transaction with its audit event; a refusal changes nothing.
class DraftService
{
    Q_DECLARE_TR_FUNCTIONS(DraftService)
public:
    DraftService(LedgerContext &context, AuditLog &audit) : m_ctx(context), m_audit(audit) {}

    Result<qint64> createInvoice(qint64 customerId);
    // A whole draft in one go (bulk work, imports, quotations): header fields of `header`
    // (service date, reference, notes) and its lines; one transaction, one audit event.
    Result<qint64> createInvoice(qint64 customerId, const Document &header, const QList<DocumentLine> &lines);
    // Labor lines from the time entries, part lines from the parts used; the order becomes Invoiced.
    Result<qint64> createFromOrder(qint64 serviceOrderId);

    // Header fields of `edited` replace the draft's: customer, service date, payment terms,
    // customer reference, buyer reference (BT-10), order reference (BT-13), payment means, notes,
    // language. A new customer brings their terms, language and buyer reference.
    Status updateHeader(const Document &edited);
    // position 0 appends; otherwise the line is inserted there and the rest move down.
    Result<qint64> addLine(qint64 documentId, const DocumentLine &line);
    Status updateLine(qint64 documentId, const DocumentLine &line);
    Status removeLine(qint64 documentId, qint64 lineId);

    Status approve(qint64 documentId);
    Status moveToTrash(qint64 documentId);
    Status restore(qint64 documentId);

    // Validates a line's figures and computes its net in the currency's minor unit.
    static Result<DocumentLine> priced(DocumentLine line, const QString &currency);
    static Result<DocumentTotals> totalsOf(const QList<DocumentLine> &lines);
    // The line's unit code (from its unit text when empty) and VATEX code (the category's default
    // when empty), checked; a refusal names the line.
    static Status codedLine(DocumentLine &line);

private:
    Result<Document> newInvoice(qint64 customerId) const;
    Result<Document> loadDraft(qint64 documentId);
    Status saveTotals(Document &draft); // recomputes from the stored lines, clears an approval
    Status checkCreditLine(const Document &creditNote, const DocumentLine &line);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
};
