#include "WriteOffService.h"

#include "Money.h"
#include "PostingService.h"
#include "TextRules.h"
#include "Transaction.h"

const QString &WriteOffService::limitKey()
{
    static const QString key = QStringLiteral("write_off_limit");
    return key;
}

Result<qint64> WriteOffService::limit() const
{
    auto text = m_ctx.company.setting(limitKey(), QStringLiteral("0"));
    if (!text)
        return text.error();
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    return ok && value >= 0 ? value : qint64(0);
}

Status WriteOffService::setLimit(qint64 value)
{
    return m_ctx.db.retrying([&]() -> Status {
        if (!m_ctx.user.isManager())
            return Error::permission(tr("Only a manager can change the write-off limit."));
        if (value < 0 || value > Money::MaxMinor)
            return Error::invalid(tr("The write-off limit must be zero or more."));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.company.setSetting(limitKey(), QString::number(value)));
        FACTURO_TRY(m_audit.record(
            QStringLiteral("settings"), 1, QStringLiteral("edit"), {{QStringLiteral("write_off_limit"), value}}));
        return tx.commit();
    });
}

Result<bool> WriteOffService::allowed(qint64 amount) const
{
    if (m_ctx.user.isManager())
        return true;
    auto max = limit();
    if (!max)
        return max.error();
    return amount <= max.value();
}

Result<qint64> WriteOffService::writeOff(qint64 invoiceId, const QString &reason)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        if (reason.size() > 200)
            return Error::invalid(tr("The reason is limited to 200 characters."));
        FACTURO_TRY(TextRules::refuseControls(reason, tr("reason")));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto doc = m_ctx.documents.find(invoiceId, false);
        if (!doc)
            return doc.error();
        Document d = doc.value();
        if (d.type != DocumentType::Invoice || d.isDraft())
            return Error::refused(tr("Only a posted invoice can have a difference written off."));
        const qint64 due = d.amountDue();
        if (due <= 0)
            return Error::refused(
                tr("%1 has nothing left to pay: there is nothing to write off.").arg(d.displayName()));
        auto ok = allowed(due);
        if (!ok)
            return ok.error();
        if (!ok.value()) {
            auto max = limit();
            if (!max)
                return max.error();
            return Error::permission(
                tr("Writing off %1 on %2 needs a manager: it is above the write-off limit of %3.")
                    .arg(Money::plain(due, d.currency), d.displayName(), Money::plain(max.value(), d.currency)));
        }
        Payment p;
        p.documentId = d.id;
        p.kind = PaymentKind::WriteOff;
        p.amount = due;
        p.date = m_ctx.clock.today();
        if (d.issueDate.isValid() && p.date < d.issueDate)
            return Error::refused(tr("%1 was issued on %2, after today: is the computer's clock set back?")
                                      .arg(d.displayName(), d.issueDate.toString(Qt::ISODate)));
        p.method = PaymentMethod::Other;
        p.reference = reason.trimmed().isEmpty() ? tr("Write-off of the difference") : reason.trimmed();
        p.createdAt = m_ctx.clock.nowUtc();
        p.createdBy = m_ctx.user.name;
        auto id = m_ctx.payments.insert(p);
        if (!id)
            return id.error();
        p.id = id.value();
        auto paid = m_ctx.payments.sumForDocument(d.id);
        if (!paid)
            return paid.error();
        FACTURO_TRY(m_ctx.documents.setSettlement(d.id, paid.value(), d.amountCredited,
            PostingService::settlementStatus(d, paid.value(), d.amountCredited), p.createdAt));
        FACTURO_TRY(m_journal.recordPayment(p, d));
        FACTURO_TRY(m_audit.record(QStringLiteral("invoice"), d.id, QStringLiteral("write_off"),
            {{QStringLiteral("payment"), p.id}, {QStringLiteral("amount"), p.amount},
                {QStringLiteral("date"), p.date.toString(Qt::ISODate)}, {QStringLiteral("reason"), p.reference}}));
        FACTURO_TRY(tx.commit());
        return p.id;
    });
}

Result<qint64> WriteOffService::payAndWriteOff(
    PaymentService &payments, const PaymentRequest &request, const QString &reason)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto paid = payments.registerPayment(request);
        if (!paid)
            return paid.error();
        auto writtenOff = writeOff(request.documentId, reason);
        if (!writtenOff)
            return writtenOff.error();
        FACTURO_TRY(tx.commit());
        return paid.value();
    });
}
