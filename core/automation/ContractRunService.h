#pragma once

#include "Contract.h"
#include "ContractRepository.h"
#include "Result.h"

#include <functional>

class Ledger;

// An occurrence due and not made yet.
struct DueOccurrence
{
    qint64 contractId = 0;
    qint64 customerId = 0;
    QString customerName;
    ContractAction action = ContractAction::Draft;
    ContractPeriod period;
};

// What making one occurrence did.
struct MadeOccurrence
{
    DueOccurrence due;
    qint64 documentId = 0;
    QString number; // the posted number; empty for a draft
    OccurrenceOutcome outcome = OccurrenceOutcome::Draft;
    QString attention; // why it stays a draft, or was not sent
    QString error; // why nothing was made (the occurrence stays due)
    bool alreadyMade = false; // another run made it first: nothing done
};

// Queues a posted document in the outbox (DocumentMailer, given by the CLI and the window).
using ContractSender = std::function<Status(qint64 documentId)>;
// Called after each occurrence; returning false stops the run (what was made stays made).
using ContractProgress = std::function<bool(qint64 done, qint64 total)>;

// "Since last run" (GnuCash's model): every occurrence due up to a date plus each contract's lead
// days that does not exist yet, across any gap, each made in one transaction (a savepoint of the
// run's group commit) with its contract_occurrences row (UNIQUE (contract, occurrence)): two runs
// at once, or a run killed at any moment, make each occurrence exactly once. An occurrence the contract wants posted
// keeps every rule of posting (legal fields, e-invoice check; above the approval threshold an automatic run never
// posts): when it cannot be posted it stays a draft, marked as needing attention.
class ContractRunService
{
    Q_DECLARE_TR_FUNCTIONS(ContractRunService)
public:
    explicit ContractRunService(Ledger &ledger, ContractSender sender = {});

    Result<QList<DueOccurrence>> due(const QDate &asOf);
    // Makes one occurrence (the window's Create).
    Result<MadeOccurrence> make(qint64 contractId, int occurrence);
    // Makes every occurrence due as of `asOf`; each failure is reported and the rest go on.
    Result<QList<MadeOccurrence>> run(const QDate &asOf, const ContractProgress &progress = {});

private:
    Result<MadeOccurrence> makeIn(const Contract &contract, int occurrence);
    Result<QList<DueOccurrence>> dueOf(const QList<Contract> &contracts, const QDate &asOf);

    Ledger &m_ledger;
    ContractSender m_sender;
    ContractRepository m_contracts;
};
