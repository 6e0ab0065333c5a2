#include "Payment.h"

#include <QCoreApplication>
#include <QList>

QString PaymentMethods::key(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::BankTransfer: return QStringLiteral("bank_transfer");
    case PaymentMethod::Card: return QStringLiteral("card");
    case PaymentMethod::Cash: return QStringLiteral("cash");
    case PaymentMethod::Cheque: return QStringLiteral("cheque");
    case PaymentMethod::Other: return QStringLiteral("other");
    case PaymentMethod::CustomerCredit: return QStringLiteral("customer_credit");
    case PaymentMethod::DirectDebit: return QStringLiteral("direct_debit");
    }
    return {};
}

bool PaymentMethods::fromKey(const QString &key, PaymentMethod *method)
{
    QString k = key.trimmed().toLower();
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (k == QLatin1String("bank") || k == QLatin1String("transfer"))
        k = QStringLiteral("bank_transfer");
    if (k == QLatin1String("check"))
        k = QStringLiteral("cheque");
    if (k == QLatin1String("credit"))
        k = QStringLiteral("customer_credit");
    for (PaymentMethod m : every()) {
        if (PaymentMethods::key(m) == k) {
            *method = m;
            return true;
        }
    }
    return false;
}

QString PaymentMethods::displayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::BankTransfer: return QCoreApplication::translate("PaymentMethod", "Bank transfer");
    case PaymentMethod::Card: return QCoreApplication::translate("PaymentMethod", "Card");
    case PaymentMethod::Cash: return QCoreApplication::translate("PaymentMethod", "Cash");
    case PaymentMethod::Cheque: return QCoreApplication::translate("PaymentMethod", "Cheque");
    case PaymentMethod::Other: return QCoreApplication::translate("PaymentMethod", "Other");
    case PaymentMethod::CustomerCredit: return QCoreApplication::translate("PaymentMethod", "Customer credit");
    case PaymentMethod::DirectDebit: return QCoreApplication::translate("PaymentMethod", "SEPA direct debit");
    }
    return {};
}

QList<PaymentMethod> PaymentMethods::all()
{
    return {PaymentMethod::BankTransfer, PaymentMethod::Card, PaymentMethod::Cash, PaymentMethod::Cheque,
            PaymentMethod::Other};
}

QList<PaymentMethod> PaymentMethods::every()
{
    return all() + QList<PaymentMethod> {PaymentMethod::CustomerCredit, PaymentMethod::DirectDebit};
}

QString PaymentKinds::key(PaymentKind kind)
{
    switch (kind) {
    case PaymentKind::Payment: return QStringLiteral("payment");
    case PaymentKind::Reversal: return QStringLiteral("reversal");
    case PaymentKind::Refund: return QStringLiteral("refund");
    case PaymentKind::WriteOff: return QStringLiteral("write_off");
    }
    return {};
}

PaymentKind PaymentKinds::fromKey(const QString &key)
{
    if (key == QLatin1String("reversal"))
        return PaymentKind::Reversal;
    if (key == QLatin1String("refund"))
        return PaymentKind::Refund;
    if (key == QLatin1String("write_off"))
        return PaymentKind::WriteOff;
    return PaymentKind::Payment;
}
