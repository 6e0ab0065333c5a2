#pragma once

#include "Database.h"
#include "Payment.h"

#include <QList>

class PaymentRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)
public:
    explicit PaymentRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const Payment &payment);
    Result<Payment> find(qint64 id) const;
    Result<QList<Payment>> forDocument(qint64 documentId) const;
    Result<qint64> sumForDocument(qint64 documentId) const;
    Result<bool> isReversed(qint64 paymentId) const;

private:
    Database &m_db;
};
