#pragma once

#include "CliSession.h"
#include "ContractRunService.h"
#include "ContractService.h"

// What the contract verbs print: contract list and show, contracts due, the report of a run
// (text, or JSON with --json).
namespace CliContractReports {
Status listContracts(CliSession &s, ContractService &service);
Status showContract(CliSession &s, ContractService &service, qint64 id);
Status listDue(CliSession &s, Ledger &l, const QDate &asOf);
// Prints each document made: contract, occurrence, period, draft id or number (and what needs
// attention); refused when an occurrence could not be made.
Status reportRun(CliSession &s, const QList<MadeOccurrence> &made);
} // namespace CliContractReports
