#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Part of a bank entry applied to one invoice.
struct MatchAllocation
{
    qint64 documentId = 0;
    QString number;
    qint64 amount = 0; // minor units, never more than the invoice's due
};

// Why an entry is thought to pay what it pays, in the order the matching tries them.
enum class MatchReason { Reference, NumberInText, IbanAmount, IbanSet, NameAmount };

struct MatchProposal
{
    Q_DECLARE_TR_FUNCTIONS(MatchProposal)
public:
    MatchReason reason = MatchReason::Reference;
    QString explanation; // translated, for the clerk
    QList<MatchAllocation> allocations;

    qint64 total() const
    {
        qint64 sum = 0;
        for (const MatchAllocation &a : allocations)
            sum += a.amount;
        return sum;
    }
    // Applied without asking (when the setting says so): the payer's own structured reference.
    bool automatic() const { return reason == MatchReason::Reference; }
    static QString reasonKey(MatchReason reason);
    static QString reasonText(MatchReason reason);
};
