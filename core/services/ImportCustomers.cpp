#include "ImportCustomers.h"

#include "CountryCodes.h"
#include "ImportRowReader.h"
#include "TextRules.h"

void ImportCustomers::readPartyColumns(ImportRowReader &r, Customer &c)
{
    PostalAddress &a = c.postalAddress;
    a.line1 = r.text({QStringLiteral("street"), QStringLiteral("address_line1")});
    a.line2 = r.text({QStringLiteral("street2"), QStringLiteral("address_line2")});
    a.line3 = r.text({QStringLiteral("street3"), QStringLiteral("address_line3")});
    a.postcode = r.text({QStringLiteral("postcode"), QStringLiteral("zip"), QStringLiteral("postal_code")});
    a.city = r.text({QStringLiteral("city")});
    a.subdivision = r.text({QStringLiteral("subdivision"), QStringLiteral("country_subdivision")});
    const QString country = r.text({QStringLiteral("country"), QStringLiteral("country_code")}).toUpper();
    if (!country.isEmpty()) {
        if (CountryCodes::isKnown(country)) {
            a.countryCode = country;
            a.countryLine = CountryCodes::englishName(country);
        } else {
            r.issue(QStringLiteral("country"),
                    tr("\"%1\" is not an ISO 3166-1 alpha-2 country code (such as FR, DE or BE)").arg(country));
        }
    }
    if (a.isStructured()) {
        if (!c.billingAddress.isEmpty())
            r.issue(QStringLiteral("address"), tr("give the address either in \"address\" or in its columns "
                                                  "(street, postcode, city, country), not both"));
        c.billingAddress = a.text();
    }
    const QString endpoint = r.text({QStringLiteral("endpoint"), QStringLiteral("peppol_id")});
    if (auto parsed = ElectronicAddress::parse(endpoint))
        c.endpoint = parsed.value();
    else
        r.issue(QStringLiteral("endpoint"), parsed.message());
    const QString registration = r.text({QStringLiteral("registration")});
    if (auto parsed = LegalRegistration::parse(registration))
        c.registration = parsed.value();
    else
        r.issue(QStringLiteral("registration"), parsed.message());
    c.buyerReference = r.text({QStringLiteral("buyer_reference")});
    const QString format = r.text({QStringLiteral("einvoice_format")});
    if (const auto known = EInvoiceFormats::fromKey(format))
        c.einvoiceFormat = *known;
    else
        r.issue(QStringLiteral("einvoice_format"), tr("unknown e-invoice format \"%1\" (%2)")
                                                      .arg(format, EInvoiceFormats::keys().join(QStringLiteral(", "))));
}

Status ImportCustomers::check(const CsvTable &table, ImportReport &report)
{
    const QStringList nameColumn {QStringLiteral("name"), QStringLiteral("customer"), QStringLiteral("customer_name")};
    if (table.column(nameColumn) < 0) {
        report.issues.append({1, QStringLiteral("name"), tr("the header has no \"name\" column")});
        return {};
    }
    QHash<QString, int> seen; // name|email and VAT id → first row
    for (const CsvRow &row : table.rows) {
        const qsizetype before = report.issues.size();
        ImportRowReader r(table, row, report.issues);
        Customer c;
        c.name = r.required(nameColumn);
        c.billingAddress = r.text({QStringLiteral("address"), QStringLiteral("billing_address")});
        c.billingAddress.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        c.vatId = r.text({QStringLiteral("vat_id"), QStringLiteral("vat")});
        readPartyColumns(r, c);
        c.notes = r.text({QStringLiteral("notes")});
        const QString email = r.text({QStringLiteral("email"), QStringLiteral("e-mail")});
        if (!email.isEmpty() && !TextRules::isValidEmail(email))
            r.issue(QStringLiteral("email"), tr("\"%1\" is not a valid email address").arg(email));
        const QString contact = r.text({QStringLiteral("contact"), QStringLiteral("contact_name")});
        const QString phone = r.text({QStringLiteral("phone"), QStringLiteral("telephone")});
        if (!email.isEmpty() || !contact.isEmpty() || !phone.isEmpty())
            c.contacts.append({0, contact, email, phone, QString(), true});
        if (auto terms = r.integer({QStringLiteral("terms"), QStringLiteral("payment_terms_days")}, 0, 365))
            c.paymentTermsDays = *terms;
        const QString language = r.text({QStringLiteral("language")});
        if (!language.isEmpty()) {
            auto valid = TextRules::language(language);
            if (valid)
                c.language = valid.value();
            else
                r.issue(QStringLiteral("language"), valid.message());
        }
        if (auto quiet = r.flag({QStringLiteral("no_reminders")}))
            c.noReminders = *quiet;
        ImportRowAction action {row.row, ImportRowAction::Action::Create, c.name, QString(), 0};
        if (report.issues.size() == before) {
            auto valid = CustomerService::validated(c);
            if (!valid) {
                r.issue(QString(), valid.message());
            } else {
                c = valid.value();
                const QString key = c.name.toLower() + QLatin1Char('|') + email.toLower();
                const QString vatKey = c.vatId.isEmpty() ? QString() : QStringLiteral("vat:") + c.vatId;
                const int twin = seen.value(key, seen.value(vatKey, 0));
                if (twin > 0)
                    r.issue(QString(), tr("the same customer as row %1").arg(twin));
                seen.insert(key, row.row);
                if (!vatKey.isEmpty())
                    seen.insert(vatKey, row.row);
                auto existing = m_ctx.customers.findMatch(c.name, email, c.vatId);
                if (!existing)
                    return existing.error();
                if (existing.value() > 0) {
                    action.action = ImportRowAction::Action::Skip;
                    action.id = existing.value();
                    action.detail = tr("already in the file as customer %1").arg(existing.value());
                }
            }
        }
        if (report.issues.size() > before) {
            action.action = ImportRowAction::Action::Invalid;
            action.detail = report.issues.at(before).text();
        }
        m_parsed.insert(row.row, c);
        report.rows.append(action);
    }
    return {};
}

Status ImportCustomers::apply(ImportReport &report)
{
    for (ImportRowAction &action : report.rows) {
        if (action.action != ImportRowAction::Action::Create)
            continue;
        auto id = m_customers.add(m_parsed.value(action.row));
        if (!id)
            return id.error().prefixed(tr("Row %1").arg(action.row));
        action.id = id.value();
    }
    return {};
}
