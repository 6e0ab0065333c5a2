#include "ContractSchedule.h"

#include "TaxCalculator.h"

QDate ContractSchedule::occurrenceDate(const QDate &start, int every, ContractUnit unit, int k)
{
    const int steps = every * k;
    switch (unit) {
    case ContractUnit::Week:
        return start.addDays(7LL * steps);
    case ContractUnit::Month:
        return start.addMonths(steps); // Qt keeps the last valid day of the month
    case ContractUnit::Year:
        return start.addYears(steps); // 29 February → 28 February
    }
    return {};
}

ContractPeriod ContractSchedule::period(const Contract &c, int k)
{
    ContractPeriod p;
    p.occurrence = k;
    p.start = occurrenceDate(c.startDate, c.every, c.unit, k);
    p.end = occurrenceDate(c.startDate, c.every, c.unit, k + 1).addDays(-1);
    p.billDate = c.billing == ContractBilling::Advance ? p.start : p.end;
    return p;
}

bool ContractSchedule::exists(const Contract &c, int k)
{
    if (k < 0 || !c.startDate.isValid())
        return false;
    if (c.maxCount > 0 && k >= c.maxCount)
        return false;
    if (c.endDate.isValid() && occurrenceDate(c.startDate, c.every, c.unit, k) > c.endDate)
        return false;
    return true;
}

QList<ContractPeriod> ContractSchedule::periodsUntil(
    const Contract &c, const QDate &until, int fromOccurrence, int limit)
{
    QList<ContractPeriod> periods;
    for (int k = std::max(fromOccurrence, 0); exists(c, k) && periods.size() < limit; ++k) {
        const ContractPeriod p = period(c, k);
        if (p.billDate > until)
            break;
        periods.append(p);
    }
    return periods;
}

std::optional<ContractPeriod> ContractSchedule::next(const Contract &c, int fromOccurrence)
{
    if (!exists(c, fromOccurrence))
        return std::nullopt;
    return period(c, fromOccurrence);
}

qint64 ContractSchedule::monthlyNet(const Contract &c, const QDate &onDate, int minorDigits)
{
    qint64 perPeriod = 0;
    for (const ContractLine &line : c.lines) {
        const ContractVersion *v = line.versionFor(onDate);
        if (!v)
            continue;
        auto net = TaxCalculator::lineNet(line.quantity, v->unitPrice, Percentage(), minorDigits);
        if (net)
            perPeriod += net.value();
    }
    // Periods per month: 12 / (N months), 1 / (12 N) for years, 52 / (12 N) for weeks.
    switch (c.unit) {
    case ContractUnit::Month:
        return perPeriod / c.every;
    case ContractUnit::Year:
        return perPeriod / (12LL * c.every);
    case ContractUnit::Week:
        return perPeriod * 52 / (12LL * c.every);
    }
    return 0;
}
