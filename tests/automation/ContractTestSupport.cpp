#include "ContractTestSupport.h"

#include "SqlStatement.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

qint64 ContractTests::addMonthly(Ledger &ledger, qint64 customerId, const QDate &start, const QString &text,
    const QString &unitPrice, ContractAction action, int every)
{
    ContractService service(ledger.context(), ledger.audit());
    Contract c;
    c.customerId = customerId;
    c.every = every;
    c.unit = ContractUnit::Month;
    c.startDate = start;
    c.action = action;
    c.reference = QStringLiteral("MAINT-%1").arg(start.month());
    auto id = service.add(c);
    INFO(id.message().toStdString());
    REQUIRE(id.ok());
    ContractLine line;
    line.description = text;
    auto lineId = service.addLine(id.value(), line, price(unitPrice));
    INFO(lineId.message().toStdString());
    REQUIRE(lineId.ok());
    return id.value();
}

ContractVersion ContractTests::price(const QString &unitPrice, const QString &rate, const QDate &from)
{
    ContractVersion v;
    v.unitPrice = UnitPrice::parse(unitPrice).value();
    v.taxRate = Percentage::parse(rate).value();
    v.taxCategory = v.taxRate.isZero() ? TaxCategory::Zero : TaxCategory::Standard;
    v.effectiveFrom = from;
    return v;
}

int ContractTests::cli(const QString &db, const QStringList &arguments, QString *out, QString *err)
{
    QStringList args {QStringLiteral("--db"), db};
    args << arguments;
    return runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), args, out, err);
}

QHash<QString, int> ContractTests::occurrenceCounts(Ledger &ledger)
{
    QHash<QString, int> counts;
    SqlStatement q(ledger.database(), "SELECT contract_id, occurrence FROM contract_occurrences");
    REQUIRE(q.exec(QStringLiteral("read the occurrences")).ok());
    while (q.next())
        counts[q.value(0).toString() + QLatin1Char(':') + q.value(1).toString()] += 1;
    return counts;
}
