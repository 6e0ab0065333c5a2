#include "CustomerRepository.h"

#include "PartyColumns.h"
#include "SqlStatement.h"

Result<qint64> CustomerRepository::insert(const Customer &c, const QDateTime &nowUtc)
{
    m_cached.clear();
    SqlStatement q(m_db, "INSERT INTO customers (name, billing_address, vat_id, payment_terms_days, language, "
                         "no_reminders, notes, created_at, updated_at, address_line1, address_line2, address_line3, "
                         "postcode, city, country_subdivision, country_code, country_line, postcode_prefix, "
                         "address_review, registration_scheme, registration_id, endpoint_scheme, endpoint_id, "
                         "buyer_reference, einvoice_format) VALUES (:name, :address, :vat_id, :terms, "
                         ":language, :no_reminders, :notes, :now, :now, :line1, :line2, :line3, :postcode, :city, "
                         ":subdivision, :country, :country_line, :postcode_prefix, :review, :registration_scheme, "
                         ":registration_id, :endpoint_scheme, :endpoint_id, :buyer_reference, :format)");
    q.bind(":name", c.name).bind(":address", c.billingAddress).bind(":vat_id", c.vatId);
    PartyColumns::bind(q, c.postalAddress, c.registration, c.endpoint);
    q.bind(":buyer_reference", c.buyerReference).bind(":format", EInvoiceFormats::key(c.einvoiceFormat));
    q.bind(":terms", c.paymentTermsDays ? QVariant(*c.paymentTermsDays) : QVariant(QMetaType(QMetaType::Int)));
    q.bind(":language", c.language).bind(":no_reminders", c.noReminders ? 1 : 0).bind(":notes", c.notes);
    q.bind(":now", SqlValue::timestamp(nowUtc));
    FACTURO_TRY(q.exec(tr("add the customer %1").arg(c.name)));
    Customer stored = c;
    stored.id = q.lastInsertId();
    FACTURO_TRY(writeContacts(stored));
    return stored.id;
}

Status CustomerRepository::update(const Customer &c, const QDateTime &nowUtc)
{
    m_cached.clear();
    SqlStatement q(m_db, "UPDATE customers SET name = :name, billing_address = :address, vat_id = :vat_id, "
                         "payment_terms_days = :terms, language = :language, no_reminders = :no_reminders, "
                         "notes = :notes, updated_at = :now, address_line1 = :line1, address_line2 = :line2, "
                         "address_line3 = :line3, postcode = :postcode, city = :city, country_subdivision = :subdivision, "
                         "country_code = :country, country_line = :country_line, postcode_prefix = :postcode_prefix, "
                         "address_review = :review, registration_scheme = :registration_scheme, "
                         "registration_id = :registration_id, endpoint_scheme = :endpoint_scheme, "
                         "endpoint_id = :endpoint_id, buyer_reference = :buyer_reference, einvoice_format = :format "
                         "WHERE id = :id");
    q.bind(":name", c.name).bind(":address", c.billingAddress).bind(":vat_id", c.vatId);
    PartyColumns::bind(q, c.postalAddress, c.registration, c.endpoint);
    q.bind(":buyer_reference", c.buyerReference).bind(":format", EInvoiceFormats::key(c.einvoiceFormat));
    q.bind(":terms", c.paymentTermsDays ? QVariant(*c.paymentTermsDays) : QVariant(QMetaType(QMetaType::Int)));
    q.bind(":language", c.language).bind(":no_reminders", c.noReminders ? 1 : 0).bind(":notes", c.notes);
    q.bind(":now", SqlValue::timestamp(nowUtc)).bind(":id", c.id);
    FACTURO_TRY(q.exec(tr("save the customer %1").arg(c.name)));
    if (q.rowsAffected() != 1)
        return Error::notFound(tr("Customer %1 does not exist.").arg(c.id));
    SqlStatement del(m_db, "DELETE FROM customer_contacts WHERE customer_id = :id");
    del.bind(":id", c.id);
    FACTURO_TRY(del.exec(tr("save the customer's contacts")));
    return writeContacts(c);
}

Status CustomerRepository::writeContacts(const Customer &c)
{
    for (const Contact &contact : c.contacts) {
        SqlStatement q(m_db, "INSERT INTO customer_contacts (customer_id, name, email, phone, role, is_primary) "
                             "VALUES (:customer, :name, :email, :phone, :role, :primary)");
        q.bind(":customer", c.id).bind(":name", contact.name).bind(":email", contact.email);
        q.bind(":phone", contact.phone).bind(":role", contact.role).bind(":primary", contact.isPrimary ? 1 : 0);
        FACTURO_TRY(q.exec(tr("save the customer's contacts")));
    }
    return {};
}

Result<Customer> CustomerRepository::find(qint64 id) const
{
    const quint64 serial = m_db.cacheSerial();
    if (serial == 0 || serial != m_cachedSerial) {
        m_cached.clear();
        m_cachedSerial = serial;
    } else if (auto it = m_cached.constFind(id); it != m_cached.constEnd()) {
        return *it;
    }
    SqlStatement q(m_db, "SELECT id, name, billing_address, vat_id, payment_terms_days, language, no_reminders, "
                         "notes, buyer_reference, einvoice_format, address_line1, address_line2, address_line3, "
                         "postcode, city, country_subdivision, country_code, country_line, postcode_prefix, "
                         "address_review, registration_scheme, registration_id, endpoint_scheme, endpoint_id "
                         "FROM customers WHERE id = :id");
    q.bind(":id", id);
    FACTURO_TRY(q.exec(tr("read customer %1").arg(id)));
    if (!q.next())
        return Error::notFound(tr("Customer %1 does not exist.").arg(id));
    Customer c;
    c.id = q.integer(0);
    c.name = q.text(1);
    c.billingAddress = q.text(2);
    c.vatId = q.text(3);
    if (!q.value(4).isNull())
        c.paymentTermsDays = q.value(4).toInt();
    c.language = q.text(5);
    c.noReminders = q.value(6).toBool();
    c.notes = q.text(7);
    c.buyerReference = q.text(8);
    c.einvoiceFormat = EInvoiceFormats::fromKey(q.text(9)).value_or(EInvoiceFormat::None);
    PartyColumns::read(q, 10, c.postalAddress, c.registration, c.endpoint);

    SqlStatement contacts(m_db, "SELECT id, name, email, phone, role, is_primary FROM customer_contacts "
                                "WHERE customer_id = :id ORDER BY is_primary DESC, id");
    contacts.bind(":id", id);
    FACTURO_TRY(contacts.exec(tr("read the customer's contacts")));
    while (contacts.next())
        c.contacts.append({contacts.integer(0), contacts.text(1), contacts.text(2), contacts.text(3),
                           contacts.text(4), contacts.value(5).toBool()});
    if (serial != 0) {
        if (m_cached.size() >= 4096)
            m_cached.clear();
        m_cached.insert(id, c);
    }
    return c;
}

Result<qint64> CustomerRepository::findMatch(const QString &name, const QString &email, const QString &vatId) const
{
    if (!vatId.trimmed().isEmpty()) {
        SqlStatement q(m_db, "SELECT id FROM customers WHERE vat_id = :vat_id ORDER BY id LIMIT 1");
        q.bind(":vat_id", vatId.trimmed());
        FACTURO_TRY(q.exec(tr("look up the customer")));
        if (q.next())
            return q.integer(0);
    }
    if (!email.trimmed().isEmpty()) {
        SqlStatement q(m_db, "SELECT c.id FROM customers c JOIN customer_contacts k ON k.customer_id = c.id "
                             "WHERE c.name COLLATE NOCASE = :name COLLATE NOCASE "
                             "AND k.email COLLATE NOCASE = :email COLLATE NOCASE "
                             "ORDER BY c.id LIMIT 1");
        q.bind(":name", name.trimmed()).bind(":email", email.trimmed());
        FACTURO_TRY(q.exec(tr("look up the customer")));
        if (q.next())
            return q.integer(0);
    }
    return qint64(0);
}

Result<QList<CustomerSummary>> CustomerRepository::list(const QString &search, int limit, bool toReviewOnly) const
{
    SqlStatement q(m_db, "SELECT c.id, c.name, (SELECT email FROM customer_contacts k WHERE k.customer_id = c.id "
                         "ORDER BY is_primary DESC, id LIMIT 1), c.vat_id, "
                         "(SELECT coalesce(sum(total_gross - amount_paid - amount_credited), 0) FROM documents d "
                         " WHERE d.customer_id = c.id AND d.doc_type = 'invoice' "
                         " AND d.status IN ('posted', 'partially_paid')), c.address_review "
                         "FROM customers c WHERE (:search = '' OR c.name LIKE '%' || :search || '%' "
                         "OR c.vat_id LIKE '%' || :search || '%') AND (:review = 0 OR c.address_review = 1) "
                         "ORDER BY c.name COLLATE NOCASE LIMIT :limit");
    q.bind(":search", search.trimmed()).bind(":limit", limit).bind(":review", toReviewOnly ? 1 : 0);
    FACTURO_TRY(q.exec(tr("list the customers")));
    QList<CustomerSummary> rows;
    while (q.next())
        rows.append({q.integer(0), q.text(1), q.text(2), q.text(3), q.integer(4), q.integer(5) != 0});
    return rows;
}

Result<qint64> CustomerRepository::count() const
{
    SqlStatement q(m_db, "SELECT count(*) FROM customers");
    FACTURO_TRY(q.exec(tr("count the customers")));
    q.next();
    return q.integer(0);
}

Result<QList<std::pair<qint64, QString>>> CustomerRepository::addressesToReview() const
{
    SqlStatement q(m_db, "SELECT id, name FROM customers WHERE address_review = 1 ORDER BY id");
    FACTURO_TRY(q.exec(tr("list the addresses to review")));
    QList<std::pair<qint64, QString>> rows;
    while (q.next())
        rows.append({q.integer(0), q.text(1)});
    return rows;
}
