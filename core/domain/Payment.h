#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

enum class PaymentMethod { BankTransfer, Card, Cash, Cheque, Other };
enum class PaymentKind { Payment, Reversal, Refund };

namespace PaymentMethods {
QString key(PaymentMethod method);
bool fromKey(const QString &key, PaymentMethod *method);
QString displayName(PaymentMethod method);
QList<PaymentMethod> all();
} // namespace PaymentMethods

struct Payment
{
    qint64 id = 0;
    qint64 documentId = 0;
    PaymentKind kind = PaymentKind::Payment;
    qint64 amount = 0; // minor units; a reversal is negative
    QDate date;
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString reference;
    qint64 reversesPaymentId = 0;
    QDateTime createdAt;
    QString createdBy;
};
