#pragma once

#include "AuditLog.h"
#include "LedgerContext.h"
#include "Mandate.h"
#include "MandateRepository.h"

// SEPA direct debit mandates of customers, and the company's SEPA creditor identifier (a company
// setting). Each change is checked, audited and one transaction.
class MandateService
{
    Q_DECLARE_TR_FUNCTIONS(MandateService)
public:
    MandateService(LedgerContext &context, AuditLog &audit)
        : m_ctx(context)
        , m_audit(audit)
        , m_mandates(context.db)
    { }

    // Checks the mandate (unique reference in the SEPA character set, signature date not in the
    // future, a valid IBAN, a BIC when given) and records it; returns its id.
    Result<qint64> add(const Mandate &mandate);
    Status revoke(qint64 mandateId, const QDate &on = {});
    Result<qint64> idOfReference(const QString &reference) const { return m_mandates.idOfReference(reference); }
    Result<Mandate> find(qint64 id) const { return m_mandates.find(id); }
    Result<QList<Mandate>> forCustomer(qint64 customerId) const { return m_mandates.forCustomer(customerId); }
    Result<Mandate> active(qint64 customerId) const { return m_mandates.active(customerId); }
    Result<QString> nextSequence(qint64 mandateId) const { return m_mandates.nextSequence(mandateId); }

    static const QString &creditorIdKey(); // the settings key "sepa_creditor_id"
    Result<QString> creditorId() const;
    Status setCreditorId(const QString &id); // a manager's change; empty clears it

    // "FR76 **** **** **** **** ***0 189": the country, check digits and last four characters.
    static QString maskedIban(const QString &iban);

private:
    LedgerContext &m_ctx;
    AuditLog &m_audit;
    MandateRepository m_mandates;
};
