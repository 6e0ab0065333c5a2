#include "EInvoiceArithmetic.h"

#include "Rounding.h"
#include "TaxCalculator.h"

namespace EInvoiceArithmetic {

qint64 lineGross(const EInvoiceLine &line)
{
    // quantity (10^3) × price (10^4) / base quantity (10^3) → minor units (10^2).
    const Int128 base = line.baseQuantity.isZero() ? Quantity::one() : line.baseQuantity.scaled();
    const Int128 numerator = Int128(line.quantity.scaled()) * line.price.scaled() * 100;
    const Int128 divisor = base * UnitPrice::one();
    const Int128 value
        = divisor < 0 ? roundHalfAwayFromZero(-numerator, -divisor) : roundHalfAwayFromZero(numerator, divisor);
    return static_cast<qint64>(value);
}

qint64 expectedLineNet(const EInvoiceLine &line)
{
    qint64 net = lineGross(line);
    for (const EInvoiceAllowanceCharge &ac : line.allowanceCharges)
        net += ac.charge ? ac.amount : -ac.amount;
    return net;
}

namespace {
EInvoiceVatBreakdown &rowFor(
    QList<EInvoiceVatBreakdown> &rows, const EInvoice &invoice, const QString &category, Percentage rate)
{
    const Percentage effective = EInvoiceVat::hasRate(category) ? rate : Percentage();
    for (EInvoiceVatBreakdown &row : rows) {
        if (row.category == category && row.rate == effective)
            return row;
    }
    EInvoiceVatBreakdown row;
    row.category = category;
    row.rate = effective;
    for (const EInvoiceVatBreakdown &given : invoice.vat) {
        if (given.category == category && given.rate == effective) {
            row.exemptionReason = given.exemptionReason;
            row.exemptionCode = given.exemptionCode;
            break;
        }
    }
    rows.append(row);
    return rows.last();
}
} // namespace

QList<EInvoiceVatBreakdown> vatBreakdown(const EInvoice &invoice)
{
    QList<EInvoiceVatBreakdown> rows;
    for (const EInvoiceLine &line : invoice.lines)
        rowFor(rows, invoice, line.vatCategory, line.vatRate).taxable += line.net;
    for (const EInvoiceAllowanceCharge &ac : invoice.allowanceCharges)
        rowFor(rows, invoice, ac.vatCategory, ac.vatRate).taxable += ac.charge ? ac.amount : -ac.amount;
    for (EInvoiceVatBreakdown &row : rows)
        row.tax = TaxCalculator::taxOn(row.taxable, row.rate);
    return rows;
}

EInvoiceTotals totals(const EInvoice &invoice, const QList<EInvoiceVatBreakdown> &breakdown)
{
    EInvoiceTotals t;
    for (const EInvoiceLine &line : invoice.lines)
        t.lineNets += line.net; // BR-CO-10
    for (const EInvoiceAllowanceCharge &ac : invoice.allowanceCharges)
        (ac.charge ? t.charges : t.allowances) += ac.amount; // BR-CO-11, BR-CO-12
    t.withoutVat = t.lineNets - t.allowances + t.charges; // BR-CO-13
    for (const EInvoiceVatBreakdown &row : breakdown)
        t.vat += row.tax; // BR-CO-14
    t.withVat = t.withoutVat + t.vat; // BR-CO-15
    t.paid = invoice.totals.paid;
    t.rounding = invoice.totals.rounding;
    t.payable = t.withVat - t.paid + t.rounding; // BR-CO-16
    return t;
}

void complete(EInvoice &invoice)
{
    for (EInvoiceLine &line : invoice.lines)
        line.net = expectedLineNet(line);
    invoice.vat = vatBreakdown(invoice);
    invoice.totals = totals(invoice, invoice.vat);
}

} // namespace EInvoiceArithmetic
