#pragma once

#include "Ledger.h"
#include "MatchEngine.h"
#include "StatementRepository.h"

#include <memory>

// What `auto` did.
struct ReconciliationAutoSummary
{
    int examined = 0;
    int applied = 0; // entries that became payments
    qint64 amount = 0; // paid in total
    qint64 unapplied = 0; // left on those entries above what was due
    QStringList skipped; // entries a rule refused, with why
};

// An entry with what the matching proposes for it.
struct ReconciliationItem
{
    StatementEntry entry;
    QList<MatchProposal> proposals;
};

// Turns bank entries into payments: proposals (MatchEngine), and applying them (the clerk's
// choice, or the exact references automatically). Applying one entry is one transaction: its
// payments (method bank transfer, dated on the booking date, the entry's reference), their link to
// the entry, the entry's applied amount, the payer's IBAN learned for the customer and an audit
// event naming the statement entry. An entry is never applied beyond its amount, an invoice
// never beyond its due (PaymentService refuses over-payments).
class ReconciliationService
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationService)
public:
    // references: how structured references name invoices; nullptr: the references frozen on
    // the posted invoices (MatchDocumentReferenceLookup).
    explicit ReconciliationService(Ledger &ledger, const MatchReferenceLookup *references = nullptr);
    ~ReconciliationService();

    // The company setting "bank.auto_apply_references" (default yes).
    Result<bool> autoApplyReferences() const;
    Status setAutoApplyReferences(bool on);

    Result<QList<ReconciliationItem>> openItems(qint64 limit = -1);
    Result<QList<MatchProposal>> proposals(qint64 entryId);
    // Applies the allocations to the entry (one transaction); returns the amount applied.
    Result<qint64> apply(qint64 entryId, const QList<MatchAllocation> &allocations, const QString &how);
    // The clerk leaves the entry (not a payment of an invoice): it drops out of the open list.
    Status leave(qint64 entryId);
    // Applies every open entry whose first proposal is an exact structured reference.
    Result<ReconciliationAutoSummary> applyReferences(const std::function<void(qint64, qint64)> &progress = {});

    StatementRepository &entries() { return m_entries; }

private:
    Result<MatchEngine *> engine();
    QString paymentReference(const StatementEntry &entry) const;

    Ledger &m_ledger;
    const MatchReferenceLookup *m_references;
    StatementRepository m_entries;
    MatchCandidateRepository m_candidates;
    std::unique_ptr<MatchReferenceLookup> m_ownReferences;
    std::unique_ptr<MatchEngine> m_engine;
};
