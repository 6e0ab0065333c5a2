#include "ImportCustomers.h"

#include "ImportRowReader.h"
#include "TextRules.h"

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
