#pragma once

#include "Database.h"
#include "PaymentListRepository.h"

#include <QList>

// Read-only: the payments of the company file, newest first, for the Payments page.
class PaymentListService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentListService)
public:
    explicit PaymentListService(Database &db) : m_db(db) {}

    // Search matches the document number, the customer and the payment reference.
    Result<QList<PaymentRow>> recent(const QString &search = {}, int limit = 500) const;
    Result<QList<PaymentRow>> forDocument(qint64 documentId) const;

private:
    Database &m_db;
};
