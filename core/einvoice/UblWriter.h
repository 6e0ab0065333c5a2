#pragma once

#include "EInvoice.h"
#include "EInvoiceProfile.h"

#include <QByteArray>

class QXmlStreamWriter;

// Writes an EN 16931 document as an OASIS UBL 2.1 Invoice (BT-3 380) or CreditNote (381),
// in the profile's CIUS (EN 16931 core, Peppol BIS 3, XRechnung). Amounts come from the
// integers; what the model leaves empty is left out of the file.
class UblWriter
{
public:
    explicit UblWriter(EInvoiceProfile profile)
        : m_profile(std::move(profile))
    { }

    QByteArray write(const EInvoice &invoice) const;

private:
    void writeParty(QXmlStreamWriter &xml, const EInvoiceParty &party, const QString &creditorId) const;
    void writeAddress(QXmlStreamWriter &xml, const QString &element, const EInvoiceAddress &address) const;
    void writeDelivery(QXmlStreamWriter &xml, const EInvoice &invoice) const;
    void writePayment(QXmlStreamWriter &xml, const EInvoice &invoice) const;
    void writeAllowanceCharge(QXmlStreamWriter &xml, const EInvoiceAllowanceCharge &ac, bool documentLevel) const;
    void writeTaxCategory(QXmlStreamWriter &xml, const QString &element, const QString &category, Percentage rate,
        const QString &exemptionCode = {}, const QString &exemptionReason = {}, bool alwaysRate = false) const;
    void writeTotals(QXmlStreamWriter &xml, const EInvoice &invoice) const;
    void writeLine(QXmlStreamWriter &xml, const EInvoice &invoice, const EInvoiceLine &line) const;
    void writeAmount(QXmlStreamWriter &xml, const QString &element, qint64 minor) const;

    EInvoiceProfile m_profile;
    mutable QString m_currency;
};
