#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// CustomerCredit: the customer's credit (an earlier over-payment) applied to an invoice;
// DirectDebit: collected by a SEPA direct debit file. Neither is offered as a way to record money
// received (all() lists those); every() lists them all.
enum class PaymentMethod { BankTransfer, Card, Cash, Cheque, Other, CustomerCredit, DirectDebit };
// WriteOff: a small difference given up (settles the invoice; no money was collected).
enum class PaymentKind { Payment, Reversal, Refund, WriteOff };

namespace PaymentKinds {
QString key(PaymentKind kind); // "payment", "reversal", "refund", "write_off"
PaymentKind fromKey(const QString &key); // an unknown key reads as a payment
} // namespace PaymentKinds

namespace PaymentMethods {
QString key(PaymentMethod method);
bool fromKey(const QString &key, PaymentMethod *method);
QString displayName(PaymentMethod method);
QList<PaymentMethod> all();   // the ways a clerk records money received
QList<PaymentMethod> every(); // all() and customer credit, direct debit
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
