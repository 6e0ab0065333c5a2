#include "ContractCheck.h"

#include "ContractRepository.h"
#include "ContractSchedule.h"

Status ContractCheck::run(Database &db, IntegrityReport &report)
{
    ContractRepository contracts(db);
    auto problems = contracts.occurrenceProblems();
    if (!problems)
        return problems.error();
    QStringList found = problems.value();
    auto all = contracts.list();
    if (!all)
        return all.error();
    QHash<qint64, Contract> byId;
    for (const Contract &c : std::as_const(all.value()))
        byId.insert(c.id, c);
    auto occurrences = contracts.allOccurrences();
    if (!occurrences)
        return occurrences.error();
    for (const ContractOccurrence &o : std::as_const(occurrences.value())) {
        if (found.size() >= 20)
            break;
        const auto it = byId.constFind(o.contractId);
        if (it == byId.constEnd())
            continue; // the foreign key check names it
        const ContractPeriod p = ContractSchedule::period(it.value(), o.occurrence);
        if (p.start != o.periodStart || p.end != o.periodEnd)
            found << tr("contract %1 occurrence %2 records the period %3 – %4; its schedule says %5 – %6")
                         .arg(o.contractId)
                         .arg(o.occurrence)
                         .arg(o.periodStart.toString(Qt::ISODate), o.periodEnd.toString(Qt::ISODate),
                             p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate));
    }
    if (found.isEmpty()) {
        report.passed << tr("Contract occurrences: %n made once each, with their documents", nullptr,
            static_cast<int>(occurrences->size()));
        return {};
    }
    for (const QString &problem : std::as_const(found))
        report.problems << tr("Contract occurrences: %1").arg(problem);
    return {};
}
