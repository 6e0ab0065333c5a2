#pragma once

#include "Contract.h"

// When a contract bills (DESIGN.md "Automation"): occurrence k falls on start + k × interval,
// clamped to the end of a shorter month (a contract starting on 31 January bills on 28/29
// February, 31 March, 30 April), always computed from the start date, never from the previous
// invoice. Period k runs from occurrence k to the day before occurrence k + 1. In advance it is
// billed on its first day, in arrears on its last. Lead days make it due that many days earlier.
namespace ContractSchedule {
// The date of occurrence k (k >= 0).
QDate occurrenceDate(const QDate &start, int every, ContractUnit unit, int k);
ContractPeriod period(const Contract &contract, int k);
// Whether occurrence k is part of the contract: within its count, starting on or before its
// end date (inclusive).
bool exists(const Contract &contract, int k);
// The occurrences whose bill date is on or before `until`, from `fromOccurrence` on, at most
// `limit` of them.
QList<ContractPeriod> periodsUntil(
    const Contract &contract, const QDate &until, int fromOccurrence = 0, int limit = 100000);
// The first occurrence from `fromOccurrence` on, if the contract has one.
std::optional<ContractPeriod> next(const Contract &contract, int fromOccurrence);
// The contracted amount per month in minor units (net), from each line's version on `onDate`.
qint64 monthlyNet(const Contract &contract, const QDate &onDate, int minorDigits);
} // namespace ContractSchedule
