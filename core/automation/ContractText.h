#pragma once

#include "Contract.h"
#include "Result.h"

// Line texts of a contract are templates resolved against the period billed, never today:
// {period_start} and {period_end} (dates in the contract's language), {month} (the month of the
// period start, its localised name), {year} (of the period start) and {period} (the month and
// year for a period that is one calendar month, the year for one calendar year, else
// "start – end"). Any other {name} is refused when the line is written.
class ContractText
{
    Q_DECLARE_TR_FUNCTIONS(ContractText)
public:
    static Status validate(const QString &text);
    static QString resolve(const QString &text, const ContractPeriod &period, const QString &language);
    static QString date(const QDate &date, const QString &language);
    // "Contract 12 (ref. MAINT-7), period 01/02/2026 – 28/02/2026" in the document's language: what
    // every invoice of a contract prints in its notes.
    static QString reference(const Contract &contract, const ContractPeriod &period, const QString &language);
};
