#include "PartySnapshot.h"

#include <QJsonDocument>

namespace {
QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

QJsonObject addressJson(const PostalAddress &a)
{
    return {{QStringLiteral("line1"), a.line1},
            {QStringLiteral("line2"), a.line2},
            {QStringLiteral("line3"), a.line3},
            {QStringLiteral("postcode"), a.postcode},
            {QStringLiteral("city"), a.city},
            {QStringLiteral("subdivision"), a.subdivision},
            {QStringLiteral("country"), a.countryCode},
            {QStringLiteral("country_line"), a.countryLine},
            {QStringLiteral("postcode_prefix"), a.postcodePrefix},
            {QStringLiteral("to_review"), a.toReview}};
}

PostalAddress readAddress(const QJsonObject &o)
{
    PostalAddress a;
    a.line1 = text(o, "line1");
    a.line2 = text(o, "line2");
    a.line3 = text(o, "line3");
    a.postcode = text(o, "postcode");
    a.city = text(o, "city");
    a.subdivision = text(o, "subdivision");
    a.countryCode = text(o, "country");
    a.countryLine = text(o, "country_line");
    a.postcodePrefix = text(o, "postcode_prefix");
    a.toReview = o.value(QLatin1String("to_review")).toBool();
    return a;
}

QJsonObject pairJson(const QString &scheme, const QString &id)
{
    return {{QStringLiteral("scheme"), scheme}, {QStringLiteral("id"), id}};
}

PartySnapshot::Party readParty(const QJsonObject &o)
{
    PartySnapshot::Party p;
    p.name = text(o, "name");
    p.addressText = o.value(QLatin1String("address")).toString();
    p.address = readAddress(o.value(QLatin1String("postal_address")).toObject());
    p.vatId = text(o, "vat_id");
    const QJsonObject registration = o.value(QLatin1String("legal_registration")).toObject();
    p.registration = {text(registration, "scheme"), text(registration, "id")};
    const QJsonObject endpoint = o.value(QLatin1String("endpoint")).toObject();
    p.endpoint = {text(endpoint, "scheme"), text(endpoint, "id")};
    p.email = text(o, "email");
    p.phone = text(o, "phone");
    return p;
}
} // namespace

QJsonObject PartySnapshot::sellerJson(const CompanySettings &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("postal_address"), addressJson(c.postalAddress)},
            {QStringLiteral("vat_id"), c.vatId},
            {QStringLiteral("registration"), c.registration},
            {QStringLiteral("legal_registration"), pairJson(c.legalRegistration.scheme, c.legalRegistration.id)},
            {QStringLiteral("endpoint"), pairJson(c.endpoint.scheme, c.endpoint.id)},
            {QStringLiteral("contact"), QJsonObject{{QStringLiteral("name"), c.contactName},
                                                    {QStringLiteral("phone"), c.contactPhone},
                                                    {QStringLiteral("email"), c.contactEmail}}},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("website"), c.website},
            {QStringLiteral("iban"), c.iban},
            {QStringLiteral("bic"), c.bic},
            {QStringLiteral("bank_name"), c.bankName}};
}

QJsonObject PartySnapshot::customerJson(const Customer &k)
{
    return {{QStringLiteral("name"), k.name},
            {QStringLiteral("address"), k.billingAddress},
            {QStringLiteral("postal_address"), addressJson(k.postalAddress)},
            {QStringLiteral("vat_id"), k.vatId},
            {QStringLiteral("legal_registration"), pairJson(k.registration.scheme, k.registration.id)},
            {QStringLiteral("endpoint"), pairJson(k.endpoint.scheme, k.endpoint.id)},
            {QStringLiteral("buyer_reference"), k.buyerReference},
            {QStringLiteral("einvoice_format"), EInvoiceFormats::key(k.einvoiceFormat)},
            {QStringLiteral("email"), k.primaryEmail()}};
}

Result<PartySnapshot> PartySnapshot::parse(const QString &snapshotJson)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(snapshotJson.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return Error::storage(tr("The frozen copy of the seller and customer cannot be read (%1).")
                                  .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                               : tr("not a JSON object")));
    const QJsonObject root = json.object();
    const QJsonObject seller = root.value(QLatin1String("seller")).toObject();
    const QJsonObject customer = root.value(QLatin1String("customer")).toObject();
    PartySnapshot s;
    s.seller = readParty(seller);
    s.customer = readParty(customer);
    s.sellerRegistrationText = text(seller, "registration");
    s.sellerWebsite = text(seller, "website");
    const QJsonObject contact = seller.value(QLatin1String("contact")).toObject();
    s.sellerContactName = text(contact, "name");
    s.sellerContactPhone = text(contact, "phone");
    s.sellerContactEmail = text(contact, "email");
    s.iban = text(seller, "iban");
    s.bic = text(seller, "bic");
    s.bankName = text(seller, "bank_name");
    s.buyerReference = text(customer, "buyer_reference");
    s.preferredFormat = EInvoiceFormats::fromKey(text(customer, "einvoice_format")).value_or(EInvoiceFormat::None);
    s.paymentTermsDays = root.value(QLatin1String("payment_terms_days")).toInt(30);
    return s;
}
