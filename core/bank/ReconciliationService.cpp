#include "ReconciliationService.h"

#include "MatchDocumentReferenceLookup.h"
#include "Money.h"
#include "Transaction.h"

#include <QJsonArray>

namespace {
const QString AutoApplyKey = QStringLiteral("bank.auto_apply_references");
}

ReconciliationService::ReconciliationService(Ledger &ledger, const MatchReferenceLookup *references)
    : m_ledger(ledger)
    , m_references(references)
    , m_entries(ledger.database())
    , m_candidates(ledger.database())
{ }

ReconciliationService::~ReconciliationService() = default;

Result<bool> ReconciliationService::autoApplyReferences() const
{
    auto value = m_ledger.context().company.setting(AutoApplyKey, QStringLiteral("yes"));
    if (!value)
        return value.error();
    return value.value() != QLatin1String("no");
}

Status ReconciliationService::setAutoApplyReferences(bool on)
{
    LedgerContext &ctx = m_ledger.context();
    Transaction tx(ctx.db);
    FACTURO_TRY(tx.began());
    const QString value = on ? QStringLiteral("yes") : QStringLiteral("no");
    FACTURO_TRY(ctx.company.setSetting(AutoApplyKey, value));
    FACTURO_TRY(m_ledger.audit().record(QStringLiteral("settings"), 1, QStringLiteral("edit"),
        {{QStringLiteral("setting"), AutoApplyKey}, {QStringLiteral("value"), value}}));
    return tx.commit();
}

Result<MatchEngine *> ReconciliationService::engine()
{
    if (!m_engine) {
        auto invoices = m_candidates.openInvoices();
        if (!invoices)
            return invoices.error();
        auto accounts = m_candidates.customerAccounts();
        if (!accounts)
            return accounts.error();
        const MatchReferenceLookup *references = m_references;
        if (!references) {
            m_ownReferences = std::make_unique<MatchDocumentReferenceLookup>(m_ledger.context().documents);
            references = m_ownReferences.get();
        }
        m_engine = std::make_unique<MatchEngine>(invoices.value(), accounts.value(), references);
    }
    return m_engine.get();
}

Result<QList<ReconciliationItem>> ReconciliationService::openItems(qint64 limit)
{
    auto open = m_entries.list(true, limit);
    if (!open)
        return open.error();
    auto e = engine();
    if (!e)
        return e.error();
    QList<ReconciliationItem> items;
    for (const StatementEntry &entry : open.value())
        items.append({entry, e.value()->propose(entry)});
    return items;
}

Result<QList<MatchProposal>> ReconciliationService::proposals(qint64 entryId)
{
    auto entry = m_entries.find(entryId);
    if (!entry)
        return entry.error();
    auto e = engine();
    if (!e)
        return e.error();
    return e.value()->propose(entry.value());
}

QString ReconciliationService::paymentReference(const StatementEntry &e) const
{
    QString ref = !e.structuredReference.isEmpty() ? e.structuredReference
        : !e.endToEndId.isEmpty()                  ? e.endToEndId
        : !e.servicerRef.isEmpty()                 ? e.servicerRef
                                                   : e.remittance;
    return tr("Bank entry %1: %2").arg(e.id).arg(ref).left(200).trimmed();
}

Result<qint64> ReconciliationService::apply(
    qint64 entryId, const QList<MatchAllocation> &allocations, const QString &how)
{
    if (allocations.isEmpty())
        return Error::invalid(tr("Name at least one invoice to apply statement entry %1 to.").arg(entryId));
    LedgerContext &ctx = m_ledger.context();
    Transaction tx(ctx.db);
    FACTURO_TRY(tx.began());
    auto found = m_entries.find(entryId);
    if (!found)
        return found.error();
    const StatementEntry entry = found.value();
    if (!entry.credit)
        return Error::refused(tr("Statement entry %1 is a debit: money that left the account is no payment of an "
                                 "invoice.")
                                  .arg(entryId));
    if (entry.reversal)
        return Error::refused(tr("Statement entry %1 is a returned or reversed transfer (%2): it pays no invoice.")
                                  .arg(entryId)
                                  .arg(entry.returnReason.isEmpty() ? tr("reversal") : entry.returnReason));
    if (entry.status == StatementEntry::Status::Applied || entry.unapplied() <= 0)
        return Error::conflict(tr("Statement entry %1 is already applied.").arg(entryId));
    qint64 total = 0;
    QSet<qint64> documents;
    for (const MatchAllocation &a : allocations) {
        if (a.amount <= 0)
            return Error::invalid(tr("Each amount applied must be greater than zero."));
        if (documents.contains(a.documentId))
            return Error::invalid(tr("An invoice is named twice for statement entry %1.").arg(entryId));
        documents.insert(a.documentId);
        total += a.amount;
    }
    if (total > entry.unapplied())
        return Error::refused(
            tr("%1 is more than the %2 left on statement entry %3.")
                .arg(Money::plain(total, entry.currency), Money::plain(entry.unapplied(), entry.currency))
                .arg(entryId));
    QJsonArray paid;
    QSet<qint64> customers;
    for (const MatchAllocation &a : allocations) {
        auto invoice = m_candidates.openInvoice(a.documentId);
        if (!invoice)
            return invoice.error();
        PaymentRequest request;
        request.documentId = a.documentId;
        request.amount = a.amount;
        request.date = entry.bookingDate;
        request.method = PaymentMethod::BankTransfer;
        request.reference = paymentReference(entry);
        auto payment = m_ledger.payments().registerPayment(request);
        if (!payment)
            return payment.error().prefixed(tr("Statement entry %1").arg(entryId));
        FACTURO_TRY(m_entries.linkPayment(entryId, {payment.value(), a.documentId, invoice->number, a.amount}));
        paid.append(QJsonObject {{QStringLiteral("payment"), payment.value()},
            {QStringLiteral("invoice"), invoice->number}, {QStringLiteral("amount"), a.amount}});
        customers.insert(invoice->customerId);
    }
    const qint64 applied = entry.appliedAmount + total;
    FACTURO_TRY(m_entries.setProgress(
        entryId, applied, applied == entry.amount ? StatementEntry::Status::Applied : StatementEntry::Status::Open));
    // The payer's account, learned for the customer when the entry paid one customer's invoices.
    const bool learn = !entry.debtorIban.isEmpty() && customers.size() == 1;
    if (learn)
        FACTURO_TRY(m_candidates.learnAccount(entry.debtorIban, *customers.cbegin(), entryId, ctx.clock.nowUtc()));
    FACTURO_TRY(m_ledger.audit().record(QStringLiteral("bank_entry"), entryId, QStringLiteral("apply"),
        {{QStringLiteral("entry"), entry.key}, {QStringLiteral("how"), how}, {QStringLiteral("payments"), paid},
            {QStringLiteral("applied"), total}, {QStringLiteral("unapplied"), entry.amount - applied}}));
    FACTURO_TRY(tx.commit());
    if (m_engine) {
        m_engine->consume(allocations);
        if (learn)
            m_engine->learn(entry.debtorIban, *customers.cbegin());
    }
    return total;
}

Status ReconciliationService::leave(qint64 entryId)
{
    LedgerContext &ctx = m_ledger.context();
    Transaction tx(ctx.db);
    FACTURO_TRY(tx.began());
    auto entry = m_entries.find(entryId);
    if (!entry)
        return entry.error();
    if (entry->status != StatementEntry::Status::Open)
        return Error::conflict(tr("Statement entry %1 is not open.").arg(entryId));
    FACTURO_TRY(m_entries.setProgress(entryId, entry->appliedAmount, StatementEntry::Status::Left));
    FACTURO_TRY(m_ledger.audit().record(
        QStringLiteral("bank_entry"), entryId, QStringLiteral("leave"), {{QStringLiteral("entry"), entry->key}}));
    return tx.commit();
}

Result<ReconciliationAutoSummary> ReconciliationService::applyReferences(
    const std::function<void(qint64, qint64)> &progress)
{
    auto open = m_entries.list(true);
    if (!open)
        return open.error();
    auto e = engine();
    if (!e)
        return e.error();
    ReconciliationAutoSummary summary;
    const qint64 total = open->size();
    for (const StatementEntry &entry : open.value()) {
        ++summary.examined;
        if (progress && summary.examined % 500 == 0)
            progress(summary.examined, total);
        const QList<MatchProposal> proposals = e.value()->propose(entry);
        if (proposals.isEmpty() || !proposals.first().automatic())
            continue;
        auto applied = apply(entry.id, proposals.first().allocations, QStringLiteral("reference"));
        if (!applied) {
            if (applied.error().kind() == ErrorKind::Storage)
                return applied.error();
            summary.skipped.append(applied.message());
            continue;
        }
        ++summary.applied;
        summary.amount += applied.value();
        summary.unapplied += entry.unapplied() - applied.value();
    }
    return summary;
}
