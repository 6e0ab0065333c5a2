#include "BankTestSupport.h"
#include "CliCompany.h"
#include "MatchNumberReferenceLookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace BankTest;

namespace {
struct Cli
{
    QString db;
    QString out, err;
    int run(QStringList args)
    {
        out.clear();
        err.clear();
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), args, &out, &err);
    }
    QString field(const QString &name) const
    {
        for (const QString &line : out.split(QLatin1Char('\n')))
            if (line.startsWith(name + QLatin1Char('\t')))
                return line.mid(name.size() + 1);
        return {};
    }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return f.fileName();
}
} // namespace

TEST_CASE("bank import, list, match and auto on the command line")
{
    QTemporaryDir dir;
    const CliCompany company(dir.filePath(QStringLiteral("c.facturo")));
    Cli cli {company.location(), {}, {}};
    REQUIRE(cli.run({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec"),
                QStringLiteral("--address"), QStringLiteral("Lyon"), QStringLiteral("--vat-id"),
                QStringLiteral("FR32123456789"), QStringLiteral("--iban"), companyIban()})
        == 0);
    REQUIRE(cli.run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("Dupont"), QStringLiteral("--address"), QStringLiteral("Paris")})
        == 0);
    const QString customer = cli.out.trimmed();
    QStringList numbers;
    for (const QString &price : {QStringLiteral("100"), QStringLiteral("50")}) {
        REQUIRE(
            cli.run({QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"), customer}) == 0);
        const QString draft = cli.out.trimmed();
        REQUIRE(cli.run({QStringLiteral("invoice"), QStringLiteral("add-line"), draft, QStringLiteral("--description"),
                    QStringLiteral("Work"), QStringLiteral("--quantity"), QStringLiteral("1"),
                    QStringLiteral("--unit-price"), price, QStringLiteral("--tax-rate"), QStringLiteral("20")})
            == 0);
        REQUIRE(cli.run({QStringLiteral("invoice"), QStringLiteral("post"), draft}) == 0);
        numbers << cli.out.trimmed();
    }
    const QDate today = QDate::currentDate();
    StatementEntry byRef = credit(12000, {}, today);
    byRef.structuredReference
        = MatchNumberReferenceLookup::creditorReference(MatchNumberReferenceLookup::compactNumber(numbers.at(0)));
    StatementEntry byText = credit(10000, QStringLiteral("pour ") + numbers.at(1), today); // 40.00 more than due
    byText.debtorIban = QStringLiteral("DE89370400440532013000");
    CamtTestStatement s;
    s.id = QStringLiteral("CLI-1");
    s.entries = {{byRef}, {byText}};
    const QString file = writeFile(dir, QStringLiteral("s.xml"), CamtTestWriter::write(s));

    REQUIRE(cli.run({QStringLiteral("bank"), QStringLiteral("settings"), QStringLiteral("--auto-apply"),
                QStringLiteral("no")})
        == 0);
    REQUIRE(cli.run({QStringLiteral("bank"), QStringLiteral("import"), file}) == 0);
    CHECK(cli.field(QStringLiteral("entries read")) == QLatin1String("2"));
    CHECK(cli.field(QStringLiteral("new")) == QLatin1String("2"));
    CHECK(cli.field(QStringLiteral("already known")) == QLatin1String("0"));
    REQUIRE(
        cli.run({QStringLiteral("bank"), QStringLiteral("import"), file, QStringLiteral("--account"), companyIban()})
        == 0);
    CHECK(cli.field(QStringLiteral("new")) == QLatin1String("0"));
    CHECK(cli.field(QStringLiteral("already known")) == QLatin1String("2"));

    REQUIRE(cli.run({QStringLiteral("--json"), QStringLiteral("bank"), QStringLiteral("list"),
                QStringLiteral("--unmatched")})
        == 0);
    const QJsonArray list = QJsonDocument::fromJson(cli.out.toUtf8()).array();
    REQUIRE(list.size() == 2);
    const QJsonObject first = list.at(0).toObject();
    CHECK(first.value(QStringLiteral("amount")).toString() == QLatin1String("120.00"));
    const QJsonObject proposal = first.value(QStringLiteral("proposals")).toArray().at(0).toObject();
    CHECK(proposal.value(QStringLiteral("reason")).toString() == QLatin1String("reference"));
    CHECK(proposal.value(QStringLiteral("invoices"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("invoice"))
              .toString()
        == numbers.at(0));
    const QString second = QString::number(list.at(1).toObject().value(QStringLiteral("id")).toInteger());

    REQUIRE(cli.run({QStringLiteral("bank"), QStringLiteral("auto")}) == 0);
    CHECK(cli.field(QStringLiteral("applied")) == QLatin1String("1"));
    // 100.00 for an invoice of 60.00: refused above the due, applied up to it; the rest stays.
    CHECK(cli.run({QStringLiteral("bank"), QStringLiteral("match"), second, numbers.at(1) + QStringLiteral("=100.00")})
        == 1);
    CHECK(cli.err.contains(QStringLiteral("Over-payment refused")));
    REQUIRE(cli.run({QStringLiteral("bank"), QStringLiteral("match"), second, numbers.at(1)}) == 0);
    CHECK(cli.out.trimmed() == QLatin1String("60.00"));
    REQUIRE(cli.run({QStringLiteral("bank"), QStringLiteral("list"), QStringLiteral("--unmatched")}) == 0);
    CHECK(cli.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 1); // 40.00 left on it
    REQUIRE(cli.run({QStringLiteral("bank"), QStringLiteral("leave"), second}) == 0);
    REQUIRE(cli.run({QStringLiteral("bank"), QStringLiteral("list"), QStringLiteral("--unmatched")}) == 0);
    CHECK(cli.out.trimmed().isEmpty());
    REQUIRE(
        cli.run({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("paid")})
        == 0);
    CHECK(cli.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2);

    // Refusals and their exit codes.
    CHECK(cli.run({QStringLiteral("bank"), QStringLiteral("match"), QStringLiteral("99"), numbers.at(0)}) == 4);
    CHECK(cli.run({QStringLiteral("bank"), QStringLiteral("import"), dir.filePath(QStringLiteral("none.xml"))}) == 3);
    CHECK(cli.run({QStringLiteral("bank"), QStringLiteral("list"), QStringLiteral("--everything")}) == 2);
    CHECK(cli.run({QStringLiteral("bank"), QStringLiteral("import"),
              writeFile(dir, QStringLiteral("n.xml"), "<Document xmlns=\"urn:x\"/>")})
        == 2);
    CHECK(cli.err.contains(QStringLiteral("not a bank statement")));
    s.currency = QStringLiteral("CHF");
    byRef.currency = QStringLiteral("CHF");
    s.entries = {{byRef}};
    CHECK(cli.run({QStringLiteral("bank"), QStringLiteral("import"),
              writeFile(dir, QStringLiteral("chf.xml"), CamtTestWriter::write(s))})
        == 1);
    CHECK(cli.err.contains(QStringLiteral("in CHF")));
    REQUIRE(cli.run({QStringLiteral("check")}) == 0);
}
