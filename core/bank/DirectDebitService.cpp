#include "DirectDebitService.h"

#include "AtomicFile.h"
#include "DirectDebitCreditorId.h"
#include "Iban.h"
#include "Money.h"
#include "Pain008Writer.h"
#include "TextRules.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QFile>

Status DirectDebitService::checkCreditor(const CompanySettings &company, QString *creditorId) const
{
    if (company.currency != QLatin1String("EUR"))
        return Error::refused(
            tr("SEPA direct debits are in euro; this company's currency is %1.").arg(company.currency));
    auto id = m_mandates.creditorId();
    if (!id)
        return id.error();
    if (id->isEmpty())
        return Error::refused(tr("The company has no SEPA creditor identifier: set it first (settings company "
                                 "--creditor-id ID)."));
    auto valid = DirectDebitCreditorId::validated(id.value());
    if (!valid)
        return valid.error();
    if (!Iban::isValid(company.iban))
        return Error::refused(tr("The company's IBAN is missing or not valid: the money is collected to it."));
    const QString bic = company.bic.trimmed().toUpper();
    if (!bic.isEmpty() && !DirectDebitCreditorId::isBic(bic))
        return Error::refused(tr("The company's BIC %1 is not valid.").arg(company.bic));
    *creditorId = valid.value();
    return {};
}

Result<DirectDebitFileResult> DirectDebitService::writeFile(const QDate &collectOn, const QString &path)
{
    if (!collectOn.isValid())
        return Error::invalid(tr("The collection date is missing."));
    if (collectOn <= m_ctx.clock.today())
        return Error::invalid(tr("The collection date %1 must be after today: the bank needs the file before the "
                                 "day it collects.")
                                  .arg(collectOn.toString(Qt::ISODate)));
    if (collectOn > m_ctx.clock.today().addYears(1))
        return Error::invalid(
            tr("The collection date %1 is more than a year away.").arg(collectOn.toString(Qt::ISODate)));
    if (path.trimmed().isEmpty())
        return Error::invalid(tr("The file to write is missing."));
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    QString creditorId;
    FACTURO_TRY(checkCreditor(company.value(), &creditorId));

    Transaction tx(m_ctx.db);
    FACTURO_TRY(tx.began());
    auto candidates = m_collections.due(collectOn);
    if (!candidates)
        return candidates.error();
    if (candidates->isEmpty())
        return Error::refused(tr("No invoice is to be collected by direct debit on %1: none is open, due by then, "
                                 "paid by direct debit and of a customer with a mandate in force.")
                                  .arg(collectOn.toString(Qt::ISODate)));
    auto written = m_collections.collectionCount();
    if (!written)
        return written.error();
    const QDateTime now = m_ctx.clock.nowUtc();
    Pain008Message message;
    message.messageId
        = QStringLiteral("FACTURO-%1-%2").arg(now.toString(QStringLiteral("yyyyMMddHHmmss"))).arg(written.value() + 1);
    message.createdAt = now;
    message.creditorName = company->name;
    message.creditorIban = Iban::normalized(company->iban);
    message.creditorBic = company->bic.trimmed().toUpper();
    message.creditorId = creditorId;
    message.collectOn = collectOn;
    DirectDebitFileResult result;
    result.messageId = message.messageId;
    for (const DirectDebitCandidate &c : std::as_const(candidates.value())) {
        auto mandate = m_mandates.find(c.mandateId);
        if (!mandate)
            return mandate.error();
        auto sequence = m_mandates.nextSequence(c.mandateId);
        if (!sequence)
            return sequence.error();
        auto earlier = m_collections.forDocument(c.documentId);
        if (!earlier)
            return earlier.error();
        PaymentRequest pay;
        pay.documentId = c.documentId;
        pay.amount = c.amountDue;
        pay.date = m_ctx.clock.today();
        pay.method = PaymentMethod::DirectDebit;
        pay.reference
            = tr("SEPA direct debit %1, collected on %2").arg(message.messageId, collectOn.toString(Qt::ISODate));
        auto payment = m_payments.registerPayment(pay);
        if (!payment)
            return payment.error().prefixed(c.number);
        DirectDebitCollection row;
        row.documentId = c.documentId;
        row.mandateId = c.mandateId;
        row.paymentId = payment.value();
        row.amount = c.amountDue;
        row.collectOn = collectOn;
        row.sequence = sequence.value();
        row.messageId = message.messageId;
        row.endToEndId = earlier->isEmpty() ? c.number : QStringLiteral("%1/%2").arg(c.number).arg(earlier->size() + 1);
        row.createdAt = now;
        row.createdBy = m_ctx.user.name;
        auto id = m_collections.insertCollection(row);
        if (!id)
            return id.error();
        Pain008Transaction t;
        t.endToEndId = row.endToEndId;
        t.amount = row.amount;
        t.mandateReference = mandate->reference;
        t.mandateSigned = mandate->signedOn;
        t.debtorName = c.customerName;
        t.debtorIban = mandate->iban;
        t.debtorBic = mandate->bic;
        t.remittance = c.number;
        t.sequence = row.sequence;
        t.scheme = Mandate::schemeCode(mandate->scheme);
        message.transactions.append(t);
        result.invoices.append(c.number);
        result.total += row.amount;
    }
    result.count = static_cast<int>(message.transactions.size());
    const QByteArray bytes = Pain008Writer::write(message);
    result.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    FACTURO_TRY(m_audit.record(QStringLiteral("direct_debit"), written.value() + 1, QStringLiteral("file"),
        {{QStringLiteral("message_id"), message.messageId},
            {QStringLiteral("collect_on"), collectOn.toString(Qt::ISODate)}, {QStringLiteral("count"), result.count},
            {QStringLiteral("total"), result.total}, {QStringLiteral("sha256"), result.sha256}}));
    // The file first: a file that could not be written records nothing. Should the commit fail
    // after it, the file is removed again, so that no collection leaves without its record.
    FACTURO_TRY(AtomicFile::write(path, bytes));
    const Status committed = tx.commit();
    if (!committed) {
        QFile::remove(path);
        return committed.error();
    }
    return result;
}

Result<qint64> DirectDebitService::recordReturn(const DebitReturnRequest &r)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        if (r.fee < 0 || r.fee > Money::MaxMinor)
            return Error::invalid(tr("The fee must be zero or more."));
        if (r.reason.size() > 35)
            return Error::invalid(tr("The return reason is limited to 35 characters (a code such as MD06)."));
        FACTURO_TRY(TextRules::refuseControls(r.reason, tr("return reason")));
        const QDate date = r.date.isValid() ? r.date : m_ctx.clock.today();
        if (date > m_ctx.clock.today())
            return Error::invalid(tr("The return date %1 is in the future.").arg(date.toString(Qt::ISODate)));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        qint64 invoiceId = r.invoiceId;
        if (invoiceId == 0 && !r.endToEndId.isEmpty()) {
            auto found = m_collections.documentOfEndToEnd(r.endToEndId);
            if (!found)
                return found.error();
            if (found.value() == 0)
                return Error::notFound(tr("No direct debit was sent with the reference %1.").arg(r.endToEndId));
            invoiceId = found.value();
        }
        auto invoice = m_ctx.documents.find(invoiceId, false);
        if (!invoice)
            return invoice.error();
        auto list = m_collections.forDocument(invoiceId);
        if (!list)
            return list.error();
        const DirectDebitCollection *standing = nullptr;
        for (const DirectDebitCollection &c : std::as_const(list.value()))
            if (c.returnId == 0 && (r.endToEndId.isEmpty() || c.endToEndId == r.endToEndId))
                standing = &c;
        if (!standing)
            return Error::refused(
                tr("%1 has no direct debit collection that could come back.").arg(invoice->displayName()));
        if (date < standing->createdAt.date())
            return Error::invalid(
                tr("The return date %1 is before the debit was sent.").arg(date.toString(Qt::ISODate)));
        const QString reason = r.reason.trimmed();
        auto reversal = m_payments.reverse(standing->paymentId,
            tr("Returned direct debit %1%2")
                .arg(standing->endToEndId,
                    reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + QLatin1Char(')')),
            true);
        if (!reversal)
            return reversal.error();
        qint64 feeDraft = 0;
        if (r.fee > 0) {
            DocumentLine line;
            line.kind = LineKind::Other;
            line.description = tr("Bank charges for the returned direct debit of invoice %1").arg(invoice->number);
            line.quantity = Quantity::fromInteger(1);
            const int digits = Money(r.fee, invoice->currency).digits();
            qint64 scale = 1;
            for (int i = digits; i < UnitPrice::scale; ++i)
                scale *= 10;
            line.unitPrice = UnitPrice::fromScaled(r.fee * scale);
            line.taxCategory = TaxCategory::OutOfScope;
            line.exemptionReason = tr("Bank charges passed on, not subject to VAT");
            Document header;
            header.customerReference = invoice->number;
            header.printedNotes
                = tr("Your bank returned the direct debit of invoice %1%2; its charges are passed on.")
                      .arg(invoice->number,
                          reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + QLatin1Char(')'));
            auto draft = m_drafts.createInvoice(invoice->customerId, header, {line});
            if (!draft)
                return draft.error();
            feeDraft = draft.value();
        }
        DirectDebitReturn row;
        row.collectionId = standing->id;
        row.returnedOn = date;
        row.fee = r.fee;
        row.reason = reason;
        row.reversalPaymentId = reversal.value();
        row.feeDocumentId = feeDraft;
        row.createdAt = m_ctx.clock.nowUtc();
        row.createdBy = m_ctx.user.name;
        auto id = m_collections.insertReturn(row);
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("invoice"), invoiceId, QStringLiteral("debit_returned"),
            {{QStringLiteral("return"), id.value()}, {QStringLiteral("end_to_end_id"), standing->endToEndId},
                {QStringLiteral("fee"), r.fee}, {QStringLiteral("reason"), reason},
                {QStringLiteral("reversal"), reversal.value()}, {QStringLiteral("fee_invoice"), feeDraft}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}
