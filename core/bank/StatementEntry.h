#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// One amount a bank booked on the company's account, as read from a statement (camt.053,
// camt.054 or CSV) and as kept in the company file. A batch entry (several transaction details
// inside one camt Ntry) gives one StatementEntry per transaction.
struct StatementEntry
{
    enum class Status { Open, Applied, Left, NotAPayment };

    qint64 id = 0; // 0 until stored
    qint64 statementId = 0;
    QString key; // identity across imports (see StatementImportService)
    bool credit = true; // money in; a debit is never a payment in
    bool reversal = false; // a returned debit or a reversed entry (RvslInd, return information)
    QString returnReason; // ISO 20022 return reason code (AC04, MD06, ...)
    qint64 amount = 0; // minor units, positive
    qint64 charges = 0; // what the bank charged on it, minor units
    QString currency;
    QDate bookingDate;
    QDate valueDate;
    QString entryRef; // NtryRef
    QString servicerRef; // AcctSvcrRef
    QString endToEndId;
    QString debtorName;
    QString debtorIban;
    QString remittance; // unstructured remittance lines, joined by a space
    QString structuredReference; // Strd/CdtrRefInf/Ref (RF or national reference)
    Status status = Status::Open;
    qint64 appliedAmount = 0;

    qint64 unapplied() const { return amount - appliedAmount; }
    bool isPaymentIn() const { return credit && !reversal; }
};

// What one file holds: one statement (or notification) of one account in one currency.
struct ParsedStatement
{
    QString format; // camt.053, camt.054, csv
    QString version; // the namespace's message version (001.02 ... 001.08), empty for CSV
    QString statementRef; // Stmt/Id or Ntfctn/Id; for CSV the file's hash
    QString accountIban;
    QString currency;
    QByteArray sha256; // hex, of the whole file
    QList<StatementEntry> entries;
};

namespace StatementEntryStatus {
QString key(StatementEntry::Status status);
StatementEntry::Status fromKey(const QString &key);
} // namespace StatementEntryStatus

namespace StatementEntryKeys {
// Gives each entry its identity across imports: the account with the bank's reference for it
// (AcctSvcrRef), else the statement's id with the entry reference (NtryRef), else a hash of its
// content; the second and later entries of one statement with the same identity get #2, #3, ...
void assign(ParsedStatement &statement);
} // namespace StatementEntryKeys
