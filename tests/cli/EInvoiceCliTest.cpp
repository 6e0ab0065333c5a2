// invoice / credit-note einvoice and invoice einvoice-check through the real facturo-cli.
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class EInvoiceCli
{
public:
    EInvoiceCli()
        : m_file(newCompanyLocation(m_dir, s("company.facturo")))
    {
        REQUIRE(m_dir.isValid());
    }
    Run operator()(const QStringList &args)
    {
        Run r;
        r.code = runProgram(
            QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), QStringList {s("--db"), m_file} + args, &r.out, &r.err);
        return r;
    }
    QString ok(const QStringList &args)
    {
        const Run r = (*this)(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r.out.trimmed().split(QLatin1Char('\n')).value(0);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray bytes(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QByteArray file() const { return companyContent(m_file); }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

// A seller with everything Peppol needs, a Belgian customer on Peppol and one without a format.
void setUp(EInvoiceCli &cli)
{
    cli.ok({s("init"), s("--company"), s("Climatec Services SAS"), s("--street"), s("12 rue des Artisans"),
        s("--postcode"), s("69003"), s("--city"), s("Lyon"), s("--country"), s("FR"), s("--vat-id"), s("FR32123456789"),
        s("--iban"), s("FR7630006000011234567890189"), s("--bic"), s("AGRIFRPP"), s("--endpoint"),
        s("0009:12345678200010"), s("--contact-name"), s("Marie Laurent"), s("--contact-phone"), s("+33 4 72 00 00 00"),
        s("--contact-email"), s("billing@climatec.example"), s("--manager"), s("marie")});
    cli.ok({s("customer"), s("add"), s("--name"), s("Brightwell Offices"), s("--street"), s("Rue Neuve 120"),
        s("--postcode"), s("1000"), s("--city"), s("Bruxelles"), s("--country"), s("BE"), s("--vat-id"),
        s("BE0477472701"), s("--endpoint"), s("0208:0477472701"), s("--einvoice-format"), s("peppol")});
    cli.ok({s("customer"), s("add"), s("--name"), s("Pharmacie Centrale"), s("--street"), s("2 rue de la République"),
        s("--postcode"), s("69001"), s("--city"), s("Lyon"), s("--country"), s("FR"), s("--vat-id"),
        s("FR85789456123")});
}

QString draft(EInvoiceCli &cli, const QString &customer, const QStringList &headerOptions = {})
{
    const QString id = cli.ok(QStringList {s("invoice"), s("new"), s("--customer"), customer} + headerOptions);
    cli.ok({s("invoice"), s("add-line"), id, s("--description"), s("Maintenance"), s("--quantity"), s("2.5"),
        s("--unit-price"), s("72.50"), s("--tax-rate"), s("20"), s("--unit"), s("Std.")});
    cli.ok({s("invoice"), s("add-line"), id, s("--description"), s("Cable"), s("--quantity"), s("12"),
        s("--unit-price"), s("1.20"), s("--tax-rate"), s("20"), s("--unit-code"), s("MTR"), s("--discount"), s("5")});
    return id;
}
} // namespace

TEST_CASE("the command line writes e-invoices in the customer's format, checks drafts and refuses with the list")
{
    EInvoiceCli cli;
    setUp(cli);
    // Peppol needs a buyer or order reference: the check names it, posting refuses, nothing changes.
    const QString bare = draft(cli, s("1"));
    const Run check = cli({s("invoice"), s("einvoice-check"), bare});
    CHECK(check.code == 1);
    CHECK(check.out.contains(s("purchase order reference")));
    const QByteArray before = cli.file();
    const Run refused = cli({s("invoice"), s("post"), bare});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(s("purchase order reference")));
    CHECK(cli.file() == before);

    const QString ordered = draft(cli, s("1"), {s("--order-reference"), s("PO-4471"), s("--payment-means"),
        s("credit-transfer")});
    CHECK(cli({s("invoice"), s("einvoice-check"), ordered}).code == 0);
    const QString number = cli.ok({s("invoice"), s("post"), ordered});
    const QString out = cli.path(s("peppol.xml"));
    CHECK(cli.ok({s("invoice"), s("einvoice"), number, s("--out"), out}) == out); // default: Peppol
    const QByteArray xml = cli.bytes(out);
    CHECK(xml.contains("urn:fdc:peppol.eu:2017:poacc:billing:3.0"));
    CHECK(xml.contains("PO-4471"));
    CHECK(xml.contains("unitCode=\"HUR\""));
    CHECK(xml.contains("unitCode=\"MTR\""));
    CHECK(xml.contains("<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>"));
    // The second export is the archived bytes.
    const QString again = cli.path(s("again.xml"));
    cli.ok({s("invoice"), s("einvoice"), number, s("--out"), again});
    CHECK(cli.bytes(again) == xml);
    // Another format on request; a bad format is refused with exit 2.
    const QString cii = cli.path(s("cii.xml"));
    cli.ok({s("invoice"), s("einvoice"), number, s("--format"), s("cii"), s("--out"), cii});
    CHECK(cli.bytes(cii).contains("CrossIndustryInvoice"));
    CHECK(cli({s("invoice"), s("einvoice"), number, s("--format"), s("edifact"), s("--out"), cii}).code == 2);

    // A customer without a format: --format is required; XRechnung names what it lacks.
    const QString plain = cli.ok({s("invoice"), s("post"), draft(cli, s("2"))});
    const Run noFormat = cli({s("invoice"), s("einvoice"), plain, s("--out"), cli.path(s("x.xml"))});
    CHECK(noFormat.code == 2);
    CHECK(noFormat.err.contains(s("--format")));
    const QByteArray posted = cli.file();
    const Run xrechnung = cli({s("invoice"), s("einvoice"), plain, s("--format"), s("xrechnung-ubl"), s("--out"),
        cli.path(s("x.xml"))});
    CHECK(xrechnung.code == 1);
    CHECK(xrechnung.err.contains(s("Leitweg-ID")));
    CHECK_FALSE(QFile::exists(cli.path(s("x.xml"))));
    CHECK(cli.file() == posted);
    const Run lacking = cli({s("--json"), s("invoice"), s("einvoice-check"), plain, s("--format"), s("xrechnung-cii")});
    CHECK(lacking.code == 1);
    CHECK(QJsonDocument::fromJson(lacking.out.toUtf8()).object().value(s("missing")).toArray().size() >= 2);

    // A credit note as its own document type.
    const QString note = cli.ok({s("credit-note"), s("create"), number, s("--reason"), s("Cable returned")});
    const QString noteNumber = cli.ok({s("credit-note"), s("post"), note});
    const QString noteFile = cli.path(s("note.xml"));
    cli.ok({s("credit-note"), s("einvoice"), noteNumber, s("--out"), noteFile});
    CHECK(cli.bytes(noteFile).contains("<CreditNote"));
    CHECK(cli.bytes(noteFile).contains(number.toUtf8()));
    CHECK(cli({s("invoice"), s("einvoice"), noteNumber, s("--out"), noteFile}).code == 2);

    // The month: one file each, the refusals listed, exit 1 when any was refused.
    const QString folder = cli.path(s("month"));
    const Run month = cli({s("--json"), s("invoice"), s("einvoice"), s("--month"),
        QDate::currentDate().toString(QStringLiteral("yyyy-MM")), s("--out"), folder});
    CHECK(month.code == 1); // the invoice of the customer without a format
    const QJsonObject summary = QJsonDocument::fromJson(month.out.toUtf8()).object();
    CHECK(summary.value(s("written")).toArray().size() == 2);
    CHECK(summary.value(s("refused")).toArray().size() == 1);
    CHECK(summary.value(s("refused")).toArray().first().toObject().value(s("number")).toString() == plain);
    CHECK(QDir(folder).entryList(QDir::Files).size() == 2);
    const Run forced = cli({s("invoice"), s("einvoice"), s("--month"),
        QDate::currentDate().toString(QStringLiteral("yyyy-MM")), s("--out"), folder, s("--format"), s("ubl")});
    CHECK(forced.code == 0);
    CHECK(forced.out.contains(s("3 of 3")));
}
