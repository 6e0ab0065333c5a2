#pragma once

#include "DocumentLine.h"
#include "PaymentMeans.h"
#include "TaxCalculator.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

enum class DocumentType { Invoice, CreditNote };
enum class DocumentStatus { Draft, Posted, PartiallyPaid, Paid, Credited, Refunded };

namespace DocumentStatuses {
QString key(DocumentStatus status);
DocumentStatus fromKey(const QString &key);
QString displayName(DocumentStatus status);
} // namespace DocumentStatuses

namespace DocumentTypes {
inline QString key(DocumentType type)
{
    return type == DocumentType::Invoice ? QStringLiteral("invoice") : QStringLiteral("credit_note");
}
inline DocumentType fromKey(const QString &key)
{
    return key == QLatin1String("credit_note") ? DocumentType::CreditNote : DocumentType::Invoice;
}
} // namespace DocumentTypes

// An invoice or a credit note, whole: what the editor and the services work on.
struct Document
{
    qint64 id = 0;
    DocumentType type = DocumentType::Invoice;
    DocumentStatus status = DocumentStatus::Draft;
    QString number; // empty while draft
    qint64 customerId = 0;
    QString customerName;
    QDate issueDate;
    QDate serviceDate;
    QDate dueDate;
    int paymentTermsDays = 30;
    QString customerReference;
    QString buyerReference; // BT-10, from the customer's at draft creation (the Leitweg-ID in Germany)
    QString orderReference; // BT-13, the customer's purchase-order number
    PaymentMeans paymentMeans = PaymentMeans::CreditTransfer; // BT-81
    // The structured payment reference frozen at posting (core/bank/PaymentReference.h), its
    // electronic form: "RF18INV202600042" or twelve Belgian digits. Empty for drafts, credit notes
    // and invoices posted before schema 14 (table document_payment_references).
    QString paymentReference;
    QString printedNotes;
    QString internalNotes;
    QString language = QStringLiteral("en");
    QString currency;
    qint64 totalNet = 0;
    qint64 totalTax = 0;
    qint64 totalGross = 0;
    qint64 amountPaid = 0;
    qint64 amountCredited = 0;
    qint64 creditedDocumentId = 0; // credit note: the invoice it credits
    QString creditReason;
    qint64 serviceOrderId = 0;
    qint64 quotationId = 0;
    QString snapshot; // JSON of seller and customer frozen at posting
    QString approvedBy;
    QDateTime approvedAt;
    QDateTime postedAt;
    QString postedBy;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QDateTime deletedAt;
    QList<DocumentLine> lines;
    QList<TaxSubtotal> taxSubtotals; // stored at posting; computed for drafts

    bool isDraft() const { return status == DocumentStatus::Draft; }
    bool isDeleted() const { return deletedAt.isValid(); }
    qint64 amountDue() const { return totalGross - amountPaid - amountCredited; }
    // "INV-2026-00012", or "Draft #17" for a draft.
    QString displayName() const;
};
