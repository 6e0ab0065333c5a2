#include "CliCompany.h"
#include "ContractTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ContractTests;

// The contract verbs through the real facturo-cli: a contract with a free-text line and a line
// taken from the catalog (its text, unit, price and tax), a price version, what is due, a run that
// makes each period once, and refusals that leave the company file byte-identical.
TEST_CASE("contract verbs on the command line, with a line from the catalog")
{
    QTemporaryDir dir;
    const CliCompany company(dir.filePath(QStringLiteral("c.facturo")));
    const QString db = company.location();
    QString out, err;
    auto run = [&](const QStringList &args) {
        out.clear();
        err.clear();
        const int code = cli(db, args, &out, &err);
        UNSCOPED_INFO(args.join(QLatin1Char(' ')).toStdString() << " -> " << code << "\n" << err.toStdString());
        return code;
    };
    REQUIRE(
        run({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec"),
            QStringLiteral("--address"), QStringLiteral("12 rue des Artisans\\n69003 Lyon"), QStringLiteral("--vat-id"),
            QStringLiteral("FR32123456789"), QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189")})
        == 0);
    REQUIRE(run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("Hôtel du Parc"), QStringLiteral("--address"),
                QStringLiteral("1 quai Rambaud\\n69002 Lyon")})
        == 0);
    const QString customer = out.trimmed();
    QFile catalog(dir.filePath(QStringLiteral("catalog.csv")));
    REQUIRE(catalog.open(QIODevice::WriteOnly));
    catalog.write("sku,description,unit,kind,unit_price,tax_rate\n"
                  "BOIL-SVC,Boiler service,h,labor,85.50,10\n");
    catalog.close();
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("catalog"), catalog.fileName()}) == 0);

    REQUIRE(run({QStringLiteral("contract"), QStringLiteral("add"), QStringLiteral("--customer"), customer,
                QStringLiteral("--every"), QStringLiteral("1"), QStringLiteral("--unit"), QStringLiteral("month"),
                QStringLiteral("--start"), QStringLiteral("2026-01-31"), QStringLiteral("--reference"),
                QStringLiteral("MAINT-7")})
        == 0);
    const QString contract = out.trimmed();
    REQUIRE(contract.toLongLong() > 0);
    REQUIRE(run({QStringLiteral("contract"), QStringLiteral("line"), QStringLiteral("add"), contract,
                QStringLiteral("--description"), QStringLiteral("Support {month} {year}"), QStringLiteral("--quantity"),
                QStringLiteral("1"), QStringLiteral("--unit-price"), QStringLiteral("100"),
                QStringLiteral("--tax-rate"), QStringLiteral("20")})
        == 0);
    REQUIRE(
        run({QStringLiteral("contract"), QStringLiteral("line"), QStringLiteral("add"), contract,
            QStringLiteral("--item"), QStringLiteral("BOIL-SVC"), QStringLiteral("--quantity"), QStringLiteral("2")})
        == 0);

    SECTION("refusals change nothing")
    {
        const QByteArray before = company.state();
        const QList<QStringList> refused {
            {QStringLiteral("contract"), QStringLiteral("line"), QStringLiteral("add"), contract,
                QStringLiteral("--item"), QStringLiteral("NO-SUCH"), QStringLiteral("--quantity"), QStringLiteral("1")},
            {QStringLiteral("contract"), QStringLiteral("line"), QStringLiteral("add"), contract,
                QStringLiteral("--description"), QStringLiteral("No price"), QStringLiteral("--quantity"),
                QStringLiteral("1")},
            {QStringLiteral("contract"), QStringLiteral("line"), QStringLiteral("add"), contract,
                QStringLiteral("--description"), QStringLiteral("Bad {weekday}"), QStringLiteral("--quantity"),
                QStringLiteral("1"), QStringLiteral("--unit-price"), QStringLiteral("10"), QStringLiteral("--tax-rate"),
                QStringLiteral("20")},
            {QStringLiteral("contract"), QStringLiteral("add"), QStringLiteral("--customer"), customer,
                QStringLiteral("--every"), QStringLiteral("0"), QStringLiteral("--unit"), QStringLiteral("month"),
                QStringLiteral("--start"), QStringLiteral("2026-01-31")},
            {QStringLiteral("contract"), QStringLiteral("add"), QStringLiteral("--customer"), customer,
                QStringLiteral("--every"), QStringLiteral("1"), QStringLiteral("--unit"), QStringLiteral("fortnight"),
                QStringLiteral("--start"), QStringLiteral("2026-01-31")},
            {QStringLiteral("contract"), QStringLiteral("pause"), QStringLiteral("999")},
            {QStringLiteral("contract"), QStringLiteral("resume"), contract},
        };
        for (const QStringList &args : refused) {
            CHECK(run(args) != 0);
            CHECK_FALSE(err.trimmed().isEmpty());
            CHECK(company.state() == before);
        }
    }

    SECTION("the catalog line, a price version, what is due and a run that makes each period once")
    {
        REQUIRE(run({QStringLiteral("--json"), QStringLiteral("contract"), QStringLiteral("show"), contract}) == 0);
        const QString shown = out;
        CHECK(shown.contains(QStringLiteral("Boiler service")));
        CHECK(shown.contains(QStringLiteral("85.5")));
        REQUIRE(run({QStringLiteral("contract"), QStringLiteral("price"), contract, QStringLiteral("--line"),
                    QStringLiteral("1"), QStringLiteral("--unit-price"), QStringLiteral("120"),
                    QStringLiteral("--from"), QStringLiteral("2026-03-31")})
            == 0);
        REQUIRE(run({QStringLiteral("--json"), QStringLiteral("contracts"), QStringLiteral("due"),
                    QStringLiteral("--as-of"), QStringLiteral("2026-03-31")})
            == 0);
        const QJsonArray due = QJsonDocument::fromJson(out.toUtf8()).array();
        REQUIRE(due.size() == 3); // 31 January, 28 February, 31 March
        CHECK(due.at(1).toObject().value(QStringLiteral("bill_date")).toString() == QLatin1String("2026-02-28"));

        REQUIRE(run({QStringLiteral("--json"), QStringLiteral("contracts"), QStringLiteral("run"),
                    QStringLiteral("--as-of"), QStringLiteral("2026-03-31")})
            == 0);
        CHECK(QJsonDocument::fromJson(out.toUtf8()).array().size() == 3);
        REQUIRE(run({QStringLiteral("--json"), QStringLiteral("contracts"), QStringLiteral("run"),
                    QStringLiteral("--as-of"), QStringLiteral("2026-03-31")})
            == 0);
        CHECK(QJsonDocument::fromJson(out.toUtf8()).array().isEmpty()); // made once

        // The March draft: the catalog line at 2 × 85.50 at 10 %, the support line repriced to 120.
        REQUIRE(run({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list")}) == 0);
        const QJsonArray invoices = QJsonDocument::fromJson(out.toUtf8()).array();
        REQUIRE(invoices.size() == 3);
        QStringList totals;
        for (const QJsonValue &v : invoices)
            totals << v.toObject().value(QStringLiteral("total_gross")).toVariant().toString();
        totals.sort();
        // 100 × 1.2 + 171 × 1.1 = 308.10; from March 120 × 1.2 + 188.10 = 332.10
        CHECK(totals == QStringList {QStringLiteral("308.10"), QStringLiteral("308.10"), QStringLiteral("332.10")});
    }
}
