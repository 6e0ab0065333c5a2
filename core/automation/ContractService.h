#pragma once

#include "AuditLog.h"
#include "Contract.h"
#include "ContractRepository.h"
#include "LedgerContext.h"

// What is done to a contract itself: create and edit it, its lines and their price versions,
// pause, resume (catching up or skipping the missed periods), end and cancel. Each call is one
// transaction with its audit event (entity "contract"); a refusal changes nothing.
class ContractService
{
    Q_DECLARE_TR_FUNCTIONS(ContractService)
public:
    enum class Missed { CatchUp, Skip };

    ContractService(LedgerContext &context, AuditLog &audit)
        : m_ctx(context)
        , m_audit(audit)
        , m_contracts(context.db)
    { }

    ContractRepository &repository() { return m_contracts; }

    // The header of `contract` (its lines are ignored): returns the new id.
    Result<qint64> add(const Contract &contract);
    // Header fields of `edited` replace the contract's. Its schedule (start, frequency, billing)
    // cannot change once an occurrence exists, nor its end exclude one.
    Status edit(const Contract &edited);
    // A line and its first price version, effective from the contract's start.
    Result<qint64> addLine(qint64 contractId, const ContractLine &line, const ContractVersion &price);
    // The line bills no period starting on or after `from` (invalid: today).
    Status removeLine(qint64 contractId, qint64 lineId, const QDate &from);
    // A new price (and tax) of a line, for the periods starting on or after `price.effectiveFrom`.
    Result<qint64> setPrice(qint64 contractId, qint64 lineId, const ContractVersion &price);
    Status pause(qint64 contractId);
    // Skip: the periods due by today that were not made are recorded as skipped.
    Status resume(qint64 contractId, Missed missed);
    // The last period billed is the one starting on or before `on` (invalid: today).
    Status end(qint64 contractId, const QDate &on);
    Status cancel(qint64 contractId);

    // Records occurrence k as skipped (the since-last-run window's Skip), in its own transaction.
    Status skip(qint64 contractId, int occurrence);

private:
    Status validateHeader(Contract &contract) const;
    Status validatePrice(ContractVersion &price, const ContractLine &line) const;
    Result<Contract> loadOpen(qint64 contractId) const; // refuses a cancelled contract
    // The start of the latest period already made (invalid: none).
    Result<QDate> lastMadeStart(const Contract &contract) const;
    Status skipIn(const Contract &contract, int occurrence);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
    ContractRepository m_contracts;
};
