#pragma once

#include "AuditLog.h"
#include "CompanySettings.h"
#include "Document.h"
#include "LedgerContext.h"
#include "OutboxMessage.h"

#include <QStringList>

// The subject and body of a mail before its placeholders are filled.
struct MailTemplate
{
    QString subject;
    QString body;
    bool operator==(const MailTemplate &) const = default;
};

// The values of the placeholders, already formatted for the document's language.
struct MailPlaceholders
{
    QString number; // {number}
    QString customer; // {customer}
    QString amountDue; // {amount_due}
    QString dueDate; // {due_date}
    QString company; // {company}
    QString paymentReference; // {payment_reference}: as printed ("RF18 ...", "+++...+++"); empty = none
    QString paymentLink; // {payment_link}: frozen at posting, while something is due; empty = none
};

// Per-language mail templates (en, fr, de) for invoices, credit notes and reminders, kept in
// the settings table under "mail.template.<kind>.<language>.subject|body"; what is not stored
// comes from the built-in texts. Placeholders: {number}, {customer}, {amount_due}, {due_date},
// {company}, {payment_reference}, {payment_link}; a body line naming a payment reference or link
// the document does not have is left out.
//
//   MailTemplates templates(ledger.context(), ledger.audit());
//   MailTemplate t = templates.load(MailKind::Invoice, document.language).value();
//   MailTemplate filled = MailTemplates::fill(t, MailTemplates::placeholdersFor(document, company));
class MailTemplates
{
    Q_DECLARE_TR_FUNCTIONS(MailTemplates)
public:
    MailTemplates(LedgerContext &context, AuditLog &audit)
        : m_ctx(context)
        , m_audit(audit)
    { }

    static QStringList languages(); // en, fr, de
    static QStringList placeholderNames();
    // The language used for `language`: itself when a template exists for it, else English.
    static QString supportedLanguage(const QString &language);
    static MailTemplate builtIn(MailKind kind, const QString &language);

    Result<MailTemplate> load(MailKind kind, const QString &language) const;
    // Saves the template (a manager only); an empty subject and body go back to the built-in one.
    Status save(MailKind kind, const QString &language, const MailTemplate &mailTemplate);

    // Refuses unknown placeholders, an empty subject and a line break in the subject.
    static Status validate(const MailTemplate &mailTemplate);
    static MailTemplate fill(const MailTemplate &mailTemplate, const MailPlaceholders &values);
    // Amounts and dates in the document's language ("1 234,56 €", "10/04/2026").
    static MailPlaceholders placeholdersFor(const Document &document, const CompanySettings &company);
    static QString localeName(const QString &language);

private:
    static QString settingKey(MailKind kind, const QString &language, const char *part);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
};
