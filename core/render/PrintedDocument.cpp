#include "PrintedDocument.h"

#include "DocumentLabels.h"

qint64 PrintedDocument::amountDue() const
{
    switch (kind) {
    case Kind::Invoice: return totals.gross - amountPaid - amountCredited;
    case Kind::PaymentReminder: return overdueTotal();
    case Kind::CreditNote:
    case Kind::Quotation:
    case Kind::ServiceOrderReport: return 0;
    }
    return 0;
}

qint64 PrintedDocument::overdueTotal() const
{
    qint64 total = 0;
    for (const OverdueInvoice &invoice : overdueInvoices)
        total += invoice.amountDue;
    return total;
}

Status PrintedDocument::computeTotals()
{
    TaxCalculator calculator(0); // digits only matter for addLine; the nets are given
    for (int i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        const Status added = calculator.addNet(line.net, line.taxCategory, line.taxRate, line.exemptionReason);
        if (!added)
            return added.error().prefixed(tr("Line %1").arg(i + 1));
    }
    auto computed = calculator.totals();
    if (!computed)
        return computed.error();
    totals = std::move(computed).value();
    return {};
}

Status PrintedDocument::validate() const
{
    if (!DocumentLabels::isSupported(language))
        return Error::invalid(tr("documents can be printed in English, French or German, not \"%1\"").arg(language));
    if (currency.trimmed().isEmpty())
        return Error::invalid(tr("the document has no currency"));
    if (!issueDate.isValid())
        return Error::invalid(tr("the document has no issue date"));
    const bool hasLines = kind == Kind::Invoice || kind == Kind::CreditNote || kind == Kind::Quotation;
    if ((kind == Kind::Invoice || kind == Kind::CreditNote) && !draft && number.trimmed().isEmpty())
        return Error::invalid(tr("a posted document needs its number"));
    if (kind == Kind::CreditNote && creditedInvoiceNumber.trimmed().isEmpty())
        return Error::invalid(tr("a credit note must name the invoice it credits"));
    if (kind == Kind::PaymentReminder && overdueInvoices.isEmpty())
        return Error::invalid(tr("a payment reminder lists at least one overdue invoice"));
    if (!hasLines)
        return {};

    qint64 linesNet = 0;
    for (const Line &line : lines)
        linesNet += line.net;
    qint64 bases = 0;
    qint64 taxes = 0;
    for (const TaxSubtotal &subtotal : totals.subtotals) {
        bases += subtotal.base;
        taxes += subtotal.tax;
        if (subtotal.category == TaxCategory::Exempt && subtotal.exemptionReason.trimmed().isEmpty())
            return Error::invalid(tr("an exempt tax breakdown needs its exemption reason"));
    }
    if (linesNet != totals.net || bases != totals.net || taxes != totals.tax
        || totals.gross != totals.net + totals.tax)
        return Error::invalid(tr("the document totals do not match its lines"));
    return {};
}
