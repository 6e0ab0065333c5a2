#include "PartySnapshot.h"

#include <QJsonDocument>

namespace {
QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

// The structured parts leave out what is empty (a snapshot is stored with every posted document;
// parse() reads a missing field as empty).
void put(QJsonObject &o, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

QJsonObject addressJson(const PostalAddress &a)
{
    QJsonObject o;
    put(o, QLatin1String("line1"), a.line1);
    put(o, QLatin1String("line2"), a.line2);
    put(o, QLatin1String("line3"), a.line3);
    put(o, QLatin1String("postcode"), a.postcode);
    put(o, QLatin1String("city"), a.city);
    put(o, QLatin1String("subdivision"), a.subdivision);
    put(o, QLatin1String("country"), a.countryCode);
    put(o, QLatin1String("country_line"), a.countryLine);
    put(o, QLatin1String("postcode_prefix"), a.postcodePrefix);
    if (a.toReview)
        o.insert(QLatin1String("to_review"), true);
    return o;
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

void putPair(QJsonObject &o, QLatin1String key, const QString &scheme, const QString &id)
{
    if (!scheme.isEmpty() || !id.isEmpty())
        o.insert(key, QJsonObject {{QStringLiteral("scheme"), scheme}, {QStringLiteral("id"), id}});
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
    QJsonObject o {{QStringLiteral("name"), c.name}, {QStringLiteral("address"), c.address},
        {QStringLiteral("vat_id"), c.vatId}, {QStringLiteral("registration"), c.registration},
        {QStringLiteral("email"), c.email}, {QStringLiteral("phone"), c.phone}, {QStringLiteral("website"), c.website},
        {QStringLiteral("iban"), c.iban}, {QStringLiteral("bic"), c.bic}, {QStringLiteral("bank_name"), c.bankName}};
    const QJsonObject address = addressJson(c.postalAddress);
    if (!address.isEmpty())
        o.insert(QLatin1String("postal_address"), address);
    putPair(o, QLatin1String("legal_registration"), c.legalRegistration.scheme, c.legalRegistration.id);
    putPair(o, QLatin1String("endpoint"), c.endpoint.scheme, c.endpoint.id);
    QJsonObject contact;
    put(contact, QLatin1String("name"), c.contactName);
    put(contact, QLatin1String("phone"), c.contactPhone);
    put(contact, QLatin1String("email"), c.contactEmail);
    if (!contact.isEmpty())
        o.insert(QLatin1String("contact"), contact);
    return o;
}

QJsonObject PartySnapshot::customerJson(const Customer &k)
{
    QJsonObject o {{QStringLiteral("name"), k.name}, {QStringLiteral("address"), k.billingAddress},
        {QStringLiteral("vat_id"), k.vatId}, {QStringLiteral("email"), k.primaryEmail()}};
    const QJsonObject address = addressJson(k.postalAddress);
    if (!address.isEmpty())
        o.insert(QLatin1String("postal_address"), address);
    putPair(o, QLatin1String("legal_registration"), k.registration.scheme, k.registration.id);
    putPair(o, QLatin1String("endpoint"), k.endpoint.scheme, k.endpoint.id);
    put(o, QLatin1String("buyer_reference"), k.buyerReference);
    if (k.einvoiceFormat != EInvoiceFormat::None)
        o.insert(QLatin1String("einvoice_format"), EInvoiceFormats::key(k.einvoiceFormat));
    return o;
}

Result<PartySnapshot> PartySnapshot::parse(const QString &snapshotJson)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(snapshotJson.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return Error::storage(
            tr("The frozen copy of the seller and customer cannot be read (%1).")
                .arg(error.error != QJsonParseError::NoError ? error.errorString() : tr("not a JSON object")));
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

QString PartySnapshot::json(const CompanySettings &company, const Customer &customer, int paymentTermsDays)
{
    const QJsonObject snapshot {{QStringLiteral("seller"), sellerJson(company)},
        {QStringLiteral("customer"), customerJson(customer)}, {QStringLiteral("payment_terms_days"), paymentTermsDays}};
    return QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact));
}

PartySnapshot PartySnapshot::of(const CompanySettings &company, const Customer &customer, int paymentTermsDays)
{
    auto parsed = parse(json(company, customer, paymentTermsDays));
    return parsed ? parsed.value() : PartySnapshot();
}
