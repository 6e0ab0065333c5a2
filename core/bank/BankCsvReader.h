#pragma once

#include "BankCsvProfile.h"
#include "StatementEntry.h"

// Reads a bank's CSV account export with its saved profile (core's CsvReader does the CSV itself).
// The file has no statement id: its SHA-256 stands for it, and each entry is known by its
// bank reference column if the profile names one, else by a hash of its content.
class BankCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(BankCsvReader)
public:
    static Result<ParsedStatement> parse(
        const QByteArray &bytes, const BankCsvProfile &profile, const QString &accountIban, const QString &currency);
    // "1.234,56" with ',' as decimal mark, "-12.5", "+3": minor units of the currency (signed).
    static Result<qint64> amount(const QString &text, QChar decimalMark, const QString &currency);
};
