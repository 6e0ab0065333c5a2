#pragma once

#include "EInvoice.h"

// The EN 16931 arithmetic of an e-invoice, written once for the writers' callers and the check:
// line amounts rounded half away from zero, VAT rounded once per category and rate (BR-CO-17),
// and the document totals of BR-CO-10 to BR-CO-16.
namespace EInvoiceArithmetic {

// round(quantity × price / base quantity) in minor units (a zero base quantity means 1).
qint64 lineGross(const EInvoiceLine &line);
// BT-131 as the line rule wants it: lineGross − line allowances + line charges.
qint64 expectedLineNet(const EInvoiceLine &line);
// BG-23 recomputed from the lines and the document allowances and charges, in order of first
// appearance; exemption reasons and codes are taken from `invoice.vat` rows of the same
// category and rate.
QList<EInvoiceVatBreakdown> vatBreakdown(const EInvoice &invoice);
// BG-22 recomputed from the lines, the allowances and charges and `breakdown`;
// paid (BT-113) and rounding (BT-114) are kept from `invoice.totals`.
EInvoiceTotals totals(const EInvoice &invoice, const QList<EInvoiceVatBreakdown> &breakdown);
// Fills every line net, the VAT breakdown and the totals from the lines.
void complete(EInvoice &invoice);

} // namespace EInvoiceArithmetic
