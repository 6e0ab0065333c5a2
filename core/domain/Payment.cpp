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
    for (PaymentMethod m : all()) {
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
    }
    return {};
}

QList<PaymentMethod> PaymentMethods::all()
{
    return {PaymentMethod::BankTransfer, PaymentMethod::Card, PaymentMethod::Cash, PaymentMethod::Cheque,
            PaymentMethod::Other};
}
