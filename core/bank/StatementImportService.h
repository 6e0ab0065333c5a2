#pragma once

#include "BankCsvProfile.h"
#include "Ledger.h"
#include "StatementEntry.h"

// What an import found.
struct StatementImportSummary
{
    QString format; // camt.053, camt.054, csv
    QString version;
    QString accountIban;
    int read = 0; // entries in the file
    int added = 0; // new ones stored
    int known = 0; // already imported before (changed nothing)
    int debits = 0; // new debits (not payments in)
    int returned = 0; // new returned debits and reversals, reported, never matched
    // Of those, direct debits of the company's own pain.008 files (known by their end-to-end id)
    // recorded as returned: each invoice reopened with the bank's fee (DirectDebitService).
    int debitsReturned = 0;
    qint64 charges = 0;
    QList<qint64> addedIds;
};

// Imports bank statements into the company file: camt.053/camt.054 (CamtReader) or a CSV export
// read with its saved profile (BankCsvReader, profiles saved in the company settings). The whole
// file is checked first (its account, its currency: the company's only), then stored in one
// transaction; an entry already imported is recognised by its key and left alone.
class StatementImportService
{
    Q_DECLARE_TR_FUNCTIONS(StatementImportService)
public:
    explicit StatementImportService(Ledger &ledger)
        : m_ledger(ledger)
    { }

    // account: the IBAN the statement must be for (empty: the company's IBAN). For a CSV file
    // (profile given) it names the account, which the file does not.
    Result<StatementImportSummary> importBytes(
        const QByteArray &bytes, const QString &account, const BankCsvProfile *profile = nullptr);
    Result<StatementImportSummary> importFile(
        const QString &path, const QString &account, const BankCsvProfile *profile = nullptr);

    // Saved CSV profiles (company settings "bank.csv_profile.<name>").
    Status saveProfile(const BankCsvProfile &profile);
    Result<BankCsvProfile> profile(const QString &name) const;

private:
    Result<bool> recordReturnedDebit(const StatementEntry &entry);
    Status checkStatement(const ParsedStatement &statement, const QString &account, const QString &companyIban,
        const QString &currency) const;

    Ledger &m_ledger;
};
