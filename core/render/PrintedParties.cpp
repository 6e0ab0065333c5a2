#include "PrintedParties.h"

#include "DocumentLabels.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}
} // namespace

PrintedParties PrintedParties::live(const CompanySettings &company, const Customer &customer, int paymentTermsDays)
{
    PrintedParties p;
    p.seller.name = company.name.trimmed();
    p.seller.address = addressLines(company.address);
    p.seller.vatId = company.vatId.trimmed();
    p.seller.registration = company.registration.trimmed();
    p.seller.email = company.email.trimmed();
    p.seller.phone = company.phone.trimmed();
    p.seller.website = company.website.trimmed();
    p.bank.iban = company.iban.trimmed();
    p.bank.bic = company.bic.trimmed();
    p.bank.bankName = company.bankName.trimmed();
    p.customer.name = customer.name.trimmed();
    p.customer.address = addressLines(customer.billingAddress);
    p.customer.vatId = customer.vatId.trimmed();
    p.customer.email = customer.primaryEmail();
    p.paymentTermsDays = paymentTermsDays;
    return p;
}

Result<PrintedParties> PrintedParties::frozen(const QString &snapshotJson)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(snapshotJson.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return Error::storage(
            tr("the frozen copy of the seller and customer cannot be read (%1)").arg(error.errorString()));
    const QJsonObject root = json.object();
    const QJsonObject seller = root.value(QLatin1String("seller")).toObject();
    const QJsonObject customer = root.value(QLatin1String("customer")).toObject();
    if (text(seller, "name").isEmpty() || text(customer, "name").isEmpty())
        return Error::storage(tr("the frozen copy of the document names no seller or no customer"));
    PrintedParties p;
    p.seller.name = text(seller, "name");
    p.seller.address = addressLines(seller.value(QLatin1String("address")).toString());
    p.seller.vatId = text(seller, "vat_id");
    p.seller.registration = text(seller, "registration");
    p.seller.email = text(seller, "email");
    p.seller.phone = text(seller, "phone");
    p.seller.website = text(seller, "website");
    p.bank.iban = text(seller, "iban");
    p.bank.bic = text(seller, "bic");
    p.bank.bankName = text(seller, "bank_name");
    p.customer.name = text(customer, "name");
    p.customer.address = addressLines(customer.value(QLatin1String("address")).toString());
    p.customer.vatId = text(customer, "vat_id");
    p.customer.email = text(customer, "email");
    p.paymentTermsDays = root.value(QLatin1String("payment_terms_days")).toInt(30);
    return p;
}

QStringList PrintedParties::addressLines(const QString &address)
{
    QStringList lines;
    for (const QString &line : address.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

QString PrintedParties::paymentTermsText(int days, const QString &language)
{
    const DocumentLabels labels(language);
    if (days <= 0)
        return labels.text(DocumentLabels::TermsOnReceipt);
    return labels.text(DocumentLabels::TermsNetDays).arg(days);
}
