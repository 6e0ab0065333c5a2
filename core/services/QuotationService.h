#pragma once

#include "AuditLog.h"
#include "LedgerContext.h"
#include "NumberingService.h"
#include "Quotation.h"

// Quotations: Draft → Sent → Accepted / Declined / Expired. Accepting one makes a service
// order (labor lines become planned time, the rest parts) or a draft invoice from its lines.
class QuotationService
{
    Q_DECLARE_TR_FUNCTIONS(QuotationService)
public:
    QuotationService(LedgerContext &context, AuditLog &audit, NumberingService &numbering)
        : m_ctx(context), m_audit(audit), m_numbering(numbering)
    {
    }

    Result<qint64> create(const Quotation &quotation);
    Status setLines(qint64 quotationId, const QList<DocumentLine> &lines);
    Result<QString> markSent(qint64 quotationId); // gives it its number
    Result<qint64> acceptIntoServiceOrder(qint64 quotationId);
    Result<qint64> acceptIntoInvoice(qint64 quotationId);
    Status decline(qint64 quotationId);
    Status expire(qint64 quotationId);

private:
    Result<QList<DocumentLine>> priced(QList<DocumentLine> lines, const QString &currency) const;
    Result<Quotation> open(qint64 quotationId);
    Status accept(const Quotation &quotation, qint64 serviceOrderId);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
    NumberingService &m_numbering;
};
