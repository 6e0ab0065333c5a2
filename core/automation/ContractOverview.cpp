#include "ContractOverview.h"

#include "ContractSchedule.h"

Result<QList<ContractOverviewRow>> ContractOverview::rows(
    const QDate &today, int currencyDigits, qint64 customerId) const
{
    auto contracts = m_contracts.list(customerId);
    if (!contracts)
        return contracts.error();
    auto progress = m_contracts.progress();
    if (!progress)
        return progress.error();
    auto last = m_contracts.lastDocuments();
    if (!last)
        return last.error();
    QList<ContractOverviewRow> rows;
    rows.reserve(contracts->size());
    for (const Contract &c : std::as_const(contracts.value())) {
        ContractOverviewRow row;
        row.contract = c;
        const OccurrenceProgress made = progress->value(c.id);
        // The first occurrence not made yet (a gap left by a skip-less failure counts too).
        int k = 0;
        if (made.contiguous())
            k = made.highest + 1;
        else {
            auto numbers = m_contracts.occurrenceNumbers(c.id);
            if (!numbers)
                return numbers.error();
            while (numbers->contains(k))
                ++k;
        }
        if (c.status != ContractStatus::Cancelled)
            if (const auto next = ContractSchedule::next(c, k))
                row.nextBillDate = next->billDate;
        const auto it = last->constFind(c.id);
        if (it != last->constEnd()) {
            row.lastInvoice = it->documentLabel;
            row.lastInvoiceId = it->occurrence.documentId;
        }
        if (c.bills())
            row.monthlyNet = ContractSchedule::monthlyNet(c, today, currencyDigits);
        rows.append(row);
    }
    return rows;
}
