#pragma once

#include "DraftService.h"
#include "LedgerContext.h"
#include "PostingService.h"

#include <functional>

// Called after each item: (done, total, what was just handled). Returning false cancels the
// rest; what was done stays done (each item is its own transaction).
using BulkProgress = std::function<bool(qint64 done, qint64 total, const QString &current)>;
// Sends one posted document to an address (empty: the customer's own) — the outbox's job.
using BulkSender = std::function<Status(const Document &document, const QString &address)>;

struct BulkItem
{
    qint64 id = 0; // the order, draft or document handled
    QString label; // "J-1042", "Draft #17", "INV-2026-00012"
    QString outcome; // what it became ("Draft #18", "INV-2026-00013", "queued to a@b.fr")
    qint64 resultId = 0; // the draft created, ...
    QString message; // why it was refused
};

struct BulkSummary
{
    qint64 total = 0;
    QList<BulkItem> done;
    QList<BulkItem> failed;
    bool cancelled = false;
    qint64 notReached() const { return total - done.size() - failed.size(); }
};

// One line of a bulk-send list: a document number and, optionally, where to send it.
struct BulkSendLine
{
    int row = 0;
    QString number;
    QString address;
};

// Bulk work (issue 6): drafts for many Done service orders, posting many drafts, sending many
// invoices. Each item is its own transaction: a refused one is reported and the rest go on.
class BulkService
{
    Q_DECLARE_TR_FUNCTIONS(BulkService)
public:
    BulkService(LedgerContext &context, DraftService &drafts, PostingService &posting)
        : m_ctx(context)
        , m_drafts(drafts)
        , m_posting(posting)
    { }

    // Done service orders not yet invoiced, oldest first.
    Result<QList<ServiceOrderSummary>> ordersToInvoice(int limit = 10000) const;
    // Draft invoices and credit notes (not in the trash), oldest first.
    Result<QList<DocumentSummary>> drafts(int limit = 10000) const;

    BulkSummary createDrafts(const QList<qint64> &orderIds, const BulkProgress &progress = {});
    BulkSummary post(const QList<qint64> &draftIds, const BulkProgress &progress = {});
    // "number[,email]" rows with a header naming the columns; errors name the row and field.
    static Result<QList<BulkSendLine>> readSendList(const QByteArray &csv);
    BulkSummary send(const QList<BulkSendLine> &lines, const BulkSender &sender, const BulkProgress &progress = {});

private:
    LedgerContext &m_ctx;
    DraftService &m_drafts;
    PostingService &m_posting;
};
