#pragma once

#include "Contract.h"
#include "Database.h"

#include <QHash>
#include <QList>
#include <QSet>

// How far a contract's occurrences go: how many exist and the highest occurrence number.
struct OccurrenceProgress
{
    int count = 0;
    int highest = -1;
    bool contiguous() const { return count == highest + 1; }
};

// An occurrence with its document, for lists (the contracts page, `contract show`).
struct OccurrenceSummary
{
    ContractOccurrence occurrence;
    QString documentLabel; // "INV-2026-00012" or "Draft #17"; empty for a skip
    QString documentStatus; // "draft", "posted", ...
    bool documentDeleted = false;
};

// Every statement about contracts, their lines, price versions and occurrences (migration 13).
class ContractRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContractRepository)
public:
    explicit ContractRepository(Database &db)
        : m_db(db)
    { }

    Result<qint64> insert(const Contract &contract);
    Status update(const Contract &contract); // the header; lines and versions have their own calls
    Status setStatus(qint64 contractId, ContractStatus status, const QDate &pausedOn, const QDateTime &nowUtc);
    Status setEndDate(qint64 contractId, const QDate &endDate, const QDateTime &nowUtc);
    Result<Contract> find(qint64 id) const;
    // Every contract (of one customer when customerId > 0) with its lines and versions, by id.
    Result<QList<Contract>> list(qint64 customerId = 0) const;

    Result<qint64> insertLine(const ContractLine &line);
    Status setLineEnd(qint64 lineId, const QDate &endsOn);
    Result<qint64> insertVersion(const ContractVersion &version);

    Result<QHash<qint64, OccurrenceProgress>> progress() const;
    Result<OccurrenceProgress> progressOf(qint64 contractId) const;
    Result<QSet<int>> occurrenceNumbers(qint64 contractId) const;
    Result<bool> hasOccurrence(qint64 contractId, int occurrence) const;
    Result<qint64> insertOccurrence(const ContractOccurrence &occurrence);
    // Newest first; limit 0: all.
    Result<QList<OccurrenceSummary>> occurrencesOf(qint64 contractId, int limit = 0) const;
    // The latest occurrence made with a document, per contract.
    Result<QHash<qint64, OccurrenceSummary>> lastDocuments() const;
    // The occurrences that did not become what their contract asks and still need a person: made
    // into drafts that were meant to be posted, still drafts; posted but not sent, still not in
    // the outbox.
    Result<QList<OccurrenceSummary>> needingAttention() const;

    // For `check`: one line per occurrence row that breaks a rule the schema cannot hold alone
    // (the same occurrence twice, a document missing or named twice, another customer's
    // document), first ones first, at most `limit`.
    Result<QStringList> occurrenceProblems(int limit = 20) const;
    // Every made occurrence: (contract id, occurrence, period start, period end).
    Result<QList<ContractOccurrence>> allOccurrences() const;

private:
    Status loadLines(QList<Contract> &contracts, qint64 customerId) const;
    Database &m_db;
};
