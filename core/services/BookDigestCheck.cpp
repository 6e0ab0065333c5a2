#include "BookDigestCheck.h"

#include "MoneyEvents.h"
#include "SqlStatement.h"

#include <QJsonDocument>

QString BookDigestReport::summary() const
{
    QString line = BookDigestCheck::tr("%n money event(s): the documents and payments they fixed still match their "
                                       "digests",
        nullptr, static_cast<int>(checked));
    if (withoutDigest > 0)
        line += BookDigestCheck::tr(" (%n older event(s) written before row digests carry none to compare)", nullptr,
            static_cast<int>(withoutDigest));
    return line;
}

Result<BookDigestReport> BookDigestCheck::run()
{
    BookDigestReport report;
    BookRowsRepository books(m_ctx.db);
    Status failed;
    const Status walked = m_ctx.audit.forEach([&](const AuditEvent &e) {
        if (!MoneyEvents::fixesMoney(e.entity, e.action))
            return true;
        const QJsonObject details = QJsonDocument::fromJson(e.details.toUtf8()).object();
        const QString recorded = details.value(MoneyEvents::digestKey()).toString();
        if (recorded.isEmpty()) {
            ++report.withoutDigest;
            return true;
        }
        auto rows = MoneyEvents::rowsOf(books, e.entity, e.entityId, e.action, details);
        if (!rows) {
            failed = rows.error();
            return false;
        }
        auto digest = MoneyEvents::digestOf(books, rows.value());
        if (!digest) {
            failed = digest.error();
            return false;
        }
        const QString event = tr("audit event %1 (%2, %3)").arg(e.id).arg(e.action, SqlValue::timestamp(e.occurredAt));
        if (!digest->has_value()) {
            report.problem
                = tr("%1: the rows %2 vouches for no longer exist: they were deleted.").arg(rows->name, event);
        } else if (**digest != recorded) {
            report.problem = rows->table == MoneyEvents::Rows::Table::CustomerCredit
                    || rows->table == MoneyEvents::Rows::Table::DebitReturn
                ? tr("%1: its rows or its journal entry no longer match the digest of %2: they were changed after "
                     "it was recorded.")
                      .arg(rows->name, event)
                : rows->isPayment
                ? tr("%1: the payment or its journal entry no longer matches the digest of %2: its rows were "
                     "changed after it was recorded.")
                      .arg(rows->name, event)
                : tr("%1: the document, its lines, its tax lines or its journal entry no longer match the digest "
                     "of %2: its rows were changed after it was posted.")
                      .arg(rows->name, event);
        }
        if (!report.problem.isEmpty()) {
            report.firstBrokenEvent = e.id;
            return false;
        }
        ++report.checked;
        return true;
    });
    FACTURO_TRY(walked);
    FACTURO_TRY(failed);
    return report;
}
