#include "PaymentListService.h"

Result<QList<PaymentRow>> PaymentListService::recent(const QString &search, int limit) const
{
    return PaymentListRepository(m_db).recent(search, limit);
}

Result<QList<PaymentRow>> PaymentListService::forDocument(qint64 documentId) const
{
    return PaymentListRepository(m_db).forDocument(documentId);
}
