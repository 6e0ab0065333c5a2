#include "TemplatePreviewSample.h"

#include "Currency.h"
#include "PrintedDocumentMapper.h"
#include "PrintedParties.h"

Result<PrintedDocument> TemplatePreviewSample::forLedger(LedgerContext &context)
{
    DocumentFilter filter;
    filter.type = DocumentType::Invoice;
    filter.statuses = {DocumentStatus::Posted, DocumentStatus::PartiallyPaid, DocumentStatus::Paid};
    auto latest = context.documents.list(filter, 0, 1);
    if (latest && !latest->isEmpty()) {
        auto printed = PrintedDocumentMapper(context).document(latest->first().id);
        if (printed)
            return printed;
    }
    auto company = context.company.load();
    if (!company)
        return company.error();
    return sample(company.value(), context.clock.today());
}

Result<PrintedDocument> TemplatePreviewSample::sample(const CompanySettings &company, const QDate &today)
{
    Customer customer;
    customer.name = tr("Example Customer Ltd");
    customer.billingAddress = tr("1 Example Street\n12345 Example City");
    PrintedDocument doc;
    doc.language = company.defaultLanguage.isEmpty() ? QStringLiteral("en") : company.defaultLanguage.left(2);
    doc.currency = company.currency.isEmpty() ? QStringLiteral("EUR") : company.currency;
    const PrintedParties parties = PrintedParties::live(company, customer, company.paymentTermsDays);
    doc.seller = parties.seller;
    if (doc.seller.name.isEmpty())
        doc.seller.name = tr("Your company");
    doc.customer = parties.customer;
    doc.bank = parties.bank;
    doc.number = tr("INV-SAMPLE");
    doc.issueDate = today;
    doc.serviceDate = today;
    doc.dueDate = today.addDays(company.paymentTermsDays);
    doc.paymentTerms = PrintedParties::paymentTermsText(company.paymentTermsDays, doc.language);
    doc.notes = tr("Thank you for your business.");
    const int digits = Currency::minorDigits(doc.currency);
    const struct
    {
        QString description;
        int quantity;
        int unitPrice;
        const char *unit;
    } lines[] = {{tr("Maintenance visit"), 2, 65, "h"}, {tr("Replacement filter"), 3, 18, "pcs"}};
    for (const auto &l : lines) {
        PrintedDocument::Line line;
        line.description = l.description;
        line.quantity = Quantity::fromInteger(l.quantity);
        line.unit = QString::fromLatin1(l.unit);
        line.unitPrice = UnitPrice::fromInteger(l.unitPrice);
        line.taxRate = Percentage::fromInteger(20);
        auto net = TaxCalculator::lineNet(line.quantity, line.unitPrice, line.discount, digits);
        if (!net)
            return net.error();
        line.net = net.value();
        doc.lines.append(line);
    }
    FACTURO_TRY(doc.computeTotals());
    return doc;
}
