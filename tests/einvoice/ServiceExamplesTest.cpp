// The official examples rebuilt through Facturo's services: for each example, a draft is made
// with DraftService from the example's document terms and lines, posted by PostingService (the
// e-invoice check of the customer's format runs), exported by EInvoiceService in the example's
// format and read back; every term Facturo makes from what the clerk typed is compared with the
// example, value by value. The parties are Facturo's own (a seller and a customer set up as the
// format requires: the examples' identifiers are fictitious and Facturo's checks refuse them),
// and the number and dates are the ones posting gives: neither is compared. What an example
// states that a Facturo document cannot is listed below for each example, never skipped quietly.
#include "EInvoiceArithmetic.h"
#include "EInvoiceReader.h"
#include "EInvoiceService.h"
#include "SchemaCheck.h"
#include "TestDatabase.h"
#include "TestResults.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
std::string joined(const QStringList &items)
{
    return items.join(QLatin1Char('\n')).toStdString();
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

struct Example
{
    const char *file;
    EInvoiceFormat format;
    QStringList notMade; // what the example states and a Facturo document cannot
};

TaxCategory categoryOf(const QString &code)
{
    if (code == QLatin1String("Z"))
        return TaxCategory::Zero;
    if (code == QLatin1String("E"))
        return TaxCategory::Exempt;
    if (code == QLatin1String("AE"))
        return TaxCategory::ReverseCharge;
    if (code == QLatin1String("K"))
        return TaxCategory::IntraCommunity;
    if (code == QLatin1String("G"))
        return TaxCategory::Export;
    if (code == QLatin1String("O"))
        return TaxCategory::OutOfScope;
    return TaxCategory::Standard;
}

PaymentMeans meansOf(const QString &code)
{
    if (code == QLatin1String("48") || code == QLatin1String("54") || code == QLatin1String("55"))
        return PaymentMeans::Card;
    if (code == QLatin1String("10"))
        return PaymentMeans::Cash;
    if (code == QLatin1String("20"))
        return PaymentMeans::Cheque;
    if (code == QLatin1String("49") || code == QLatin1String("59"))
        return PaymentMeans::DirectDebit;
    return PaymentMeans::CreditTransfer;
}

// The draft's lines from the example's; what cannot be made is named in `notMade`.
QList<DocumentLine> linesOf(const EInvoice &e, QStringList &notMade)
{
    QList<DocumentLine> lines;
    for (const EInvoiceLine &l : e.lines) {
        DocumentLine line;
        line.description = l.itemName;
        line.quantity = l.quantity;
        line.unitCode = l.unitCode;
        line.unitPrice = l.price;
        line.taxCategory = categoryOf(l.vatCategory);
        line.taxRate = l.vatRate;
        for (const EInvoiceVatBreakdown &row : e.vat) {
            if (row.category == l.vatCategory && row.rate == l.vatRate) {
                line.exemptionReason = row.exemptionReason;
                line.vatexCode = row.exemptionCode;
            }
        }
        if (line.taxCategory == TaxCategory::Exempt && line.exemptionReason.isEmpty())
            line.exemptionReason = line.vatexCode;
        if (!l.baseQuantity.isZero() && l.baseQuantity != Quantity::fromInteger(1))
            notMade << QStringLiteral("BT-149 price base quantity %1").arg(l.baseQuantity.toString());
        for (const EInvoiceAllowanceCharge &ac : l.allowanceCharges) {
            if (!ac.charge && ac.hasPercent && line.discount.isZero())
                line.discount = ac.percent;
            else
                notMade << QStringLiteral("BG-%1 line %2 without a percentage")
                               .arg(ac.charge ? 28 : 27)
                               .arg(ac.charge ? QStringLiteral("charge") : QStringLiteral("allowance"));
        }
        if (EInvoiceArithmetic::expectedLineNet(l) != l.net)
            notMade << QStringLiteral("BT-131 a line amount that is not quantity × price − allowances");
        if (!l.description.isEmpty())
            notMade << QStringLiteral("BT-154 item description beside the name");
        if (!l.note.isEmpty())
            notMade << QStringLiteral("BT-127 line note");
        lines << line;
    }
    if (!e.allowanceCharges.isEmpty())
        notMade << QStringLiteral("BG-20/21 document allowances and charges");
    if (e.totals.paid != 0)
        notMade << QStringLiteral("BT-113 paid amount");
    if (e.totals.rounding != 0)
        notMade << QStringLiteral("BT-114 rounding amount");
    notMade.removeDuplicates();
    notMade.sort();
    return lines;
}
} // namespace

TEST_CASE("the official examples are rebuilt through the services and compared term by term", "[examples]")
{
    const QList<Example> examples = {
        {"ubl-tc434-example1.xml", EInvoiceFormat::En16931Ubl,
            list({"BT-131 a line amount that is not quantity × price − allowances"})},
        {"ubl-tc434-example4.xml", EInvoiceFormat::En16931Ubl, list({"BT-154 item description beside the name"})},
        {"CII_example1.xml", EInvoiceFormat::En16931Cii,
            list({"BT-131 a line amount that is not quantity × price − allowances"})},
        {"CII_example4.xml", EInvoiceFormat::En16931Cii, list({"BT-154 item description beside the name"})},
        {"peppol-base-example.xml", EInvoiceFormat::Peppol,
            list({"BG-20/21 document allowances and charges", "BT-154 item description beside the name"})},
        {"xrechnung-01.01a-INVOICE_ubl.xml", EInvoiceFormat::XRechnungUbl,
            list({"BT-127 line note", "BT-154 item description beside the name"})},
        {"xrechnung-01.01a-INVOICE_uncefact.xml", EInvoiceFormat::XRechnungCii,
            list({"BT-127 line note", "BT-154 item description beside the name"})},
    };
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const Example &example : examples) {
        INFO(example.file);
        QFile file(QStringLiteral(FACTURO_EINVOICE_DIR "/examples/") + QString::fromUtf8(example.file));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const EInvoice e = EInvoiceReader::read(file.readAll()).invoice;
        REQUIRE_FALSE(e.lines.isEmpty());

        TestLedger t;
        CompanySettings company = need(t->context().company.load());
        company.currency = e.currency;
        company.endpoint = need(ElectronicAddress::parse(QStringLiteral("0009:12345678200010")));
        company.legalRegistration = {QStringLiteral("0002"), QStringLiteral("123456782")};
        company.contactName = QStringLiteral("Marie Laurent");
        company.contactPhone = QStringLiteral("+33 4 72 00 00 00");
        company.contactEmail = QStringLiteral("billing@climatec.example");
        need(t->settings().saveCompany(company));
        Customer c;
        c.name = QStringLiteral("Stadtwerke Freiburg");
        c.postalAddress = {QStringLiteral("Fehrenbachallee 12"), {}, {}, QStringLiteral("79106"),
            QStringLiteral("Freiburg"), {}, QStringLiteral("DE"), QStringLiteral("Deutschland"), {}, false};
        c.vatId = QStringLiteral("DE142122102");
        c.einvoiceFormat = example.format;
        c.endpoint = need(ElectronicAddress::parse(QStringLiteral("0204:08311000-GM2026-64")));
        c.buyerReference = e.buyerReference; // the draft takes it
        const qint64 customer = need(t->customers().add(c));

        QStringList notMade;
        Document header;
        header.orderReference = e.orderReference;
        header.paymentMeans = meansOf(e.payment.meansCode);
        const QList<DocumentLine> lines = linesOf(e, notMade);
        CHECK(joined(notMade) == joined(example.notMade));
        // What the document cannot state changes amounts: the amounts are then not compared.
        bool amountsDiffer = false;
        for (const QString &item : std::as_const(notMade))
            amountsDiffer = amountsDiffer || item.startsWith(QLatin1String("BG-2")) || item.startsWith(QLatin1String("BT-131"))
                || item.startsWith(QLatin1String("BT-149")) || item.startsWith(QLatin1String("BT-11"));
        const qint64 id = need(t->drafts().createInvoice(customer, header, lines));
        auto posted = t->posting().post(id);
        INFO(posted.message().toStdString());
        REQUIRE(posted.ok());
        const EInvoiceOutput out = need(EInvoiceService(t.ledger()).output(id, example.format, EInvoiceUse::Export));
        const QString path = dir.filePath(QString::fromUtf8(example.file));
        QFile saved(path);
        REQUIRE(saved.open(QIODevice::WriteOnly));
        saved.write(out.bytes);
        saved.close();
        const bool ubl = example.format == EInvoiceFormat::En16931Ubl || example.format == EInvoiceFormat::Peppol
            || example.format == EInvoiceFormat::XRechnungUbl;
        CHECK(joined(SchemaCheck::failures(SchemaCheck::xsdFor(ubl, false), {path})).empty());
        const EInvoice r = EInvoiceReader::read(out.bytes).invoice;

        // Value by value: the document terms the clerk gives, every line, the VAT breakdown and
        // the totals (when nothing the document cannot state changes an amount).
        QStringList expected, rebuilt;
        const auto term = [](QStringList &to, const QString &name, const QString &value) { to << name + QStringLiteral(" = ") + value; };
        for (const auto &[from, to] : {std::pair {&e, &expected}, std::pair {&r, &rebuilt}}) {
            term(*to, QStringLiteral("BT-5"), from->currency);
            term(*to, QStringLiteral("BT-10"), from->buyerReference.isEmpty() ? QString() : from->buyerReference);
            term(*to, QStringLiteral("BT-13"), from->orderReference);
            for (const EInvoiceLine &l : from->lines) {
                const QString n = QStringLiteral("line %1 ").arg(&l - from->lines.data() + 1);
                term(*to, n + QStringLiteral("BT-129"), l.quantity.toString());
                term(*to, n + QStringLiteral("BT-130"), l.unitCode);
                term(*to, n + QStringLiteral("BT-146"), l.price.toString());
                term(*to, n + QStringLiteral("BT-151"), l.vatCategory);
                term(*to, n + QStringLiteral("BT-152"), l.vatRate.toString());
                term(*to, n + QStringLiteral("BT-153"), l.itemName);
                if (!amountsDiffer)
                    term(*to, n + QStringLiteral("BT-131"), QString::number(l.net));
            }
            for (const EInvoiceVatBreakdown &row : from->vat) {
                const QString n = QStringLiteral("VAT %1 %2 ").arg(row.category, row.rate.toString());
                if (!amountsDiffer) {
                    term(*to, n + QStringLiteral("BT-116"), QString::number(row.taxable));
                    term(*to, n + QStringLiteral("BT-117"), QString::number(row.tax));
                }
                term(*to, n + QStringLiteral("BT-121"), row.exemptionCode);
            }
            if (!amountsDiffer) {
                term(*to, QStringLiteral("BT-106"), QString::number(from->totals.lineNets));
                term(*to, QStringLiteral("BT-109"), QString::number(from->totals.withoutVat));
                term(*to, QStringLiteral("BT-110"), QString::number(from->totals.vat));
                term(*to, QStringLiteral("BT-112"), QString::number(from->totals.withVat));
            }
        }
        CHECK(expected.size() > 3 + 6 * e.lines.size());
        for (qsizetype i = 0; i < std::max(expected.size(), rebuilt.size()); ++i)
            CHECK(rebuilt.value(i).toStdString() == expected.value(i).toStdString());
    }
}
