#pragma once

#include "Document.h"
#include "EInvoice.h"
#include "PartySnapshot.h"

#include <QCoreApplication>
#include <QDate>

// A Facturo document as an EN 16931 e-invoice (the plan of core/einvoice/README.md): the
// document's own columns (number, dates, references, payment means, lines) and its parties as
// frozen at posting (Document::snapshot, read by PartySnapshot). For a draft the caller passes
// the live parties (PartySnapshot::of), and the number and issue date posting would give it are
// stood in for, so that EInvoiceCheck names only what posting cannot fill.
//
// Lines: quantity, Rec 20 unit code, unit price, VAT category and rate; a discount becomes one
// line allowance (reason code 95) of round(quantity × price) − net, so the line nets and every
// total equal the ledger's. Exempt, reverse-charge, intra-EU, export and out-of-scope lines give
// their breakdown row its exemption reason and VATEX code. Remittance information (BT-83) = the
// structured payment reference frozen at posting, the number when the document has none.
// A document posted before schema 12 maps what its snapshot holds; EInvoiceCheck names the rest.
class EInvoiceMapper
{
    Q_DECLARE_TR_FUNCTIONS(EInvoiceMapper)
public:
    struct Credited
    {
        QString number; // BT-25
        QDate issueDate; // BT-26
    };

    // `amountPaid`: BT-113 (the amount paid when the e-invoice is made, as the PDF prints it).
    static EInvoice map(
        const Document &document, const PartySnapshot &parties, const Credited &credited = {}, qint64 amountPaid = 0);

    // The party as BG-4 / BG-7.
    static EInvoiceParty party(const PartySnapshot::Party &party);
};
