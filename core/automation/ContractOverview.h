#pragma once

#include "Contract.h"
#include "ContractRepository.h"

// One row of the contracts page and of a customer's contracts: the contract, when it bills
// next, its last invoice and what it brings in a month.
struct ContractOverviewRow
{
    Contract contract;
    QDate nextBillDate; // invalid: nothing more to bill (ended, cancelled, count reached)
    QString lastInvoice; // "INV-2026-00012", "Draft #17" or empty
    qint64 lastInvoiceId = 0;
    qint64 monthlyNet = 0; // minor units, at today's prices
};

// Reads what the window lists about contracts (the window has no SQL of its own).
class ContractOverview
{
    Q_DECLARE_TR_FUNCTIONS(ContractOverview)
public:
    explicit ContractOverview(Database &db)
        : m_contracts(db)
    { }

    // customerId 0: every contract.
    Result<QList<ContractOverviewRow>> rows(const QDate &today, int currencyDigits, qint64 customerId = 0) const;

private:
    ContractRepository m_contracts;
};
