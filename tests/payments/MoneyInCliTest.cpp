#include "CliCompany.h"
#include "MoneyInFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace MoneyIn;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

class Cli
{
public:
    Cli()
        : m_company(m_dir.filePath(QStringLiteral("company.facturo"))), m_file(m_company.location())
    {
        REQUIRE(m_dir.isValid());
    }
    Run operator()(const QStringList &args, const QString &user = {})
    {
        QStringList full {QStringLiteral("--db"), m_file};
        if (!user.isEmpty())
            full << QStringLiteral("--user") << user;
        Run r;
        r.code = runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), full + args, &r.out, &r.err);
        return r;
    }
    QString ok(const QStringList &args, const QString &user = {})
    {
        const Run r = (*this)(args, user);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r.out.trimmed().split(QLatin1Char('\n')).value(0);
    }
    // Refused with `code`, the company file byte-identical; returns the message.
    QString refused(const QStringList &args, int code, const QString &user = {})
    {
        const QByteArray before = m_company.state();
        const Run r = (*this)(args, user);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.code == code);
        CHECK(m_company.state() == before);
        return r.err;
    }
    QJsonObject json(const QStringList &args)
    {
        const Run r = (*this)(QStringList {QStringLiteral("--json")} + args);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }

    void init()
    {
        ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec Services SAS"),
            QStringLiteral("--address"), QStringLiteral("12 rue des Artisans\\n69003 Lyon"), QStringLiteral("--vat-id"),
            QStringLiteral("FR32123456789"), QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189"),
            QStringLiteral("--bic"), QStringLiteral("AGRIFRPP"), QStringLiteral("--manager"), QStringLiteral("marie")});
        ok({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Hôtel du Parc"), QStringLiteral("--street"), QStringLiteral("1 avenue du Parc"),
            QStringLiteral("--postcode"), QStringLiteral("75001"), QStringLiteral("--city"), QStringLiteral("Paris"),
            QStringLiteral("--country"), QStringLiteral("FR")});
    }
    // Posts an invoice of one line at `price` + 20 % for customer 1 and returns its number.
    QString invoice(const QString &price, const QString &means = QStringLiteral("credit-transfer"))
    {
        const QString draft = ok({QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"),
            QStringLiteral("1"), QStringLiteral("--payment-means"), means});
        ok({QStringLiteral("invoice"), QStringLiteral("add-line"), draft, QStringLiteral("--description"),
            QStringLiteral("Maintenance"), QStringLiteral("--quantity"), QStringLiteral("1"),
            QStringLiteral("--unit-price"), price, QStringLiteral("--tax-rate"), QStringLiteral("20")});
        return ok({QStringLiteral("invoice"), QStringLiteral("post"), draft});
    }
    QString status(const QString &number)
    {
        return json({QStringLiteral("invoice"), QStringLiteral("show"), number})
            .value(QStringLiteral("status"))
            .toString();
    }

private:
    QTemporaryDir m_dir;
    CliCompany m_company;
    QString m_file;
};
} // namespace

TEST_CASE("payment add --overpayment credit, credit applied and refunded, write-off and a spread payment by CLI")
{
    Cli cli;
    cli.init();
    const QString first = cli.invoice(QStringLiteral("100")); // 120.00
    const QString msg = cli.refused(
        {QStringLiteral("payment"), QStringLiteral("add"), first, QStringLiteral("--amount"), QStringLiteral("150")},
        1);
    CHECK(msg.contains(QStringLiteral("--overpayment credit")));
    cli.refused({QStringLiteral("payment"), QStringLiteral("add"), first, QStringLiteral("--amount"),
                    QStringLiteral("150"), QStringLiteral("--overpayment"), QStringLiteral("keep")},
        2);
    cli.ok({QStringLiteral("payment"), QStringLiteral("add"), first, QStringLiteral("--amount"), QStringLiteral("150"),
        QStringLiteral("--overpayment"), QStringLiteral("credit")});
    CHECK(cli.status(first) == QStringLiteral("paid"));
    CHECK(cli.json({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("1")})
              .value(QStringLiteral("credit"))
              .toString()
        == QStringLiteral("30.00"));

    const QString second = cli.invoice(QStringLiteral("50")); // 60.00
    cli.refused({QStringLiteral("payment"), QStringLiteral("add"), second, QStringLiteral("--amount"),
                    QStringLiteral("30.01"), QStringLiteral("--method"), QStringLiteral("customer_credit")},
        1);
    cli.ok({QStringLiteral("payment"), QStringLiteral("add"), second, QStringLiteral("--amount"), QStringLiteral("20"),
        QStringLiteral("--method"), QStringLiteral("customer_credit")});
    cli.refused({QStringLiteral("payment"), QStringLiteral("refund-credit"), QStringLiteral("1"),
                    QStringLiteral("--amount"), QStringLiteral("10.01")},
        1);
    cli.ok({QStringLiteral("payment"), QStringLiteral("refund-credit"), QStringLiteral("1"), QStringLiteral("--amount"),
        QStringLiteral("10"), QStringLiteral("--method"), QStringLiteral("cheque")});
    CHECK(cli.json({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("1")})
              .value(QStringLiteral("credit"))
              .toString()
        == QStringLiteral("0.00"));

    // 40.00 left on the second invoice: 39.98 paid, 0.02 written off (limit 0.05 for clerks).
    cli.ok({QStringLiteral("payment"), QStringLiteral("add"), second, QStringLiteral("--amount"),
        QStringLiteral("39.98")});
    cli.ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("paul"),
        QStringLiteral("--role"), QStringLiteral("clerk")});
    CHECK(cli.ok({QStringLiteral("settings"), QStringLiteral("payments"), QStringLiteral("--write-off-limit"),
              QStringLiteral("0.01")})
        == QStringLiteral("write_off_limit\t0.01"));
    cli.refused({QStringLiteral("invoice"), QStringLiteral("write-off"), second}, 5, QStringLiteral("paul"));
    cli.refused({QStringLiteral("settings"), QStringLiteral("payments"), QStringLiteral("--write-off-limit"),
                    QStringLiteral("1")},
        5, QStringLiteral("paul"));
    cli.ok({QStringLiteral("settings"), QStringLiteral("payments"), QStringLiteral("--write-off-limit"),
        QStringLiteral("0.05")});
    cli.ok({QStringLiteral("invoice"), QStringLiteral("write-off"), second, QStringLiteral("--reason"),
               QStringLiteral("Bank charges")},
        QStringLiteral("paul"));
    CHECK(cli.status(second) == QStringLiteral("paid"));

    // One transfer for two invoices, chosen, with amounts; a wrong one changes nothing.
    const QString third = cli.invoice(QStringLiteral("10")); // 12.00
    const QString fourth = cli.invoice(QStringLiteral("20")); // 24.00
    cli.refused({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--customer"), QStringLiteral("1"),
                    QStringLiteral("--amount"), QStringLiteral("36"), QStringLiteral("--invoices"),
                    third + QStringLiteral("=13,") + fourth},
        1);
    const Run spread = cli({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--customer"),
        QStringLiteral("1"), QStringLiteral("--amount"), QStringLiteral("36"), QStringLiteral("--invoices"),
        fourth + QLatin1Char(',') + third});
    REQUIRE(spread.code == 0);
    CHECK(spread.out.trimmed().split(QLatin1Char('\n')).size() == 2);
    CHECK(cli.status(third) == QStringLiteral("paid"));
    CHECK(cli.status(fourth) == QStringLiteral("paid"));

    const Run check = cli({QStringLiteral("check")});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("Customers' credits equal the customer-credit account")));
}

TEST_CASE("mandates, the creditor identifier, the pain.008 file and a returned debit by CLI")
{
    Cli cli;
    cli.init();
    const QString xsd = painSchema(cli.dir());
    cli.refused({QStringLiteral("settings"), QStringLiteral("company"), QStringLiteral("--creditor-id"),
                    QStringLiteral("DE97ZZZ09999999999")},
        2);
    CHECK(cli.json({QStringLiteral("settings"), QStringLiteral("company"), QStringLiteral("--creditor-id"),
                       QStringLiteral("DE98ZZZ09999999999")})
              .value(QStringLiteral("creditor_id"))
              .toString()
        == QStringLiteral("DE98ZZZ09999999999"));
    const QStringList add {QStringLiteral("mandate"), QStringLiteral("add"), QStringLiteral("1"),
        QStringLiteral("--reference"), QStringLiteral("UMR-HOTEL-1"), QStringLiteral("--signed"),
        QStringLiteral("2026-01-15"), QStringLiteral("--iban"), QStringLiteral("DE89 3704 0044 0532 0130 00")};
    cli.refused(QStringList(add) << QStringLiteral("--scheme") << QStringLiteral("corp"), 2);
    cli.ok(add);
    cli.refused(add, 1); // the same reference twice
    const QString due = cli.invoice(QStringLiteral("100"), QStringLiteral("direct-debit"));
    const QString out = cli.path(QStringLiteral("debits.xml"));
    const QString collectOn = QDate::currentDate().addDays(35).toString(Qt::ISODate);
    cli.refused({QStringLiteral("direct-debit"), QStringLiteral("file"), QStringLiteral("--collect-on"),
                    QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--out"), out},
        2);
    CHECK_FALSE(QFile::exists(out));
    cli.ok({QStringLiteral("direct-debit"), QStringLiteral("file"), QStringLiteral("--collect-on"), collectOn,
        QStringLiteral("--out"), out});
    QString err;
    CHECK(xmllint(xsd, out, &err) == 0);
    CHECK(fileBytes(out).contains("<MndtId>UMR-HOTEL-1</MndtId>"));
    CHECK(fileBytes(out).contains("<SeqTp>FRST</SeqTp>"));
    CHECK(cli.status(due) == QStringLiteral("paid"));
    const QByteArray written = fileBytes(out);
    cli.refused({QStringLiteral("direct-debit"), QStringLiteral("file"), QStringLiteral("--collect-on"), collectOn,
                    QStringLiteral("--out"), out},
        1);
    CHECK(fileBytes(out) == written);

    cli.ok({QStringLiteral("direct-debit"), QStringLiteral("return"), due, QStringLiteral("--fee"),
        QStringLiteral("3.50"), QStringLiteral("--reason"), QStringLiteral("AM04")});
    CHECK(cli.status(due) == QStringLiteral("posted"));
    const QJsonArray mandates = cli.json({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("1")})
                                    .value(QStringLiteral("mandates"))
                                    .toArray();
    REQUIRE(mandates.size() == 1);
    CHECK(mandates.at(0).toObject().value(QStringLiteral("next_sequence")).toString() == QStringLiteral("FRST"));
    cli.ok({QStringLiteral("mandate"), QStringLiteral("revoke"), QStringLiteral("UMR-HOTEL-1")});
    cli.refused({QStringLiteral("mandate"), QStringLiteral("revoke"), QStringLiteral("UMR-HOTEL-1")}, 1);
    cli.refused({QStringLiteral("direct-debit"), QStringLiteral("file"), QStringLiteral("--collect-on"), collectOn,
                    QStringLiteral("--out"), cli.path(QStringLiteral("none.xml"))},
        1);
    const Run check = cli({QStringLiteral("check")});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);
}
