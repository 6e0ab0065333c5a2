#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How the customer is asked to pay a document (documents.payment_means). A credit transfer goes
// to the company's IBAN/BIC; a direct debit needs the customer's mandate. The keys are what the
// database, the CLI and files use.
enum class PaymentMeans { CreditTransfer, Card, Cash, Cheque, DirectDebit };

class PaymentMeansKeys
{
    Q_DECLARE_TR_FUNCTIONS(PaymentMeansKeys)
public:
    static QString key(PaymentMeans means); // "credit-transfer", "card", "cash", "cheque", "direct-debit"
    static QStringList keys();
    static Result<PaymentMeans> fromKey(const QString &key); // refuses an unknown key, naming the known ones
    static QString displayName(PaymentMeans means); // translated
    // UNCL4461 code of BT-81: 58 SEPA credit transfer (30 outside the euro), 48 card, 10 cash,
    // 20 cheque, 59 SEPA direct debit.
    static QString uncl4461Code(PaymentMeans means, const QString &currency);
};
