#pragma once

#include "AuditLog.h"
#include "LedgerContext.h"
#include "MailAddress.h"
#include "MailSettings.h"

// Reads and saves the mail settings of a company file. Saving checks them (host, port,
// fingerprint, sender address), writes them in one transaction with a "settings"/"mail"
// audit event, and needs a manager (like every company setting).
//
//   MailSettingsService mail(ledger.context(), ledger.audit());
//   MailSettings settings = mail.load().value();
//   Result<SmtpSettings> smtp = mail.smtpSettings(settings, password);
class MailSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(MailSettingsService)
public:
    MailSettingsService(LedgerContext &context, AuditLog &audit)
        : m_ctx(context)
        , m_audit(audit)
    { }

    Result<MailSettings> load() const;
    Status save(const MailSettings &settings);

    // What SmtpClient needs: the settings with the password of this run of the program.
    static Result<SmtpSettings> smtpSettings(const MailSettings &settings, const QString &password);
    // The From address: the settings' address and name, else the company's email and name.
    Result<MailAddress> sender(const MailSettings &settings) const;

    static QString securityKey(SmtpSettings::Security security); // none, starttls, tls
    static Result<SmtpSettings::Security> securityFromKey(const QString &key);
    static Result<MailSettings> validated(MailSettings settings);

private:
    LedgerContext &m_ctx;
    AuditLog &m_audit;
};
