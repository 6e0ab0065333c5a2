#pragma once

#include "EInvoice.h"
#include "EInvoiceProfile.h"

#include <QByteArray>

class QXmlStreamWriter;

// Writes an EN 16931 document as a UN/CEFACT Cross Industry Invoice D16B (the syntax of
// Factur-X / ZUGFeRD and of XRechnung CII), in the profile's guideline. Invoices and credit
// notes share the structure; BT-3 tells them apart.
class CiiWriter
{
public:
    explicit CiiWriter(EInvoiceProfile profile)
        : m_profile(std::move(profile))
    { }

    QByteArray write(const EInvoice &invoice) const;

private:
    void writeLine(QXmlStreamWriter &xml, const EInvoiceLine &line) const;
    void writeAgreement(QXmlStreamWriter &xml, const EInvoice &invoice) const;
    void writeParty(QXmlStreamWriter &xml, const QString &element, const EInvoiceParty &party) const;
    void writeAddress(QXmlStreamWriter &xml, const EInvoiceAddress &address) const;
    void writeDelivery(QXmlStreamWriter &xml, const EInvoice &invoice) const;
    void writeSettlement(QXmlStreamWriter &xml, const EInvoice &invoice) const;
    void writeAllowanceCharge(QXmlStreamWriter &xml, const EInvoiceAllowanceCharge &ac, bool documentLevel) const;
    void writeDate(QXmlStreamWriter &xml, const QString &element, const QDate &date,
        const QString &dataType = QStringLiteral("udt")) const;

    EInvoiceProfile m_profile;
};
