#pragma once

#include "AuditLog.h"
#include "LedgerContext.h"

#include <QHash>

// Credit notes (DESIGN.md): always for one posted invoice; the draft starts as a copy of the
// invoice's lines (or of chosen lines and quantities) and may only be reduced.
class CreditNoteService
{
    Q_DECLARE_TR_FUNCTIONS(CreditNoteService)
public:
    CreditNoteService(LedgerContext &context, AuditLog &audit) : m_ctx(context), m_audit(audit) {}

    // quantities: invoice line id → quantity to credit (scaled). Empty: everything not yet credited.
    Result<qint64> createDraft(qint64 invoiceId, const QString &reason, const QHash<qint64, qint64> &quantities = {});

    // A free amount per tax rate of the invoice (a goodwill gesture, a price agreed afterwards):
    // one line per rate, described by the reason. At each rate, what all credit notes of the
    // invoice credit stays within what the invoice charged.
    struct RateAmount
    {
        TaxCategory category = TaxCategory::Standard;
        Percentage rate;
        qint64 net = 0; // minor units, more than zero
    };
    Result<qint64> createGoodwill(qint64 invoiceId, const QString &reason, const QList<RateAmount> &amounts);

    // Net still creditable at each of the invoice's rates (its tax subtotals, base reduced by the
    // posted credit notes' bases at the same rate).
    Result<QList<TaxSubtotal>> creditableByRate(const Document &invoice) const;

private:
    Result<Document> creditableInvoice(qint64 invoiceId, const QString &reason) const;
    Result<qint64> insert(const Document &invoice, const QString &reason, const QList<DocumentLine> &lines);
    Result<qint64> insertOnce(const Document &invoice, const QString &reason, const QList<DocumentLine> &lines);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
};
