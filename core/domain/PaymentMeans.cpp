#include "PaymentMeans.h"

#include <iterator>

namespace {
struct Entry
{
    PaymentMeans means;
    const char *key;
};
const Entry Entries[] = {
    {PaymentMeans::CreditTransfer, "credit-transfer"},
    {PaymentMeans::Card, "card"},
    {PaymentMeans::Cash, "cash"},
    {PaymentMeans::Cheque, "cheque"},
    {PaymentMeans::DirectDebit, "direct-debit"},
};
} // namespace

QString PaymentMeansKeys::key(PaymentMeans means)
{
    for (const Entry &e : Entries)
        if (e.means == means)
            return QString::fromLatin1(e.key);
    return QStringLiteral("credit-transfer");
}

QStringList PaymentMeansKeys::keys()
{
    QStringList out;
    for (const Entry &e : Entries)
        out << QString::fromLatin1(e.key);
    return out;
}

Result<PaymentMeans> PaymentMeansKeys::fromKey(const QString &text)
{
    const QString k = text.trimmed().toLower();
    for (const Entry &e : Entries)
        if (k == QLatin1String(e.key))
            return e.means;
    return Error::invalid(tr("unknown payment means \"%1\" (%2)").arg(text, keys().join(QStringLiteral(", "))));
}

QString PaymentMeansKeys::displayName(PaymentMeans means)
{
    switch (means) {
    case PaymentMeans::CreditTransfer:
        return tr("Credit transfer");
    case PaymentMeans::Card:
        return tr("Card");
    case PaymentMeans::Cash:
        return tr("Cash");
    case PaymentMeans::Cheque:
        return tr("Cheque");
    case PaymentMeans::DirectDebit:
        return tr("Direct debit");
    }
    return {};
}

QString PaymentMeansKeys::uncl4461Code(PaymentMeans means, const QString &currency)
{
    switch (means) {
    case PaymentMeans::CreditTransfer:
        return currency == QLatin1String("EUR") ? QStringLiteral("58") : QStringLiteral("30");
    case PaymentMeans::Card:
        return QStringLiteral("48");
    case PaymentMeans::Cash:
        return QStringLiteral("10");
    case PaymentMeans::Cheque:
        return QStringLiteral("20");
    case PaymentMeans::DirectDebit:
        return QStringLiteral("59");
    }
    return {};
}
