#include "CliPartyCommands.h"

#include "CliJson.h"
#include "CountryCodes.h"

#include <QJsonArray>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliPartyCommands", text, disambiguation, n);
}

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

const char *const AddressOptions[] = {"street", "street2", "street3", "postcode", "city", "subdivision", "country"};

QStringList addressOptions()
{
    QStringList names;
    for (const char *name : AddressOptions)
        names << opt(name);
    return names;
}

// --address TEXT sets the printed text (split when possible); the field options change the
// structured address (starting from the current one unless it is only text to review).
Status applyAddress(const CliArguments &args, QString &text, PostalAddress &a)
{
    bool fields = false;
    for (const char *name : AddressOptions)
        fields = fields || args.has(opt(name));
    if (args.has(opt("address"))) {
        if (fields)
            return Error::invalid(tr("Give the address either as --address TEXT or as its fields (--street, "
                                     "--postcode, --city, --country), not both."));
        text = args.option(opt("address")).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        return {};
    }
    if (!fields)
        return {};
    if (!a.isStructured())
        a = PostalAddress();
    if (args.has(opt("street")))
        a.line1 = args.option(opt("street"));
    if (args.has(opt("street2")))
        a.line2 = args.option(opt("street2"));
    if (args.has(opt("street3")))
        a.line3 = args.option(opt("street3"));
    if (args.has(opt("postcode"))) {
        a.postcode = args.option(opt("postcode"));
        a.postcodePrefix.clear();
    }
    if (args.has(opt("city")))
        a.city = args.option(opt("city"));
    if (args.has(opt("subdivision")))
        a.subdivision = args.option(opt("subdivision"));
    if (args.has(opt("country"))) {
        a.countryCode = args.option(opt("country")).trimmed().toUpper();
        if (!CountryCodes::isKnown(a.countryCode))
            return Error::invalid(tr("--country: \"%1\" is not an ISO 3166-1 alpha-2 country code (such as FR, DE "
                                     "or BE).")
                                      .arg(args.option(opt("country"))));
        a.countryLine = CountryCodes::englishName(a.countryCode);
        a.postcodePrefix.clear();
    }
    a.toReview = false;
    text = a.text();
    return {};
}

Status applyIdentifiers(const CliArguments &args, LegalRegistration &registration, ElectronicAddress &endpoint)
{
    if (args.has(opt("endpoint"))) {
        auto parsed = ElectronicAddress::parse(args.option(opt("endpoint")));
        if (!parsed)
            return parsed.error().prefixed(QStringLiteral("--endpoint"));
        endpoint = parsed.value();
    }
    if (args.has(opt("registration"))) {
        auto parsed = LegalRegistration::parse(args.option(opt("registration")));
        if (!parsed)
            return parsed.error().prefixed(QStringLiteral("--registration"));
        registration = parsed.value();
    }
    return {};
}

QStringList customerOptions()
{
    QStringList names {opt("name"), opt("address"), opt("vat-id"), opt("email"), opt("phone"), opt("contact"),
        opt("terms"), opt("language"), opt("notes"), opt("registration"), opt("endpoint"), opt("buyer-reference"),
        opt("einvoice-format")};
    return names + addressOptions();
}

Status applyCustomerOptions(const CliArguments &args, Customer &c, bool adding)
{
    if (args.has(opt("name")) || adding)
        c.name = args.option(opt("name"));
    if (args.has(opt("vat-id")))
        c.vatId = args.option(opt("vat-id"));
    if (args.has(opt("language")) || adding)
        c.language = args.option(opt("language"), QStringLiteral("en"));
    if (args.has(opt("notes")))
        c.notes = args.option(opt("notes"));
    if (args.has(opt("terms"))) {
        bool ok = false;
        c.paymentTermsDays = args.option(opt("terms")).toInt(&ok);
        if (!ok)
            return Error::invalid(tr("--terms takes a number of days."));
    }
    FACTURO_TRY(applyAddress(args, c.billingAddress, c.postalAddress));
    FACTURO_TRY(applyIdentifiers(args, c.registration, c.endpoint));
    if (args.has(opt("buyer-reference")))
        c.buyerReference = args.option(opt("buyer-reference"));
    if (args.has(opt("einvoice-format"))) {
        const auto format = EInvoiceFormats::fromKey(args.option(opt("einvoice-format")));
        if (!format)
            return Error::invalid(
                tr("--einvoice-format: unknown format \"%1\" (%2).")
                    .arg(args.option(opt("einvoice-format")), EInvoiceFormats::keys().join(QStringLiteral(", "))));
        c.einvoiceFormat = *format;
    }
    const QStringList emails = args.options(opt("email"));
    if (!emails.isEmpty()) {
        c.contacts.clear();
        for (qsizetype i = emails.size() - 1; i >= 0; --i) // QMultiMap returns the newest first
            c.contacts.append({0, args.option(opt("contact")), emails.at(i), args.option(opt("phone")), QString(),
                c.contacts.isEmpty()});
    }
    return {};
}

void showCustomer(CliSession &s, const Customer &c)
{
    if (s.args.json) {
        s.json(CliJson::customer(c));
        return;
    }
    s.line(QStringLiteral("%1\t%2").arg(c.id).arg(c.name));
    s.line(c.billingAddress);
    if (c.postalAddress.toReview)
        s.line(tr("Address to review: it could not be split into street, postcode, city and country."));
    else if (c.postalAddress.isStructured())
        s.line(tr("Country: %1, postcode: %2, city: %3")
                   .arg(c.postalAddress.countryCode, c.postalAddress.postcode, c.postalAddress.city));
    if (!c.vatId.isEmpty())
        s.line(tr("VAT id: %1").arg(c.vatId));
    if (!c.registration.isEmpty())
        s.line(tr("Registration: %1 (%2)")
                   .arg(c.registration.toString(), LegalRegistration::schemeName(c.registration.scheme)));
    if (!c.endpoint.isEmpty())
        s.line(tr("Electronic address: %1").arg(c.endpoint.toString()));
    if (!c.buyerReference.isEmpty())
        s.line(tr("Buyer reference: %1").arg(c.buyerReference));
    if (c.einvoiceFormat != EInvoiceFormat::None)
        s.line(tr("E-invoice format: %1").arg(EInvoiceFormats::key(c.einvoiceFormat)));
    for (const Contact &k : c.contacts)
        s.line(QStringLiteral("%1 <%2>").arg(k.name, k.email));
}
} // namespace

QStringList CliPartyCommands::sellerOptions()
{
    return addressOptions()
        + QStringList {
            opt("registration-text"), opt("endpoint"), opt("contact-name"), opt("contact-phone"), opt("contact-email")};
}

Status CliPartyCommands::applySellerOptions(const CliArguments &args, CompanySettings &c)
{
    FACTURO_TRY(applyAddress(args, c.address, c.postalAddress));
    // --registration SCHEME:ID is the legal registration; without a scheme (the form of earlier
    // versions) it is the text printed in the footer, as --registration-text.
    if (args.has(opt("registration")) && !args.option(opt("registration")).contains(QLatin1Char(':')))
        c.registration = args.option(opt("registration"));
    if (args.has(opt("registration-text")))
        c.registration = args.option(opt("registration-text"));
    if (args.has(opt("endpoint"))) {
        auto parsed = ElectronicAddress::parse(args.option(opt("endpoint")));
        if (!parsed)
            return parsed.error().prefixed(QStringLiteral("--endpoint"));
        c.endpoint = parsed.value();
    }
    if (args.has(opt("registration")) && args.option(opt("registration")).contains(QLatin1Char(':'))) {
        auto parsed = LegalRegistration::parse(args.option(opt("registration")));
        if (!parsed)
            return parsed.error().prefixed(QStringLiteral("--registration"));
        c.legalRegistration = parsed.value();
    }
    if (args.has(opt("contact-name")))
        c.contactName = args.option(opt("contact-name"));
    if (args.has(opt("contact-phone")))
        c.contactPhone = args.option(opt("contact-phone"));
    if (args.has(opt("contact-email")))
        c.contactEmail = args.option(opt("contact-email"));
    return {};
}

Status CliPartyCommands::customer(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    if (sub == QLatin1String("add")) {
        FACTURO_TRY(s.args.allowOnly(customerOptions(), QStringLiteral("customer add")));
        Customer c;
        FACTURO_TRY(applyCustomerOptions(s.args, c, true));
        auto id = s.ledger->customers().add(c);
        if (!id)
            return id.error();
        s.line(QString::number(id.value()));
        return {};
    }
    if (sub == QLatin1String("edit")) {
        FACTURO_TRY(s.args.allowOnly(customerOptions(), QStringLiteral("customer edit")));
        auto idText = s.args.positional(0, tr("customer id"));
        if (!idText)
            return idText.error();
        bool ok = false;
        const qint64 id = idText->toLongLong(&ok);
        if (!ok)
            return Error::invalid(tr("\"%1\" is not a customer id.").arg(idText.value()));
        auto found = s.ledger->context().customers.find(id);
        if (!found)
            return found.error();
        Customer c = found.value();
        FACTURO_TRY(applyCustomerOptions(s.args, c, false));
        FACTURO_TRY(s.ledger->customers().update(c));
        auto saved = s.ledger->context().customers.find(id);
        if (!saved)
            return saved.error();
        showCustomer(s, saved.value());
        return {};
    }
    if (sub == QLatin1String("list")) {
        FACTURO_TRY(s.args.allowOnly({opt("search"), opt("limit"), opt("to-review")}, QStringLiteral("customer list")));
        auto limit = s.count(opt("limit"), 1000, 1, 1'000'000);
        if (!limit)
            return limit.error();
        auto rows = s.ledger->context().customers.list(
            s.args.option(opt("search")), static_cast<int>(limit.value()), s.args.flag(opt("to-review")));
        if (!rows)
            return rows.error();
        QJsonArray array;
        for (const CustomerSummary &c : rows.value()) {
            if (s.args.json)
                array.append(QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
                    {QStringLiteral("email"), c.email}, {QStringLiteral("vat_id"), c.vatId},
                    {QStringLiteral("balance"), s.money(c.balance)},
                    {QStringLiteral("address_to_review"), c.addressToReview}});
            else
                s.line(QStringLiteral("%1\t%2\t%3\t%4").arg(c.id).arg(c.name, c.email, s.money(c.balance)));
        }
        if (s.args.json)
            s.json(array);
        return {};
    }
    if (sub == QLatin1String("show")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("customer show")));
        auto idText = s.args.positional(0, tr("customer id"));
        if (!idText)
            return idText.error();
        auto id = s.id(idText.value(), tr("customer show"));
        if (!id)
            return id.error();
        auto c = s.ledger->context().customers.find(id.value());
        if (!c)
            return c.error();
        showCustomer(s, c.value());
        return {};
    }
    return Error::invalid(tr("Unknown command 'customer %1' (add, edit, list, show).").arg(sub));
}

Status CliPartyCommands::settingsCompany(CliSession &s)
{
    QStringList known = sellerOptions();
    known << opt("company") << opt("address") << opt("vat-id") << opt("registration") << opt("email") << opt("phone")
          << opt("website") << opt("iban") << opt("bic") << opt("bank") << opt("payment-reference")
          << opt("payment-link");
    FACTURO_TRY(s.args.allowOnly(known, QStringLiteral("settings company")));
    auto loaded = s.ledger->context().company.load();
    if (!loaded)
        return loaded.error();
    CompanySettings c = loaded.value();
    bool changing = false;
    for (const QString &name : std::as_const(known))
        changing = changing || s.args.has(name);
    if (changing) {
        const struct
        {
            const char *option;
            QString *field;
        } plain[] = {{"company", &c.name}, {"vat-id", &c.vatId}, {"email", &c.email}, {"phone", &c.phone},
            {"website", &c.website}, {"iban", &c.iban}, {"bic", &c.bic}, {"bank", &c.bankName}};
        for (const auto &p : plain)
            if (s.args.has(opt(p.option)))
                *p.field = s.args.option(opt(p.option));
        // --payment-reference rf|be; --payment-link TEMPLATE ("" or "none" removes the link).
        if (s.args.has(opt("payment-reference")))
            c.paymentReferenceKind = s.args.option(opt("payment-reference"));
        if (s.args.has(opt("payment-link"))) {
            const QString link = s.args.option(opt("payment-link")).trimmed();
            c.paymentLinkTemplate = link == QLatin1String("none") ? QString() : link;
        }
        FACTURO_TRY(applySellerOptions(s.args, c));
        FACTURO_TRY(s.ledger->settings().saveCompany(c));
        auto saved = s.ledger->context().company.load();
        if (!saved)
            return saved.error();
        c = saved.value();
    }
    const PostalAddress &a = c.postalAddress;
    s.record(QJsonObject {{QStringLiteral("name"), c.name}, {QStringLiteral("address"), c.address},
        {QStringLiteral("street"), a.line1}, {QStringLiteral("street2"), a.line2}, {QStringLiteral("street3"), a.line3},
        {QStringLiteral("postcode"), a.postcode}, {QStringLiteral("city"), a.city},
        {QStringLiteral("subdivision"), a.subdivision}, {QStringLiteral("country"), a.countryCode},
        {QStringLiteral("address_to_review"), a.toReview}, {QStringLiteral("vat_id"), c.vatId},
        {QStringLiteral("registration"), c.legalRegistration.toString()},
        {QStringLiteral("registration_text"), c.registration}, {QStringLiteral("endpoint"), c.endpoint.toString()},
        {QStringLiteral("contact_name"), c.contactName}, {QStringLiteral("contact_phone"), c.contactPhone},
        {QStringLiteral("contact_email"), c.contactEmail}, {QStringLiteral("payment_reference"), c.paymentReferenceKind},
        {QStringLiteral("payment_link"), c.paymentLinkTemplate}});
    return {};
}
