#include "BulkService.h"

#include "CsvReader.h"
#include "TextRules.h"

#include <algorithm>

namespace {
// Runs `work` on each id, collecting the outcome; stops when progress says so.
template<typename Work>
BulkSummary runEach(const QList<qint64> &ids, const BulkProgress &progress, Work work)
{
    BulkSummary summary;
    summary.total = ids.size();
    qint64 handled = 0;
    for (qint64 id : ids) {
        BulkItem item;
        item.id = id;
        const bool ok = work(item);
        (ok ? summary.done : summary.failed).append(item);
        ++handled;
        if (progress && !progress(handled, summary.total, item.label) && handled < summary.total) {
            summary.cancelled = true;
            break;
        }
    }
    return summary;
}
} // namespace

Result<QList<ServiceOrderSummary>> BulkService::ordersToInvoice(int limit) const
{
    auto rows = m_ctx.orders.list(OrderStatus::Done, QString(), limit);
    if (!rows)
        return rows;
    QList<ServiceOrderSummary> open;
    for (const ServiceOrderSummary &o : std::as_const(rows.value()))
        if (o.invoiceId == 0)
            open.append(o);
    std::reverse(open.begin(), open.end());
    return open;
}

Result<QList<DocumentSummary>> BulkService::drafts(int limit) const
{
    DocumentFilter filter;
    filter.statuses = {DocumentStatus::Draft};
    auto rows = m_ctx.documents.list(filter, 0, limit);
    if (!rows)
        return rows;
    QList<DocumentSummary> list = rows.value();
    std::reverse(list.begin(), list.end());
    return list;
}

BulkSummary BulkService::createDrafts(const QList<qint64> &orderIds, const BulkProgress &progress)
{
    return runEach(orderIds, progress, [this](BulkItem &item) {
        auto order = m_ctx.orders.find(item.id);
        item.label = order ? (order->jobRef.isEmpty() ? tr("Order %1").arg(item.id) : order->jobRef)
                           : tr("Order %1").arg(item.id);
        auto draft = m_drafts.createFromOrder(item.id);
        if (!draft) {
            item.message = draft.message();
            return false;
        }
        item.resultId = draft.value();
        item.outcome = tr("Draft #%1").arg(draft.value());
        return true;
    });
}

BulkSummary BulkService::post(const QList<qint64> &draftIds, const BulkProgress &progress)
{
    return runEach(draftIds, progress, [this](BulkItem &item) {
        auto draft = m_ctx.documents.find(item.id, false);
        item.label = draft ? draft->displayName() : tr("Document %1").arg(item.id);
        auto number = m_posting.post(item.id);
        if (!number) {
            item.message = number.message();
            return false;
        }
        item.resultId = item.id;
        item.outcome = number.value();
        return true;
    });
}

Result<QList<BulkSendLine>> BulkService::readSendList(const QByteArray &bytes)
{
    auto table = CsvReader::parse(bytes);
    if (!table)
        return table.error();
    const int number = table->column({QStringLiteral("number"), QStringLiteral("invoice"), QStringLiteral("document")});
    const int address = table->column({QStringLiteral("email"), QStringLiteral("address"), QStringLiteral("to")});
    if (number < 0)
        return Error::invalid(tr("Row 1: the list needs a header with a \"number\" column (and optionally "
                                 "\"email\"). Nothing was sent."));
    QList<BulkSendLine> lines;
    for (const CsvRow &row : std::as_const(table->rows)) {
        BulkSendLine line {
            row.row, row.cells.value(number).trimmed(), address >= 0 ? row.cells.value(address).trimmed() : QString()};
        if (line.number.isEmpty())
            return Error::invalid(tr("Row %1, field \"number\": is empty. Nothing was sent.").arg(row.row));
        if (!line.address.isEmpty() && !TextRules::isValidEmail(line.address))
            return Error::invalid(tr("Row %1, field \"email\": \"%2\" is not a valid email address. Nothing was sent.")
                                      .arg(row.row)
                                      .arg(line.address));
        lines.append(line);
    }
    return lines;
}

BulkSummary BulkService::send(const QList<BulkSendLine> &lines, const BulkSender &sender, const BulkProgress &progress)
{
    QList<qint64> rows;
    for (qsizetype i = 0; i < lines.size(); ++i)
        rows << i;
    return runEach(rows, progress, [&](BulkItem &item) {
        const BulkSendLine &line = lines.at(item.id);
        item.label = line.number;
        auto id = m_ctx.documents.idByNumber(line.number);
        if (!id) {
            item.message = tr("Row %1: %2").arg(line.row).arg(id.message());
            return false;
        }
        item.id = id.value();
        auto document = m_ctx.documents.find(id.value(), false);
        if (!document) {
            item.message = document.message();
            return false;
        }
        if (!sender) {
            item.message = tr("Sending by email is not set up (Settings › Mail).");
            return false;
        }
        const Status sent = sender(document.value(), line.address);
        if (!sent) {
            item.message = sent.message();
            return false;
        }
        item.outcome = line.address.isEmpty() ? tr("queued") : tr("queued to %1").arg(line.address);
        return true;
    });
}
