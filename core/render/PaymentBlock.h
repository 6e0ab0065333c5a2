#pragma once

#include "EpcQrPayload.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class PageFlow;
class RenderContext;

// How to pay: payment terms, the "please pay … by …" sentence, the bank details and, for a
// euro amount due to an IBAN, the EPC QR code a banking app scans.
class PaymentBlock
{
    Q_DECLARE_TR_FUNCTIONS(PaymentBlock)
public:
    explicit PaymentBlock(const RenderContext &context) : m_context(context) {}

    void addTo(PageFlow &flow) const;

    // The EPC payload for this document, or an error saying why there is none (not EUR,
    // nothing due, no IBAN, invalid data, switched off in the template).
    // With the invoice's structured payment reference in the structured remittance line (the
    // unstructured one left empty); else the number(s) as remittance text.
    Result<QByteArray> qrPayload() const;
    // The payment link's QR code: the link's bytes, while the invoice has something due.
    Result<QByteArray> linkQrPayload() const;
    // Account holder, IBAN, BIC, bank, then the payment reference when the document has one.
    QList<QPair<QString, QString>> bankRows() const;
    // "RF36 INV2 0260 0042" or "+++020/2600/04222+++"; empty when the document has none.
    QString printedReference() const;
    // The late-payment mentions of the document's LatePaymentTerms, in its language.
    QStringList latePaymentMentions() const;

private:
    QString remittanceText() const;

    const RenderContext &m_context;
};
