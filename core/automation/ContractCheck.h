#pragma once

#include "Database.h"
#include "IntegrityCheck.h"

// The contract part of `check` (IntegrityCheck): each occurrence recorded once, its document
// present (an invoice to the contract's customer, named by no other occurrence), and its period
// the one the schedule computes from the contract's start date. Reads only.
class ContractCheck
{
    Q_DECLARE_TR_FUNCTIONS(ContractCheck)
public:
    static Status run(Database &db, IntegrityReport &report);
};
