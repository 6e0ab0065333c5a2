// PDFs of invoices and credit notes made through the ledger's services, read back with poppler.

#include "CreditorReference.h"
#include "Currency.h"
#include "DocumentFormatter.h"
#include "EpcQrPayload.h"
#include "LedgerPdfFixture.h"
#include "PrintedDocumentMapper.h"

#include <catch2/catch.hpp>

namespace {
// The totals recomputed here from the line inputs (not from what the ledger stored).
DocumentTotals expectedTotals(const Document &d)
{
    TaxCalculator calculator(Currency::minorDigits(d.currency));
    for (const DocumentLine &line : d.lines)
        REQUIRE(calculator
                    .addLine(line.quantity, line.unitPrice, line.discount, line.taxCategory, line.taxRate,
                        line.exemptionReason)
                    .ok());
    return calculator.totals().value();
}
} // namespace

TEST_CASE("a posted invoice made through the services prints every legal field of art. 226")
{
    LedgerPdfFixture f;
    const qint64 id = f.postedRich();
    const Document d = f.load(id);
    const QString text = f.text(f.pdfFor(id, PdfUse::Export));
    INFO(str(text));
    const QStringList required {QStringLiteral("Invoice"), d.number, QStringLiteral("Issue date 10/03/2026"),
        QStringLiteral("Date of supply 06/03/2026"), QStringLiteral("Due date 09/04/2026"),
        QStringLiteral("Your reference PO-4711"), QStringLiteral("Climatec Services SAS"),
        QStringLiteral("12 rue des Artisans"), QStringLiteral("69003 Lyon"), QStringLiteral("VAT ID FR32123456789"),
        QStringLiteral("RCS Lyon 123 456 789"), QStringLiteral("billing@climatec.example"),
        QStringLiteral("Harbour Café Ltd"), QStringLiteral("7 Quay Street"), QStringLiteral("Bristol BS1 4DJ"),
        QStringLiteral("VAT ID GB980780684"), QStringLiteral("Payment terms: Net 30 days"),
        QStringLiteral("FR76 3000 6000 0112 3456 7890 189"), QStringLiteral("AGRIFRPP"),
        QStringLiteral("Crédit Agricole"), QStringLiteral("Thank you for your business."),
        QStringLiteral("Page 1 of 1"), QStringLiteral("VAT exemption: Article 261-4-4° CGI (vocational training)"),
        QStringLiteral("Reverse charge: VAT to be accounted for by the customer (Article 196, Directive 2006/112/EC)"),
        QStringLiteral("Boiler service, labour"), QStringLiteral("Replacement filter"),
        QStringLiteral("Safety training course"), QStringLiteral("Remote diagnostics")};
    for (const QString &field : required) {
        INFO(str(field));
        CHECK(text.contains(field));
    }
    CHECK_FALSE(text.contains(QStringLiteral("parking"))); // internal notes are never printed
    CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
}

TEST_CASE("a ledger invoice prints its lines, VAT breakdown, totals, paid and due exactly")
{
    LedgerPdfFixture f;
    const qint64 id = f.postedRich();
    const Document posted = f.load(id);
    const DocumentTotals totals = expectedTotals(posted);
    REQUIRE(posted.totalGross == totals.gross);
    PaymentRequest payment;
    payment.documentId = id;
    payment.amount = 10000;
    need(f.t->payments().registerPayment(payment));

    const QString text = f.text(f.pdfFor(id, PdfUse::Preview));
    INFO(str(text));
    const DocumentFormatter format(QStringLiteral("en_GB"), QStringLiteral("EUR"));
    CHECK(text.contains(QStringLiteral("2.5 h €65.00 10% 20% ") + format.money(14625)));
    CHECK(text.contains(QStringLiteral("3 pcs €12.3456 10% ") + format.money(3704)));
    for (const TaxSubtotal &subtotal : totals.subtotals) {
        INFO(str(format.percent(subtotal.rate)) << " " << subtotal.base << " " << subtotal.tax);
        CHECK(text.contains(format.money(subtotal.base) + QLatin1Char(' ') + format.money(subtotal.tax)));
    }
    CHECK(text.contains(QStringLiteral("Total net ") + format.money(totals.net)));
    CHECK(text.contains(QStringLiteral("Total VAT ") + format.money(totals.tax)));
    CHECK(text.contains(QStringLiteral("Total ") + format.money(totals.gross)));
    CHECK(text.contains(QStringLiteral("Paid ") + format.money(-10000)));
    CHECK(text.contains(QStringLiteral("Amount due ") + format.money(totals.gross - 10000)));
    // Quoting the structured payment reference frozen at posting (ISO 11649, printed in fours).
    REQUIRE(CreditorReference::isValid(posted.paymentReference));
    CHECK(text.contains(QStringLiteral("Please pay %1 by 09/04/2026, quoting %2.")
                            .arg(format.money(totals.gross - 10000), CreditorReference::printed(posted.paymentReference))));
}

TEST_CASE("a ledger invoice's PDF embeds its fonts and is titled by its number")
{
    LedgerPdfFixture f;
    const qint64 id = f.postedSimple();
    const ArchivedPdf file = f.pdfFor(id, PdfUse::Export);
    const QString path = f.write(file);
    const QString fonts = PdfTestSupport::fonts(path);
    INFO(str(fonts));
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(rows.isEmpty());
    for (const QString &row : rows)
        CHECK(row.simplified().split(QLatin1Char(' ')).value(row.simplified().split(QLatin1Char(' ')).size() - 5)
            == QLatin1String("yes"));
    CHECK(PdfTestSupport::info(path).contains(f.load(id).number));
    CHECK(file.fileName == f.load(id).number + QStringLiteral(".pdf"));
}

TEST_CASE("the QR code of a ledger invoice decodes to the EPC payload of the amount due")
{
    LedgerPdfFixture f;
    const qint64 id = f.postedSimple(QStringLiteral("250"));
    PaymentRequest payment;
    payment.documentId = id;
    payment.amount = 5000;
    need(f.t->payments().registerPayment(payment));
    const Document d = f.load(id);
    const QString path = f.write(f.pdfFor(id, PdfUse::Export));
    const QByteArray expected = need(EpcQrPayload(QStringLiteral("Climatec Services SAS"),
        QStringLiteral("FR76 3000 6000 0112 3456 7890 189"), QStringLiteral("AGRIFRPP"), d.amountDue(), QString())
                                         .setStructuredReference(d.paymentReference)
                                         .payload());
    REQUIRE(d.amountDue() == 30000 - 5000);
    QByteArray decoded = f.pdf.decodeQr(path, 1);
    if (decoded.endsWith('\n') && !expected.endsWith('\n'))
        decoded.chop(1);
    CHECK(decoded == expected);
}

TEST_CASE("a posted invoice prints its frozen customer and seller, a draft the live ones")
{
    LedgerPdfFixture f;
    const qint64 posted = f.postedSimple();
    const qint64 draft = f.t.draftWith(
        {{QStringLiteral("Follow-up visit"), QStringLiteral("1"), QStringLiteral("90"), QStringLiteral("20")}},
        f.customerId);
    Customer edited = need(f.t->context().customers.find(f.customerId));
    edited.name = QStringLiteral("Harbour Coffee Group plc");
    edited.billingAddress = QStringLiteral("99 New Road\nLondon E1 1AA");
    need(f.t->customers().update(edited));
    CompanySettings company = need(f.t->context().company.load());
    company.name = QStringLiteral("Climatec Renamed SA");
    need(f.t->settings().saveCompany(company));

    const QString postedText = f.text(f.pdfFor(posted, PdfUse::Preview));
    CHECK(postedText.contains(QStringLiteral("Harbour Café Ltd")));
    CHECK(postedText.contains(QStringLiteral("7 Quay Street")));
    CHECK(postedText.contains(QStringLiteral("Climatec Services SAS")));
    CHECK_FALSE(postedText.contains(QStringLiteral("Harbour Coffee")));
    CHECK_FALSE(postedText.contains(QStringLiteral("Renamed")));

    const QString draftText = f.text(f.pdfFor(draft, PdfUse::Preview));
    CHECK(draftText.contains(QStringLiteral("Harbour Coffee Group plc")));
    CHECK(draftText.contains(QStringLiteral("99 New Road")));
    CHECK(draftText.contains(QStringLiteral("Climatec Renamed SA")));
}

TEST_CASE("a draft says DRAFT, is dated today and is never archived")
{
    LedgerPdfFixture f;
    const qint64 draft = f.richDraft();
    for (PdfUse use : {PdfUse::Preview, PdfUse::Print, PdfUse::Export, PdfUse::Send}) {
        const ArchivedPdf file = f.pdfFor(draft, use);
        CHECK_FALSE(file.fromArchive);
        CHECK(file.fileName == QStringLiteral("Draft-invoice-%1.pdf").arg(draft));
    }
    const ArchivedPdf file = f.pdfFor(draft, PdfUse::Export);
    const QString path = f.write(file);
    CHECK(PdfTestSupport::rawText(path).contains(QStringLiteral("DRAFT")));
    const QString text = PdfTestSupport::flat(PdfTestSupport::text(path, true));
    CHECK(text.contains(QStringLiteral("Issue date 10/03/2026")));
    CHECK(text.contains(QStringLiteral("Due date 09/04/2026")));
    CHECK(f.archiveRows() == 0);
    CHECK_FALSE(need(DocumentPdfService(f.t.ledger()).archived(draft)).has_value());
    // Printing and exporting a draft are still recorded.
    const QStringList actions = f.actions(draft);
    CHECK(actions.count(QStringLiteral("print")) == 1);
    CHECK(actions.count(QStringLiteral("export")) == 2);
}

TEST_CASE("a posted credit note names the invoice it credits, its date and the reason")
{
    LedgerPdfFixture f;
    const qint64 invoice = f.postedSimple(QStringLiteral("300"));
    const qint64 note
        = need(f.t->creditNotes().createDraft(invoice, QStringLiteral("Visit cancelled by the customer")));
    const QString draftText = f.text(f.pdfFor(note, PdfUse::Preview));
    CHECK(draftText.contains(
        QStringLiteral("This credit note refers to invoice %1 of 10/03/2026.").arg(f.load(invoice).number)));
    need(f.t->posting().post(note));
    const Document posted = f.load(note);
    const ArchivedPdf file = f.pdfFor(note, PdfUse::Export);
    const QString text = f.text(file);
    INFO(str(text));
    CHECK(text.contains(QStringLiteral("Credit note")));
    CHECK(text.contains(posted.number));
    CHECK(text.contains(
        QStringLiteral("This credit note refers to invoice %1 of 10/03/2026.").arg(f.load(invoice).number)));
    CHECK(text.contains(QStringLiteral("Visit cancelled by the customer")));
    CHECK(file.fileName == posted.number + QStringLiteral(".pdf"));
    CHECK(f.actions(note, QStringLiteral("credit_note")).contains(QStringLiteral("export")));
}

TEST_CASE("the mapper refuses a posted document whose frozen copy cannot be read")
{
    LedgerPdfFixture f;
    Document d = f.load(f.postedSimple());
    d.snapshot = QStringLiteral("{not json");
    const auto printed = PrintedDocumentMapper(f.t->context()).document(d);
    REQUIRE_FALSE(printed.ok());
    CHECK(printed.message().contains(d.number));
}
