#pragma once

#include "FixedDecimal.h"
#include "LineKind.h"
#include "TaxCategory.h"

#include <QString>

// One line of an invoice, credit note or quotation.
struct DocumentLine
{
    qint64 id = 0;
    int position = 0;
    LineKind kind = LineKind::Other;
    QString description;
    Quantity quantity = Quantity::fromInteger(1);
    QString unit;
    QString unitCode; // UN/ECE Rec 20 (BT-130); empty in a new line = from the unit text (UnitCodes)
    UnitPrice unitPrice;
    Percentage discount;
    TaxCategory taxCategory = TaxCategory::Standard;
    Percentage taxRate;
    QString exemptionReason;
    QString vatexCode; // BT-121, "VATEX-EU-IC", ...; defaulted for intra-EU supply, export, out of scope
    qint64 net = 0; // computed by the service, never by the caller
    qint64 catalogItemId = 0;
    qint64 sourceLineId = 0; // credit note line: the invoice line it credits
};
