#include "JournalService.h"

#include <QMap>

Result<qint64> JournalService::account(const QString &role)
{
    const auto it = m_accounts.constFind(role);
    if (it != m_accounts.constEnd())
        return *it;
    auto found = m_ctx.catalog.accountByRole(role);
    if (!found)
        return found.error();
    m_accounts.insert(role, found->id);
    return found->id;
}

void JournalService::post(JournalEntry &entry, qint64 accountId, qint64 signedDebit)
{
    if (signedDebit == 0)
        return;
    JournalLine line;
    line.accountId = accountId;
    if (signedDebit > 0)
        line.debit = signedDebit;
    else
        line.credit = -signedDebit;
    entry.lines.append(line);
}

Result<JournalEntry> JournalService::entryForDocument(const Document &d)
{
    const bool invoice = d.type == DocumentType::Invoice;
    const qint64 sign = invoice ? 1 : -1; // debit side for an invoice, credit side for a credit note
    JournalEntry entry;
    entry.date = d.issueDate;
    entry.kind = invoice ? QStringLiteral("invoice") : QStringLiteral("credit_note");
    entry.documentId = d.id;
    entry.reference = d.number;
    entry.description = d.customerName;

    auto receivable = account(QStringLiteral("receivable"));
    auto vat = account(QStringLiteral("vat_payable"));
    if (!receivable)
        return receivable.error();
    if (!vat)
        return vat.error();
    post(entry, receivable.value(), sign * d.totalGross);

    QMap<QString, qint64> revenueByKind; // ordered: labor, other, part
    for (const DocumentLine &line : d.lines)
        revenueByKind[LineKinds::key(line.kind)] += line.net;
    for (auto it = revenueByKind.cbegin(); it != revenueByKind.cend(); ++it) {
        auto revenue = account(QStringLiteral("revenue_") + it.key());
        if (!revenue)
            return revenue.error();
        post(entry, revenue.value(), -sign * it.value());
    }
    post(entry, vat.value(), -sign * d.totalTax);
    if (!entry.isBalanced())
        return Error::refused(tr("The journal entry of %1 does not balance: its lines do not add up to its "
                                 "totals. Nothing was posted.").arg(d.displayName()));
    return entry;
}

Status JournalService::recordDocument(const Document &posted)
{
    auto entry = entryForDocument(posted);
    if (!entry)
        return entry.error();
    if (entry->lines.isEmpty())
        return {}; // a document of zero (free warranty work) has nothing to book
    auto id = m_ctx.journal.insert(entry.value(), m_ctx.clock.nowUtc());
    if (!id)
        return id.error();
    return {};
}

Status JournalService::recordPayment(const Payment &p, const Document &d)
{
    JournalEntry entry;
    entry.date = p.date;
    entry.documentId = d.id;
    entry.paymentId = p.id;
    entry.reference = d.number;
    entry.description = p.reference.isEmpty() ? d.customerName : d.customerName + QStringLiteral(" — ") + p.reference;
    auto receivable = account(QStringLiteral("receivable"));
    auto cash = account(p.kind == PaymentKind::WriteOff ? QStringLiteral("write_off") : PaymentMethods::key(p.method));
    if (!receivable)
        return receivable.error();
    if (!cash)
        return cash.error();
    switch (p.kind) {
    case PaymentKind::Payment:
    case PaymentKind::Reversal: // amount is negative: the same lines, mirrored
        entry.kind = p.kind == PaymentKind::Payment ? QStringLiteral("payment") : QStringLiteral("reversal");
        post(entry, cash.value(), p.amount);
        post(entry, receivable.value(), -p.amount);
        break;
    case PaymentKind::Refund:
        entry.kind = QStringLiteral("refund");
        post(entry, receivable.value(), p.amount);
        post(entry, cash.value(), -p.amount);
        break;
    case PaymentKind::WriteOff: {
        auto writeOff = account(QStringLiteral("write_off"));
        if (!writeOff)
            return writeOff.error();
        entry.kind = QStringLiteral("write_off");
        post(entry, writeOff.value(), p.amount);
        post(entry, receivable.value(), -p.amount);
        break;
    }
    }
    auto id = m_ctx.journal.insert(entry, m_ctx.clock.nowUtc());
    if (!id)
        return id.error();
    return {};
}

Result<qint64> JournalService::recordCustomerCredit(const QString &kind, qint64 amount, PaymentMethod method,
    const QDate &date, qint64 documentId, const QString &reference, const QString &description)
{
    auto credits = account(QStringLiteral("customer_credit"));
    if (!credits)
        return credits.error();
    auto cash = account(PaymentMethods::key(method));
    if (!cash)
        return cash.error();
    JournalEntry entry;
    entry.date = date;
    entry.kind = kind;
    entry.documentId = documentId;
    entry.reference = reference;
    entry.description = description;
    const qint64 sign = kind == QLatin1String("credit_kept") ? 1 : -1;
    post(entry, cash.value(), sign * amount);
    post(entry, credits.value(), -sign * amount);
    return m_ctx.journal.insert(entry, m_ctx.clock.nowUtc());
}
