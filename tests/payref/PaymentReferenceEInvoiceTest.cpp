// The frozen payment reference as the e-invoice's remittance information (BT-83: UBL
// cac:PaymentMeans/cbc:PaymentID, CII ram:SpecifiedTradeSettlementPaymentMeans' sibling
// ram:PaymentReference) in every format, schema-valid; and in the mail text.
#include "EInvoiceService.h"
#include "MailTemplates.h"
#include "PaymentLink.h"
#include "PaymentReference.h"
#include "SchemaCheck.h"
#include "TestDatabase.h"
#include "TestResults.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {
const EInvoiceFormat AllFormats[] = {EInvoiceFormat::En16931Ubl, EInvoiceFormat::En16931Cii, EInvoiceFormat::Peppol,
    EInvoiceFormat::XRechnungUbl, EInvoiceFormat::XRechnungCii, EInvoiceFormat::FacturX};

bool isUbl(EInvoiceFormat f)
{
    return f == EInvoiceFormat::En16931Ubl || f == EInvoiceFormat::Peppol || f == EInvoiceFormat::XRechnungUbl;
}

void completeSeller(TestLedger &t, const QString &referenceKind)
{
    CompanySettings c = need(t->context().company.load());
    c.endpoint = need(ElectronicAddress::parse(QStringLiteral("0009:12345678200010")));
    c.legalRegistration = {QStringLiteral("0002"), QStringLiteral("123456782")};
    c.contactName = QStringLiteral("Marie Laurent");
    c.contactPhone = QStringLiteral("+33 4 72 00 00 00");
    c.contactEmail = QStringLiteral("billing@climatec.example");
    c.paymentReferenceKind = referenceKind;
    need(t->settings().saveCompany(c));
}

qint64 customerFor(TestLedger &t, EInvoiceFormat format)
{
    Customer c;
    c.name = QStringLiteral("Stadtwerke Freiburg");
    c.postalAddress.line1 = QStringLiteral("Fehrenbachallee 12");
    c.postalAddress.postcode = QStringLiteral("79106");
    c.postalAddress.city = QStringLiteral("Freiburg im Breisgau");
    c.postalAddress.countryCode = QStringLiteral("DE");
    c.postalAddress.countryLine = QStringLiteral("Deutschland");
    c.vatId = QStringLiteral("DE142122102");
    c.language = QStringLiteral("de");
    c.einvoiceFormat = format;
    c.endpoint = need(ElectronicAddress::parse(QStringLiteral("0204:08311000-GM2026-64")));
    c.buyerReference = QStringLiteral("08311000-GM2026-64");
    return need(t->customers().add(c));
}

// The texts of every element with this local name, in document order.
QStringList elementTexts(const QByteArray &xml, const QString &localName)
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == localName)
            texts.append(reader.readElementText());
    }
    REQUIRE_FALSE(reader.hasError());
    return texts;
}

QByteArray xmlOf(const QTemporaryDir &dir, EInvoiceFormat format, const QByteArray &bytes)
{
    if (format != EInvoiceFormat::FacturX)
        return bytes;
    const QString pdf = dir.filePath(QStringLiteral("fx.pdf"));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const QString xml = dir.filePath(QStringLiteral("factur-x.xml"));
    QFile::remove(xml);
    REQUIRE(runProgram(QStringLiteral("pdfdetach"),
                {QStringLiteral("-savefile"), QStringLiteral("factur-x.xml"), QStringLiteral("-o"), xml, pdf})
        == 0);
    QFile extracted(xml);
    REQUIRE(extracted.open(QIODevice::ReadOnly));
    return extracted.readAll();
}
} // namespace

TEST_CASE("the e-invoice's remittance information is the frozen payment reference, in every format", "[payref][schema]")
{
    QTemporaryDir dir;
    for (const QString &kind : {QStringLiteral("rf"), QStringLiteral("be")}) {
        for (EInvoiceFormat format : AllFormats) {
            INFO(kind.toStdString() << " " << EInvoiceFormats::key(format).toStdString());
            TestLedger t;
            completeSeller(t, kind);
            const qint64 invoice = need(t->drafts().createInvoice(customerFor(t, format)));
            need(t->drafts().addLine(
                invoice, makeLine(QStringLiteral("Wartung"), QStringLiteral("2"), QStringLiteral("80"))));
            need(t->posting().post(invoice));
            const Document posted = need(t->context().documents.find(invoice));
            const auto reference = PaymentReference::parse(posted.paymentReference);
            REQUIRE(reference.has_value());
            CHECK(reference->kind
                == (kind == QLatin1String("rf") ? PaymentReference::Kind::Creditor : PaymentReference::Kind::Belgian));
            const EInvoiceOutput out = need(EInvoiceService(t.ledger()).output(invoice, format, EInvoiceUse::Export));
            const QByteArray xml = xmlOf(dir, format, out.bytes);
            const QStringList remittance
                = elementTexts(xml, isUbl(format) ? QStringLiteral("PaymentID") : QStringLiteral("PaymentReference"));
            CHECK(remittance == QStringList {posted.paymentReference});
            const QString file = dir.filePath(EInvoiceFormats::key(format) + QStringLiteral(".xml"));
            QFile saved(file);
            REQUIRE(saved.open(QIODevice::WriteOnly | QIODevice::Truncate));
            saved.write(xml);
            saved.close();
            CHECK(SchemaCheck::failures(SchemaCheck::xsdFor(isUbl(format), false), {file})
                      .join(QLatin1Char('\n'))
                      .toStdString()
                == std::string());
        }
    }
}

TEST_CASE(
    "the mail text names the payment reference and the link, and leaves out the lines of what is absent", "[payref]")
{
    TestLedger t;
    const QString plain = t.postNew(QStringLiteral("100"));
    CompanySettings c = need(t->context().company.load());
    c.paymentLinkTemplate = QStringLiteral("https://pay.example.com/i/{number}?amount={due}");
    need(t->settings().saveCompany(c));
    const QString linked = t.postNew(QStringLiteral("100"));
    c = need(t->context().company.load());
    MailTemplates templates(t->context(), t->audit());
    for (const QString &language : MailTemplates::languages()) {
        INFO(language.toStdString());
        const MailTemplate builtIn = need(templates.load(MailKind::Invoice, language));
        need(MailTemplates::validate(builtIn));
        CHECK(builtIn.body.contains(QStringLiteral("{payment_reference}")));
        CHECK(builtIn.body.contains(QStringLiteral("{payment_link}")));

        Document d = need(t->context().documents.find(need(t->context().documents.idByNumber(linked)), false));
        d.language = language;
        const MailTemplate filled = MailTemplates::fill(builtIn, MailTemplates::placeholdersFor(d, c));
        CHECK(filled.body.contains(PaymentReference::parse(d.paymentReference)->printed()));
        CHECK(filled.body.contains(QStringLiteral("https://pay.example.com/i/%1?amount=120.00").arg(linked)));
        CHECK_FALSE(filled.body.contains(QLatin1Char('{')));

        // Once paid, no link; posted before the setting, none either.
        d.amountPaid = d.totalGross;
        const MailTemplate paid = MailTemplates::fill(builtIn, MailTemplates::placeholdersFor(d, c));
        CHECK_FALSE(paid.body.contains(QStringLiteral("https://")));
        CHECK(paid.body.contains(PaymentReference::parse(d.paymentReference)->printed()));
        Document old = need(t->context().documents.find(need(t->context().documents.idByNumber(plain)), false));
        old.language = language;
        old.paymentReference.clear(); // as an invoice posted before schema 14
        const MailTemplate before = MailTemplates::fill(builtIn, MailTemplates::placeholdersFor(old, c));
        CHECK_FALSE(before.body.contains(QLatin1Char('{')));
        CHECK(before.body.count(QLatin1Char('\n')) == filled.body.count(QLatin1Char('\n')) - 2);
    }
    // A clerk's own template may use them anywhere.
    const MailTemplate own {
        QStringLiteral("Invoice {number} ({payment_reference})"), QStringLiteral("Pay: {payment_link}\nThanks")};
    need(MailTemplates::validate(own));
}
