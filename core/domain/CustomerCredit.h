#pragma once

#include "Payment.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// One movement of a customer's credit (table customer_credits, migration 0016). The credit is
// the sum of the movements and never negative.
enum class CustomerCreditKind { Kept, Applied, Refunded };

struct CustomerCreditMovement
{
    qint64 id = 0;
    qint64 customerId = 0;
    CustomerCreditKind kind = CustomerCreditKind::Kept;
    qint64 amount = 0; // minor units: kept > 0, applied and refunded < 0
    QDate date;
    qint64 documentId = 0; // the invoice over-paid, or the invoice the credit was applied to
    qint64 paymentId = 0; // the payment that carried the over-payment, or that applied the credit
    qint64 journalEntryId = 0; // kept and refunded: their own journal entry
    PaymentMethod method = PaymentMethod::BankTransfer; // kept and refunded: how the money moved
    QString reference;
    QDateTime createdAt;
    QString createdBy;

    static QString kindKey(CustomerCreditKind kind)
    {
        switch (kind) {
        case CustomerCreditKind::Kept:
            return QStringLiteral("kept");
        case CustomerCreditKind::Applied:
            return QStringLiteral("applied");
        case CustomerCreditKind::Refunded:
            return QStringLiteral("refunded");
        }
        return {};
    }
    static CustomerCreditKind kindFromKey(const QString &key)
    {
        if (key == QLatin1String("applied"))
            return CustomerCreditKind::Applied;
        if (key == QLatin1String("refunded"))
            return CustomerCreditKind::Refunded;
        return CustomerCreditKind::Kept;
    }
};
