#include "CompanyRepository.h"

#include "PartyColumns.h"
#include "SqlStatement.h"

Result<CompanySettings> CompanyRepository::load() const
{
    if (m_cachedSerial != 0 && m_cachedSerial == m_db.cacheSerial())
        return m_cached;
    SqlStatement q(m_db, "SELECT name, address, vat_id, registration, email, phone, website, iban, bic, bank_name, "
                         "currency, payment_terms_days, invoice_pattern, credit_note_pattern, quotation_pattern, "
                         "reset_yearly, approval_threshold, default_language, paper_size, reminder_levels, "
                         "contact_name, contact_phone, contact_email, address_line1, address_line2, address_line3, "
                         "postcode, city, country_subdivision, country_code, country_line, postcode_prefix, "
                         "address_review, registration_scheme, registration_id, endpoint_scheme, endpoint_id "
                         "FROM company WHERE id = 1");
    FACTURO_TRY(q.exec(tr("read the company settings")));
    if (!q.next())
        return Error::storage(tr("The company settings are missing from the company file."));
    CompanySettings s;
    s.name = q.text(0);
    s.address = q.text(1);
    s.vatId = q.text(2);
    s.registration = q.text(3);
    s.email = q.text(4);
    s.phone = q.text(5);
    s.website = q.text(6);
    s.iban = q.text(7);
    s.bic = q.text(8);
    s.bankName = q.text(9);
    s.currency = q.text(10);
    s.paymentTermsDays = q.value(11).toInt();
    s.invoicePattern = q.text(12);
    s.creditNotePattern = q.text(13);
    s.quotationPattern = q.text(14);
    s.resetYearly = q.value(15).toBool();
    s.approvalThreshold = q.integer(16);
    s.defaultLanguage = q.text(17);
    s.paperSize = q.text(18);
    s.reminderLevels = q.text(19);
    s.contactName = q.text(20);
    s.contactPhone = q.text(21);
    s.contactEmail = q.text(22);
    PartyColumns::read(q, 23, s.postalAddress, s.legalRegistration, s.endpoint);
    FACTURO_TRY(loadTerms(s));
    FACTURO_TRY(loadPaymentOptions(s));
    m_cached = s;
    m_cachedSerial = m_db.cacheSerial();
    return s;
}

Status CompanyRepository::save(const CompanySettings &s, const QDateTime &nowUtc)
{
    SqlStatement q(m_db, "UPDATE company SET name = :name, address = :address, vat_id = :vat_id, "
                         "registration = :registration, email = :email, phone = :phone, website = :website, "
                         "iban = :iban, bic = :bic, bank_name = :bank_name, currency = :currency, "
                         "payment_terms_days = :terms, invoice_pattern = :invoice_pattern, "
                         "credit_note_pattern = :credit_note_pattern, quotation_pattern = :quotation_pattern, "
                         "reset_yearly = :reset_yearly, approval_threshold = :threshold, "
                         "default_language = :language, paper_size = :paper, reminder_levels = :levels, "
                         "contact_name = :contact_name, contact_phone = :contact_phone, contact_email = :contact_email, "
                         "address_line1 = :line1, address_line2 = :line2, address_line3 = :line3, postcode = :postcode, "
                         "city = :city, country_subdivision = :subdivision, country_code = :country, "
                         "country_line = :country_line, postcode_prefix = :postcode_prefix, address_review = :review, "
                         "registration_scheme = :registration_scheme, registration_id = :registration_id, "
                         "endpoint_scheme = :endpoint_scheme, endpoint_id = :endpoint_id, updated_at = :now WHERE id = 1");
    q.bind(":name", s.name).bind(":address", s.address).bind(":vat_id", s.vatId);
    q.bind(":registration", s.registration).bind(":email", s.email).bind(":phone", s.phone);
    q.bind(":website", s.website).bind(":iban", s.iban).bind(":bic", s.bic).bind(":bank_name", s.bankName);
    q.bind(":currency", s.currency).bind(":terms", s.paymentTermsDays);
    q.bind(":invoice_pattern", s.invoicePattern).bind(":credit_note_pattern", s.creditNotePattern);
    q.bind(":quotation_pattern", s.quotationPattern).bind(":reset_yearly", s.resetYearly ? 1 : 0);
    q.bind(":threshold", s.approvalThreshold).bind(":language", s.defaultLanguage);
    q.bind(":paper", s.paperSize).bind(":levels", s.reminderLevels);
    q.bind(":contact_name", s.contactName).bind(":contact_phone", s.contactPhone);
    q.bind(":contact_email", s.contactEmail);
    PartyColumns::bind(q, s.postalAddress, s.legalRegistration, s.endpoint);
    q.bind(":now", SqlValue::timestamp(nowUtc));
    m_cachedSerial = 0;
    FACTURO_TRY(q.exec(tr("save the company settings")));
    FACTURO_TRY(savePaymentOptions(s));
    return saveTerms(s);
}

// ---- Payment reference and payment link (settings table) ----
Status CompanyRepository::loadPaymentOptions(CompanySettings &s) const
{
    SqlStatement q(m_db, "SELECT key, value FROM settings WHERE key IN ('payment_reference_kind', 'payment_link_template')");
    FACTURO_TRY(q.exec(tr("read the payment reference settings")));
    while (q.next()) {
        if (q.text(0) == QLatin1String("payment_reference_kind"))
            s.paymentReferenceKind = q.text(1);
        else
            s.paymentLinkTemplate = q.text(1);
    }
    return {};
}

Status CompanyRepository::savePaymentOptions(const CompanySettings &s)
{
    FACTURO_TRY(setSetting(QStringLiteral("payment_reference_kind"), s.paymentReferenceKind));
    return setSetting(QStringLiteral("payment_link_template"), s.paymentLinkTemplate);
}
// ---- end of payment reference and payment link ----

// ---- Payment mentions and service-order wording (company_terms) ----
Status CompanyRepository::loadTerms(CompanySettings &s) const
{
    SqlStatement q(m_db, "SELECT late_payment_mentions, late_interest_rate, recovery_indemnity, "
                         "early_payment_discount, technician_on_lines FROM company_terms WHERE id = 1");
    FACTURO_TRY(q.exec(tr("read the payment mentions")));
    if (!q.next())
        return {}; // the defaults of CompanySettings
    s.latePaymentMentions = q.value(0).toBool();
    s.lateInterestRate = q.text(1);
    s.recoveryIndemnity = q.integer(2);
    s.earlyPaymentDiscount = q.text(3);
    s.technicianOnInvoiceLines = q.value(4).toBool();
    return {};
}

Status CompanyRepository::saveTerms(const CompanySettings &s)
{
    SqlStatement q(m_db, "INSERT INTO company_terms (id, late_payment_mentions, late_interest_rate, recovery_indemnity, "
                         "early_payment_discount, technician_on_lines) VALUES (1, :mentions, :rate, :indemnity, "
                         ":discount, :technician) ON CONFLICT (id) DO UPDATE SET "
                         "late_payment_mentions = excluded.late_payment_mentions, "
                         "late_interest_rate = excluded.late_interest_rate, "
                         "recovery_indemnity = excluded.recovery_indemnity, "
                         "early_payment_discount = excluded.early_payment_discount, "
                         "technician_on_lines = excluded.technician_on_lines");
    q.bind(":mentions", s.latePaymentMentions ? 1 : 0).bind(":rate", s.lateInterestRate);
    q.bind(":indemnity", s.recoveryIndemnity).bind(":discount", s.earlyPaymentDiscount);
    q.bind(":technician", s.technicianOnInvoiceLines ? 1 : 0);
    return q.exec(tr("save the payment mentions"));
}
// ---- end of payment mentions ----

Result<QString> CompanyRepository::setting(const QString &key, const QString &fallback) const
{
    SqlStatement q(m_db, "SELECT value FROM settings WHERE key = :key");
    q.bind(":key", key);
    FACTURO_TRY(q.exec(tr("read a setting")));
    if (!q.next())
        return fallback;
    return q.text(0);
}

Status CompanyRepository::setSetting(const QString &key, const QString &value)
{
    SqlStatement q(m_db, "INSERT INTO settings (key, value) VALUES (:key, :value) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(":key", key).bind(":value", value);
    return q.exec(tr("save a setting"));
}
