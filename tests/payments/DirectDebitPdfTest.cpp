// The printed invoice of a direct-debit customer says it will be debited: the amount, the day, the
// masked account and the mandate, in a small block of the payment details that overlaps no other
// text (pdftotext -bbox-layout), and without the "please pay by transfer" sentence and QR code.

#include "CliCompany.h"
#include "PdfBoxes.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
QString cli(const QString &db, const QStringList &args)
{
    QString out, err;
    const int code = runProgram(
        QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), QStringList {QStringLiteral("--db"), db} + args, &out, &err);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << err.toStdString());
    REQUIRE(code == 0);
    return out.trimmed().split(QLatin1Char('\n')).value(0);
}

QString invoice(const QString &db, const QString &means)
{
    const QString draft = cli(db,
        {QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"), QStringLiteral("1"),
            QStringLiteral("--payment-means"), means});
    cli(db,
        {QStringLiteral("invoice"), QStringLiteral("add-line"), draft, QStringLiteral("--description"),
            QStringLiteral("Annual maintenance of the heat pump"), QStringLiteral("--quantity"), QStringLiteral("1"),
            QStringLiteral("--unit-price"), QStringLiteral("250"), QStringLiteral("--tax-rate"), QStringLiteral("20")});
    return cli(db, {QStringLiteral("invoice"), QStringLiteral("post"), draft});
}

QString text(const QString &pdf)
{
    QString out;
    REQUIRE(runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &out) == 0);
    return out.simplified();
}
} // namespace

TEST_CASE("the printed invoice says when and from which account it will be debited, over no other text")
{
    QTemporaryDir dir;
    const CliCompany company(dir.filePath(QStringLiteral("company.facturo")));
    const QString db = company.location();
    cli(db,
        {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec Services SAS"),
            QStringLiteral("--street"), QStringLiteral("12 rue des Artisans"), QStringLiteral("--postcode"),
            QStringLiteral("69003"), QStringLiteral("--city"), QStringLiteral("Lyon"), QStringLiteral("--country"),
            QStringLiteral("FR"), QStringLiteral("--vat-id"), QStringLiteral("FR32123456789"), QStringLiteral("--iban"),
            QStringLiteral("FR7630006000011234567890189"), QStringLiteral("--bic"), QStringLiteral("AGRIFRPP"),
            QStringLiteral("--manager"), QStringLiteral("marie")});
    cli(db,
        {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Hôtel du Parc"),
            QStringLiteral("--street"), QStringLiteral("1 avenue du Parc"), QStringLiteral("--postcode"),
            QStringLiteral("75001"), QStringLiteral("--city"), QStringLiteral("Paris"), QStringLiteral("--country"),
            QStringLiteral("FR"), QStringLiteral("--vat-id"), QStringLiteral("FR15345678901")});
    cli(db,
        {QStringLiteral("settings"), QStringLiteral("company"), QStringLiteral("--creditor-id"),
            QStringLiteral("FR72ZZZ123456")});
    cli(db,
        {QStringLiteral("mandate"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--reference"),
            QStringLiteral("UMR-HOTEL-2026-01"), QStringLiteral("--signed"), QStringLiteral("2026-01-15"),
            QStringLiteral("--iban"), QStringLiteral("DE89370400440532013000")});
    const QString debited = invoice(db, QStringLiteral("direct-debit"));
    const QString transfer = invoice(db, QStringLiteral("credit-transfer"));
    const QString debitedPdf = dir.filePath(QStringLiteral("debited.pdf"));
    const QString transferPdf = dir.filePath(QStringLiteral("transfer.pdf"));
    cli(db, {QStringLiteral("invoice"), QStringLiteral("pdf"), debited, QStringLiteral("--out"), debitedPdf});
    cli(db, {QStringLiteral("invoice"), QStringLiteral("pdf"), transfer, QStringLiteral("--out"), transferPdf});

    const QString printed = text(debitedPdf);
    INFO(printed.toStdString());
    CHECK(printed.contains(QStringLiteral("SEPA direct debit")));
    CHECK(printed.contains(QStringLiteral("UMR-HOTEL-2026-01")));
    CHECK(printed.contains(QStringLiteral("DE89 **** **** **** **30 00")));
    CHECK_FALSE(printed.contains(QStringLiteral("0532")));
    CHECK(printed.contains(QStringLiteral("FR72ZZZ123456")));
    CHECK(printed.contains(QStringLiteral("will be debited on")));
    CHECK_FALSE(printed.contains(QStringLiteral("Please pay")));
    const QString other = text(transferPdf);
    CHECK_FALSE(other.contains(QStringLiteral("SEPA direct debit")));
    CHECK(other.contains(QStringLiteral("Please pay")));

    const PdfBoxes boxes = PdfBoxes::read(debitedPdf);
    REQUIRE(boxes.error.isEmpty());
    bool found = false;
    for (const PdfBoxes::Page &page : boxes.pages) {
        const QList<PdfBoxes::Line> lines = page.lines();
        for (const PdfBoxes::Line &line : lines)
            found = found || line.text().contains(QStringLiteral("UMR-HOTEL-2026-01"));
        for (int i = 0; i < lines.size(); ++i)
            for (int j = i + 1; j < lines.size(); ++j)
                if (PdfBoxes::overlap(lines.at(i).box, lines.at(j).box))
                    FAIL_CHECK("lines overlap: \"" << lines.at(i).text().toStdString() << "\" and \""
                                                   << lines.at(j).text().toStdString() << "\"");
        const QList<PdfBoxes::Word> words = page.words();
        for (int i = 0; i < words.size(); ++i)
            for (int j = i + 1; j < words.size(); ++j)
                if (PdfBoxes::overlap(words.at(i).box, words.at(j).box))
                    FAIL_CHECK(
                        "overprinted: " << words.at(i).text.toStdString() << " and " << words.at(j).text.toStdString());
    }
    CHECK(found);
}
