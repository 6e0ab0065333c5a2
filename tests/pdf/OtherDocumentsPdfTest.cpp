// Quotations, service-order reports and reminder letters from the ledger.

#include "DocumentFormatter.h"
#include "EpcQrPayload.h"
#include "LedgerPdfFixture.h"
#include "PrintedDocumentMapper.h"

#include <catch2/catch.hpp>

TEST_CASE("a sent quotation prints its number, validity, cover text, lines and totals")
{
    LedgerPdfFixture f;
    Quotation q;
    q.customerId = f.customerId;
    q.validUntil = QDate(2026, 4, 30);
    q.description = QStringLiteral("Replacement of the rooftop unit, as discussed on site.");
    q.printedNotes = QStringLiteral("Prices include disposal of the old unit.");
    q.lines << makeLine(QStringLiteral("Rooftop unit RTU-12"), QStringLiteral("1"), QStringLiteral("4200"))
            << makeLine(QStringLiteral("Installation"), QStringLiteral("16"), QStringLiteral("65"));
    const qint64 id = need(f.t->quotations().create(q));
    const ArchivedPdf draft = need(DocumentPdfService(f.t.ledger()).quotationPdf(id));
    CHECK(PdfTestSupport::rawText(f.write(draft)).contains(QStringLiteral("DRAFT")));

    const QString number = need(f.t->quotations().markSent(id));
    const ArchivedPdf sent = need(DocumentPdfService(f.t.ledger()).quotationPdf(id));
    CHECK(sent.fileName == number + QStringLiteral(".pdf"));
    const QString text = f.text(sent);
    INFO(str(text));
    const DocumentFormatter format(QStringLiteral("en_GB"), QStringLiteral("EUR"));
    for (const QString &expected :
        {QStringLiteral("Quotation"), number, QStringLiteral("This quotation is valid until 30/04/2026."),
            QStringLiteral("Replacement of the rooftop unit"), QStringLiteral("Prices include disposal"),
            QStringLiteral("Rooftop unit RTU-12"), QStringLiteral("Total net ") + format.money(524000),
            QStringLiteral("Total ") + format.money(628800)}) {
        INFO(str(expected));
        CHECK(text.contains(expected));
    }
    CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
    CHECK_FALSE(text.contains(QStringLiteral("Please pay")));
}

TEST_CASE("a service-order report prints the work, time, parts and the customer's sign-off with signature")
{
    LedgerPdfFixture f;
    ServiceOrder order;
    order.jobRef = QStringLiteral("JOB-2026-118");
    order.customerId = f.customerId;
    order.siteAddress = QStringLiteral("Harbour Café, 7 Quay Street\nBristol");
    order.description = QStringLiteral("Cold room alarm keeps going off.");
    order.report = QStringLiteral("Replaced the door seal and recalibrated the thermostat.");
    order.status = OrderStatus::InProgress;
    TimeEntry entry;
    entry.technician = QStringLiteral("Luc Moreau");
    entry.workDate = QDate(2026, 3, 9);
    entry.hours = Quantity::parse(QStringLiteral("1.5")).value();
    entry.hourlyRate = UnitPrice::fromInteger(65);
    order.timeEntries << entry;
    PartUsed part;
    part.description = QStringLiteral("Door seal 2 m");
    part.quantity = Quantity::fromInteger(2);
    part.unit = QStringLiteral("pcs");
    part.unitPrice = UnitPrice::parse(QStringLiteral("18.50")).value();
    part.taxRate = Percentage::fromInteger(20);
    order.parts << part;
    const qint64 id = need(f.t->orders().create(order));
    need(f.t->orders().signOff(id, QStringLiteral("Anna Baker"), LedgerPdfFixture::png(200, 80, Qt::black)));

    const ArchivedPdf report = need(DocumentPdfService(f.t.ledger()).serviceReportPdf(id));
    const QString path = f.write(report);
    const QString text = PdfTestSupport::flat(PdfTestSupport::text(path, true));
    INFO(str(text));
    const DocumentFormatter format(QStringLiteral("en_GB"), QStringLiteral("EUR"));
    for (const QString &expected : {QStringLiteral("Service report"), QStringLiteral("JOB-2026-118"),
             QStringLiteral("Cold room alarm"), QStringLiteral("Replaced the door seal"), QStringLiteral("Luc Moreau"),
             format.money(9750), QStringLiteral("Door seal 2 m"), format.money(3700), QStringLiteral("Anna Baker"),
             QStringLiteral("Harbour Café, 7 Quay Street")}) {
        INFO(str(expected));
        CHECK(text.contains(expected));
    }
    const QString images
        = QString::fromUtf8(PdfTestSupport::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}));
    CHECK(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() >= 3); // header lines + the signature
}

TEST_CASE("a reminder letter lists the customer's overdue invoices with what is due as of today")
{
    LedgerPdfFixture f;
    const qint64 first = f.postedSimple(QStringLiteral("100"));
    const qint64 second = f.postedSimple(QStringLiteral("250"));
    PaymentRequest payment;
    payment.documentId = second;
    payment.amount = 10000;
    need(f.t->payments().registerPayment(payment));
    f.t.clock().advanceDays(45); // due 2026-04-09, today 2026-04-24: 15 days overdue

    const PrintedDocument letter
        = need(PrintedDocumentMapper(f.t->context()).reminder(f.customerId, {first, second}, 2));
    REQUIRE(letter.overdueInvoices.size() == 2);
    CHECK(letter.overdueInvoices.at(0).daysOverdue == 15);
    CHECK(letter.overdueInvoices.at(1).amountDue == 30000 - 10000);
    CHECK(letter.issueDate == QDate(2026, 4, 24));
    CHECK(letter.customer.name == QStringLiteral("Harbour Café Ltd"));

    const ArchivedPdf pdf = need(DocumentPdfService(f.t.ledger()).reminderPdf(f.customerId, {first, second}, 2));
    const QString path = f.write(pdf);
    const QString text = PdfTestSupport::flat(PdfTestSupport::text(path, true));
    INFO(str(text));
    const DocumentFormatter format(QStringLiteral("en_GB"), QStringLiteral("EUR"));
    CHECK(text.contains(f.load(first).number));
    CHECK(text.contains(f.load(second).number));
    CHECK(text.contains(format.money(12000 + 20000)));
    CHECK(text.contains(QStringLiteral("Reminder no. 2")));
    const QByteArray expected
        = need(EpcQrPayload(QStringLiteral("Climatec Services SAS"), QStringLiteral("FR7630006000011234567890189"),
            QStringLiteral("AGRIFRPP"), 32000, f.load(first).number + QStringLiteral(", ") + f.load(second).number)
                   .payload());
    QByteArray decoded = f.pdf.decodeQr(path, 1);
    if (decoded.endsWith('\n'))
        decoded.chop(1);
    CHECK(decoded == expected);
}

TEST_CASE("a reminder refuses invoices of another customer, drafts and paid invoices")
{
    LedgerPdfFixture f;
    const qint64 mine = f.postedSimple();
    const qint64 theirs = f.postedSimple(QStringLiteral("100"), f.t.customerId());
    const qint64 draft = f.t.draftWith(
        {{QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("20")}}, f.customerId);
    const PrintedDocumentMapper mapper(f.t->context());
    CHECK_FALSE(mapper.reminder(f.customerId, {mine, theirs}, 1).ok());
    CHECK_FALSE(mapper.reminder(f.customerId, {draft}, 1).ok());
    CHECK_FALSE(mapper.reminder(f.customerId, {}, 1).ok());
    PaymentRequest payment;
    payment.documentId = mine;
    payment.amount = 12000;
    need(f.t->payments().registerPayment(payment));
    const auto paid = mapper.reminder(f.customerId, {mine}, 1);
    REQUIRE_FALSE(paid.ok());
    CHECK(paid.message().contains(f.load(mine).number));
}
