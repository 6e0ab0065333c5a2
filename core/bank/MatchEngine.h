#pragma once

#include "MatchCandidateRepository.h"
#include "MatchProposal.h"
#include "MatchReferenceLookup.h"
#include "StatementEntry.h"

#include <QHash>
#include <QMultiHash>
#include <QVector>

// Proposes what a bank entry pays, in this order, each proposal with its reason:
//  1. the structured reference (RF or Belgian) of one invoice, in the reference field or the text;
//  2. invoice numbers found in the remittance text;
//  3. the payer's IBAN known for a customer, and one of that customer's open invoices whose due is
//     the entry's amount, or a set of them summing to it (a bounded search, oldest first);
//  4. the payer's name (a customer's, or the name billed) and an open invoice of that amount.
// Never more than an invoice's due: what is left stays unapplied on the entry. Invoices issued
// after the entry was booked are not proposed (a payment is never dated before its invoice).
// Works in memory on what it was given; consume() keeps it current while entries are applied.
class MatchEngine
{
    Q_DECLARE_TR_FUNCTIONS(MatchEngine)
public:
    MatchEngine(const QList<OpenInvoice> &invoices, const QHash<QString, QList<qint64>> &accounts,
        const MatchReferenceLookup *references);

    QList<MatchProposal> propose(const StatementEntry &entry) const;
    // What was paid: the invoices' dues go down (to nothing: they are no longer proposed).
    void consume(const QList<MatchAllocation> &allocations);
    // A customer now known to pay from this IBAN.
    void learn(const QString &iban, qint64 customerId);
    // The open invoice with this id, or nullptr.
    const OpenInvoice *invoice(qint64 documentId) const;

    // The search for a set of invoices summing to an amount looks at most at this many of the
    // customer's oldest open invoices and combines at most MaxSetSize of them.
    static constexpr int MaxSetCandidates = 24;
    static constexpr int MaxSetSize = 5;
    static QString normalizedName(const QString &name);

private:
    bool usable(int index, const StatementEntry &entry) const;
    void allocate(MatchProposal &proposal, const QList<int> &indexes, qint64 amount) const;
    QList<int> invoicesNumbered(const StatementEntry &entry) const;
    bool findSet(const QList<int> &candidates, qint64 amount, QList<int> *chosen) const;

    QVector<OpenInvoice> m_invoices;
    QHash<qint64, int> m_byId;
    QHash<QString, int> m_byNumber;
    QHash<qint64, QList<int>> m_byCustomer; // oldest first
    QMultiHash<qint64, int> m_byDue;
    QHash<QString, QList<qint64>> m_customersByName;
    QHash<QString, QList<qint64>> m_accounts;
    const MatchReferenceLookup *m_references;
};
