#include "MandateService.h"

#include "DirectDebitCreditorId.h"
#include "Iban.h"
#include "Transaction.h"

Result<qint64> MandateService::add(const Mandate &given)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        Mandate m = given; // each attempt starts from what was given
        m.reference = m.reference.trimmed();
        m.iban = Iban::normalized(m.iban);
        m.bic = m.bic.trimmed().toUpper();
        if (!DirectDebitCreditorId::isSepaIdentifier(m.reference))
            return Error::invalid(
                tr("The mandate reference \"%1\" must have 1 to 35 characters among letters, digits and "
                   "+ ? / - : ( ) . , ' and spaces (not starting with / nor holding //).")
                    .arg(m.reference));
        if (!m.signedOn.isValid())
            return Error::invalid(tr("The mandate's signature date is missing."));
        if (m.signedOn > m_ctx.clock.today())
            return Error::invalid(
                tr("The mandate's signature date %1 is in the future.").arg(m.signedOn.toString(Qt::ISODate)));
        if (!Iban::isValid(m.iban))
            return Error::invalid(tr("%1 is not a valid IBAN.").arg(m.iban));
        if (!m.bic.isEmpty() && !DirectDebitCreditorId::isBic(m.bic))
            return Error::invalid(tr("%1 is not a BIC: 8 or 11 letters and digits.").arg(m.bic));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto customer = m_ctx.customers.find(m.customerId);
        if (!customer)
            return customer.error();
        auto existing = m_mandates.idOfReference(m.reference);
        if (!existing)
            return existing.error();
        if (existing.value() > 0)
            return Error::conflict(tr("A mandate with the reference %1 exists already: each mandate has its own "
                                      "reference.")
                                       .arg(m.reference));
        m.createdAt = m_ctx.clock.nowUtc();
        m.createdBy = m_ctx.user.name;
        m.revokedOn = QDate();
        auto id = m_mandates.insert(m);
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("customer"), m.customerId, QStringLiteral("mandate_add"),
            {{QStringLiteral("mandate"), id.value()}, {QStringLiteral("reference"), m.reference},
                {QStringLiteral("signed"), m.signedOn.toString(Qt::ISODate)},
                {QStringLiteral("iban"), maskedIban(m.iban)},
                {QStringLiteral("scheme"), Mandate::schemeKey(m.scheme)}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Status MandateService::revoke(qint64 mandateId, const QDate &on)
{
    return m_ctx.db.retrying([&]() -> Status {
        const QDate date = on.isValid() ? on : m_ctx.clock.today();
        if (date > m_ctx.clock.today())
            return Error::invalid(tr("The revocation date %1 is in the future.").arg(date.toString(Qt::ISODate)));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto m = m_mandates.find(mandateId);
        if (!m)
            return m.error();
        if (!m->isActive())
            return Error::conflict(
                tr("Mandate %1 was revoked on %2 already.").arg(m->reference, m->revokedOn.toString(Qt::ISODate)));
        FACTURO_TRY(m_mandates.revoke(mandateId, date, m_ctx.user.name));
        FACTURO_TRY(m_audit.record(QStringLiteral("customer"), m->customerId, QStringLiteral("mandate_revoke"),
            {{QStringLiteral("mandate"), mandateId}, {QStringLiteral("reference"), m->reference},
                {QStringLiteral("revoked"), date.toString(Qt::ISODate)}}));
        return tx.commit();
    });
}

const QString &MandateService::creditorIdKey()
{
    static const QString key = QStringLiteral("sepa_creditor_id");
    return key;
}

Result<QString> MandateService::creditorId() const
{
    return m_ctx.company.setting(creditorIdKey());
}

Status MandateService::setCreditorId(const QString &text)
{
    return m_ctx.db.retrying([&]() -> Status {
        if (!m_ctx.user.isManager())
            return Error::permission(tr("Only a manager can change the company settings."));
        QString id;
        if (!text.trimmed().isEmpty()) {
            auto valid = DirectDebitCreditorId::validated(text);
            if (!valid)
                return valid.error();
            id = valid.value();
        }
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.company.setSetting(creditorIdKey(), id));
        FACTURO_TRY(m_audit.record(
            QStringLiteral("settings"), 1, QStringLiteral("edit"), {{QStringLiteral("creditor_id"), id}}));
        return tx.commit();
    });
}

QString MandateService::maskedIban(const QString &iban)
{
    const QString n = Iban::normalized(iban);
    if (n.size() < 8)
        return n;
    QString out;
    for (qsizetype i = 0; i < n.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char(' ');
        out += i >= 4 && i < n.size() - 4 ? QLatin1Char('*') : n.at(i);
    }
    return out;
}
