#include "ContractSchedule.h"

#include "ContractText.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

namespace {
// An independent calendar: days from 1970-01-01 (Howard Hinnant's civil algorithms), months as
// year × 12 + month, the Gregorian leap rule written out. Nothing of QDate's arithmetic.
bool leap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
int daysIn(qint64 y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}
qint64 toDays(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
struct Ymd
{
    qint64 y;
    int m;
    int d;
    QDate date() const { return QDate(static_cast<int>(y), m, d); }
};
Ymd fromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (m <= 2), m, d};
}
Ymd occurrence(const Ymd &start, int every, ContractUnit unit, int k)
{
    if (unit == ContractUnit::Week)
        return fromDays(toDays(start.y, start.m, start.d) + 7LL * every * k);
    const qint64 months = unit == ContractUnit::Month ? qint64(every) * k : qint64(every) * k * 12;
    const qint64 total = start.y * 12 + (start.m - 1) + months;
    const qint64 y = total / 12;
    const int m = static_cast<int>(total % 12) + 1;
    return {y, m, std::min(start.d, daysIn(y, m))};
}
Ymd dayBefore(const Ymd &date)
{
    return fromDays(toDays(date.y, date.m, date.d) - 1);
}
} // namespace

TEST_CASE("occurrences fall on the start date plus k intervals, clamped to the month's end")
{
    Contract c;
    c.startDate = QDate(2026, 1, 31);
    c.every = 1;
    c.unit = ContractUnit::Month;
    const QList<ContractPeriod> periods = ContractSchedule::periodsUntil(c, QDate(2026, 5, 1));
    REQUIRE(periods.size() == 4);
    CHECK(periods[0].start == QDate(2026, 1, 31));
    CHECK(periods[1].start == QDate(2026, 2, 28));
    CHECK(periods[2].start == QDate(2026, 3, 31)); // from the start date, not from 28 February
    CHECK(periods[3].start == QDate(2026, 4, 30));
    CHECK(periods[0].end == QDate(2026, 2, 27));
    c.startDate = QDate(2028, 1, 31);
    CHECK(ContractSchedule::period(c, 1).start == QDate(2028, 2, 29));

    Contract yearly;
    yearly.startDate = QDate(2024, 2, 29);
    yearly.unit = ContractUnit::Year;
    CHECK(ContractSchedule::period(yearly, 1).start == QDate(2025, 2, 28));
    CHECK(ContractSchedule::period(yearly, 4).start == QDate(2028, 2, 29));
    yearly.billing = ContractBilling::Arrears;
    CHECK(ContractSchedule::period(yearly, 0).billDate == QDate(2025, 2, 27));
}

TEST_CASE("occurrence dates over 10 years of random contracts match an independent calendar")
{
    QRandomGenerator random(20260131);
    const qint64 firstDay = toDays(2000, 1, 1);
    int contracts = 0, occurrences = 0, monthEnds = 0, leapDays = 0, endsOnOccurrence = 0;
    for (int i = 0; i < 3000; ++i) {
        // Month ends and 29 February more often than chance would give them.
        Ymd start = fromDays(firstDay + random.bounded(365 * 30));
        const int shape = random.bounded(6);
        if (shape == 0)
            start.d = daysIn(start.y, start.m);
        else if (shape == 1) {
            start.y -= start.y % 4; // 2000, 2004, ... are leap years
            start.m = 2;
            start.d = 29;
        }
        Contract c;
        c.startDate = start.date();
        c.every = 1 + random.bounded(random.bounded(4) == 0 ? 24 : 4);
        c.unit = static_cast<ContractUnit>(random.bounded(3));
        c.billing = random.bounded(2) == 0 ? ContractBilling::Advance : ContractBilling::Arrears;
        const int endKind = random.bounded(3);
        if (endKind == 1)
            c.maxCount = 1 + random.bounded(60);
        Ymd endDate {0, 0, 0};
        if (endKind == 2) {
            // Often exactly on an occurrence: the end date is inclusive.
            endDate = random.bounded(2) == 0 ? occurrence(start, c.every, c.unit, random.bounded(30))
                                             : fromDays(toDays(start.y, start.m, start.d) + random.bounded(3650));
            c.endDate = endDate.date();
        }
        const Ymd horizon = fromDays(toDays(start.y, start.m, start.d) + 3653); // 10 years
        const QList<ContractPeriod> periods = ContractSchedule::periodsUntil(c, horizon.date());

        QList<ContractPeriod> expected;
        for (int k = 0;; ++k) {
            if (c.maxCount > 0 && k >= c.maxCount)
                break;
            const Ymd from = occurrence(start, c.every, c.unit, k);
            if (endKind == 2 && toDays(from.y, from.m, from.d) > toDays(endDate.y, endDate.m, endDate.d))
                break;
            if (endKind == 2 && toDays(from.y, from.m, from.d) == toDays(endDate.y, endDate.m, endDate.d))
                ++endsOnOccurrence;
            const Ymd to = dayBefore(occurrence(start, c.every, c.unit, k + 1));
            const Ymd bill = c.billing == ContractBilling::Advance ? from : to;
            if (toDays(bill.y, bill.m, bill.d) > toDays(horizon.y, horizon.m, horizon.d))
                break;
            expected.append({k, from.date(), to.date(), bill.date()});
            monthEnds += from.d == daysIn(from.y, from.m);
            leapDays += from.m == 2 && from.d == 29;
        }
        INFO("start " << c.startDate.toString(Qt::ISODate).toStdString() << " every " << c.every << ' '
                      << ContractKeys::unit(c.unit).toStdString() << " count " << c.maxCount << " end "
                      << c.endDate.toString(Qt::ISODate).toStdString());
        REQUIRE(periods.size() == expected.size());
        for (int k = 0; k < periods.size(); ++k) {
            INFO("occurrence " << k);
            CHECK(periods[k].occurrence == expected[k].occurrence);
            CHECK(periods[k].start == expected[k].start);
            CHECK(periods[k].end == expected[k].end);
            CHECK(periods[k].billDate == expected[k].billDate);
            if (k > 0)
                CHECK(periods[k - 1].end.addDays(1) == periods[k].start); // no gap, no overlap
        }
        ++contracts;
        occurrences += static_cast<int>(periods.size());
    }
    CHECK(contracts == 3000);
    CHECK(occurrences > 50000);
    CHECK(monthEnds > 1000);
    CHECK(leapDays > 50);
    CHECK(endsOnOccurrence > 100);
}

TEST_CASE("line placeholders are resolved against the period billed, in the contract's language")
{
    const ContractPeriod february {1, QDate(2026, 2, 1), QDate(2026, 2, 28), QDate(2026, 2, 1)};
    const QString text = QStringLiteral("Maintenance {month} {year}: {period} ({period_start} – {period_end})");
    CHECK(ContractText::resolve(text, february, QStringLiteral("en"))
        == QStringLiteral("Maintenance February 2026: February 2026 (02/01/2026 – 02/28/2026)"));
    CHECK(ContractText::resolve(text, february, QStringLiteral("fr"))
        == QStringLiteral("Maintenance février 2026: février 2026 (01/02/2026 – 28/02/2026)"));
    CHECK(
        ContractText::resolve(QStringLiteral("{month}"), february, QStringLiteral("de")) == QStringLiteral("Februar"));
    const ContractPeriod year {0, QDate(2027, 1, 1), QDate(2027, 12, 31), QDate(2027, 12, 31)};
    CHECK(ContractText::resolve(QStringLiteral("{period}"), year, QStringLiteral("en")) == QStringLiteral("2027"));
    const ContractPeriod odd {2, QDate(2026, 3, 31), QDate(2026, 4, 29), QDate(2026, 3, 31)};
    CHECK(ContractText::resolve(QStringLiteral("{period}"), odd, QStringLiteral("fr"))
        == QStringLiteral("31/03/2026 – 29/04/2026"));
    CHECK(ContractText::validate(text).ok());
    CHECK_FALSE(ContractText::validate(QStringLiteral("Visit {day}")).ok());
    CHECK_FALSE(ContractText::validate(QStringLiteral("Visit {}")).ok());
    CHECK(ContractText::resolve(QStringLiteral("no placeholder"), odd, QStringLiteral("en"))
        == QStringLiteral("no placeholder"));
}
