#pragma once

#include "Database.h"
#include "Payment.h"

#include <QList>

// What the payments list shows of one payment: the payment and the document it settles.
struct PaymentRow
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString documentNumber;
    QString customerName;
    PaymentKind kind = PaymentKind::Payment;
    qint64 amount = 0; // minor units; a reversal is negative
    QDate date;
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString reference;
    QString createdBy;
    bool reversed = false;
};

// The payments list's reads (PaymentListService): each payment with the document it settles.
class PaymentListRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentListRepository)
public:
    explicit PaymentListRepository(Database &db) : m_db(db) {}

    // Newest first; search matches the document number, the customer and the payment reference.
    Result<QList<PaymentRow>> recent(const QString &search, int limit) const;
    Result<QList<PaymentRow>> forDocument(qint64 documentId) const;

private:
    Database &m_db;
};
