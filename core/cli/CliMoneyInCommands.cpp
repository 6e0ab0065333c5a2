#include "CliMoneyInCommands.h"

#include "DirectDebitService.h"
#include "MandateService.h"
#include "WriteOffService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliMoneyInCommands", text, disambiguation, n);
}

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

Result<qint64> customerArgument(CliSession &s, int index)
{
    auto text = s.args.positional(index, tr("customer id"));
    if (!text)
        return text.error();
    return s.id(text.value(), tr("customer"));
}

Result<PaymentMethod> methodOption(CliSession &s)
{
    PaymentMethod method = PaymentMethod::BankTransfer;
    if (!PaymentMethods::fromKey(s.args.option(opt("method"), QStringLiteral("bank_transfer")), &method))
        return Error::invalid(tr("--method is bank_transfer, card, cash, cheque or other."));
    return method;
}

QJsonObject mandateJson(const Mandate &m, const QString &next)
{
    return QJsonObject {{QStringLiteral("id"), m.id}, {QStringLiteral("customer"), m.customerId},
        {QStringLiteral("reference"), m.reference}, {QStringLiteral("signed"), m.signedOn.toString(Qt::ISODate)},
        {QStringLiteral("iban"), m.iban}, {QStringLiteral("bic"), m.bic},
        {QStringLiteral("scheme"), Mandate::schemeKey(m.scheme)}, {QStringLiteral("active"), m.isActive()},
        {QStringLiteral("revoked"), m.revokedOn.isValid() ? m.revokedOn.toString(Qt::ISODate) : QString()},
        {QStringLiteral("next_sequence"), m.isActive() ? next : QString()}};
}
} // namespace

Status CliMoneyInCommands::mandate(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    MandateService mandates(s.ledger->context(), s.ledger->audit());
    if (sub == QLatin1String("add")) {
        FACTURO_TRY(s.args.allowOnly(
            {opt("reference"), opt("signed"), opt("iban"), opt("bic"), opt("scheme")}, QStringLiteral("mandate add")));
        auto customer = customerArgument(s, 0);
        if (!customer)
            return customer.error();
        for (const char *required : {"reference", "signed", "iban"})
            if (!s.args.has(opt(required)))
                return Error::invalid(tr("--%1 is required.").arg(opt(required)));
        Mandate m;
        m.customerId = customer.value();
        m.reference = s.args.option(opt("reference"));
        auto signedOn = s.date(s.args.option(opt("signed")), QStringLiteral("--signed"));
        if (!signedOn)
            return signedOn.error();
        m.signedOn = signedOn.value();
        m.iban = s.args.option(opt("iban"));
        m.bic = s.args.option(opt("bic"));
        const QString scheme = s.args.option(opt("scheme"), QStringLiteral("core")).toLower();
        if (scheme != QLatin1String("core") && scheme != QLatin1String("b2b"))
            return Error::invalid(tr("--scheme is core or b2b."));
        m.scheme = scheme == QLatin1String("b2b") ? MandateScheme::B2B : MandateScheme::Core;
        auto id = mandates.add(m);
        if (!id)
            return id.error();
        s.line(QString::number(id.value()));
        return {};
    }
    if (sub == QLatin1String("list")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("mandate list")));
        auto customer = customerArgument(s, 0);
        if (!customer)
            return customer.error();
        auto list = mandates.forCustomer(customer.value());
        if (!list)
            return list.error();
        QJsonArray rows;
        for (const Mandate &m : std::as_const(list.value())) {
            auto next = mandates.nextSequence(m.id);
            if (!next)
                return next.error();
            rows.append(mandateJson(m, next.value()));
            if (!s.args.json)
                s.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                           .arg(m.id)
                           .arg(m.reference, m.signedOn.toString(Qt::ISODate), MandateService::maskedIban(m.iban),
                               Mandate::schemeCode(m.scheme),
                               m.isActive() ? tr("in force, next %1").arg(next.value())
                                            : tr("revoked %1").arg(m.revokedOn.toString(Qt::ISODate))));
        }
        if (s.args.json)
            s.json(rows);
        return {};
    }
    if (sub == QLatin1String("revoke")) {
        FACTURO_TRY(s.args.allowOnly({opt("date")}, QStringLiteral("mandate revoke")));
        auto ref = s.args.positional(0, tr("mandate reference or id"));
        if (!ref)
            return ref.error();
        auto id = mandates.idOfReference(ref.value());
        if (!id)
            return id.error();
        qint64 mandateId = id.value();
        if (mandateId == 0) {
            bool number = false;
            mandateId = ref->toLongLong(&number);
            if (!number)
                return Error::notFound(tr("No mandate has the reference %1.").arg(ref.value()));
        }
        QDate on;
        if (s.args.has(opt("date"))) {
            auto d = s.date(s.args.option(opt("date")), QStringLiteral("--date"));
            if (!d)
                return d.error();
            on = d.value();
        }
        return mandates.revoke(mandateId, on);
    }
    return Error::invalid(tr("Unknown command 'mandate %1' (add, list, revoke).").arg(sub));
}

Status CliMoneyInCommands::directDebit(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    DirectDebitService service(s.ledger->context(), s.ledger->audit(), s.ledger->payments(), s.ledger->drafts());
    if (sub == QLatin1String("file") || sub == QLatin1String("due")) {
        FACTURO_TRY(s.args.allowOnly({opt("collect-on"), opt("out")}, QStringLiteral("direct-debit ") + sub));
        if (!s.args.has(opt("collect-on")))
            return Error::invalid(tr("--collect-on is required."));
        auto on = s.date(s.args.option(opt("collect-on")), QStringLiteral("--collect-on"));
        if (!on)
            return on.error();
        if (sub == QLatin1String("due")) {
            auto due = service.due(on.value());
            if (!due)
                return due.error();
            for (const DirectDebitCandidate &c : std::as_const(due.value()))
                s.line(QStringLiteral("%1\t%2\t%3").arg(c.number, c.customerName, s.money(c.amountDue)));
            return {};
        }
        if (!s.args.has(opt("out")))
            return Error::invalid(tr("--out is required."));
        auto written = service.writeFile(on.value(), s.args.option(opt("out")));
        if (!written)
            return written.error();
        s.record(QJsonObject {{QStringLiteral("message_id"), written->messageId},
            {QStringLiteral("collections"), written->count}, {QStringLiteral("total"), s.money(written->total)},
            {QStringLiteral("invoices"), QJsonArray::fromStringList(written->invoices)},
            {QStringLiteral("sha256"), written->sha256}});
        return {};
    }
    if (sub == QLatin1String("return")) {
        FACTURO_TRY(s.args.allowOnly({opt("fee"), opt("reason"), opt("date")}, QStringLiteral("direct-debit return")));
        auto ref = s.args.positional(0, tr("invoice number"));
        if (!ref)
            return ref.error();
        auto id = s.documentId(ref.value());
        if (!id)
            return id.error();
        DebitReturnRequest r;
        r.invoiceId = id.value();
        if (s.args.has(opt("fee"))) {
            auto fee = s.amount(s.args.option(opt("fee")));
            if (!fee)
                return fee.error().prefixed(QStringLiteral("--fee"));
            r.fee = fee.value();
        }
        r.reason = s.args.option(opt("reason"));
        if (s.args.has(opt("date"))) {
            auto d = s.date(s.args.option(opt("date")), QStringLiteral("--date"));
            if (!d)
                return d.error();
            r.date = d.value();
        }
        auto returned = service.recordReturn(r);
        if (!returned)
            return returned.error();
        s.line(QString::number(returned.value()));
        return {};
    }
    return Error::invalid(tr("Unknown command 'direct-debit %1' (due, file, return).").arg(sub));
}

Status CliMoneyInCommands::writeOff(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({opt("reason")}, QStringLiteral("invoice write-off")));
    auto ref = s.args.positional(0, tr("invoice number"));
    if (!ref)
        return ref.error();
    auto id = s.documentId(ref.value());
    if (!id)
        return id.error();
    WriteOffService service(s.ledger->context(), s.ledger->audit(), s.ledger->journal());
    auto done = service.writeOff(id.value(), s.args.option(opt("reason")));
    if (!done)
        return done.error();
    s.line(QString::number(done.value()));
    return {};
}

Status CliMoneyInCommands::spreadPayment(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({opt("customer"), opt("amount"), opt("date"), opt("method"), opt("reference"),
                                     opt("invoices"), opt("overpayment")},
        QStringLiteral("payment add --customer")));
    SpreadPaymentRequest r;
    auto customer = s.id(s.args.option(opt("customer")), QStringLiteral("--customer"));
    if (!customer)
        return customer.error();
    r.customerId = customer.value();
    if (!s.args.has(opt("amount")))
        return Error::invalid(tr("--amount is required."));
    auto amount = s.amount(s.args.option(opt("amount")));
    if (!amount)
        return amount.error().prefixed(QStringLiteral("--amount"));
    r.amount = amount.value();
    if (s.args.has(opt("date"))) {
        auto d = s.date(s.args.option(opt("date")), QStringLiteral("--date"));
        if (!d)
            return d.error();
        r.date = d.value();
    }
    auto method = methodOption(s);
    if (!method)
        return method.error();
    r.method = method.value();
    r.reference = s.args.option(opt("reference"));
    if (s.args.has(opt("overpayment"))) {
        if (s.args.option(opt("overpayment")) != QLatin1String("credit"))
            return Error::invalid(tr("--overpayment takes the value credit."));
        r.keepExcessAsCredit = true;
    }
    if (s.args.has(opt("invoices"))) {
        for (const QString &item : s.args.option(opt("invoices")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString number = item.section(QLatin1Char('='), 0, 0).trimmed();
            auto id = s.documentId(number);
            if (!id)
                return id.error();
            qint64 share = 0;
            if (item.contains(QLatin1Char('='))) {
                auto a = s.amount(item.section(QLatin1Char('='), 1));
                if (!a)
                    return a.error().prefixed(number);
                if (a.value() <= 0)
                    return Error::invalid(tr("%1: the amount must be greater than zero.").arg(number));
                share = a.value();
            }
            r.allocations.append({id.value(), share});
        }
        if (r.allocations.isEmpty())
            return Error::invalid(tr("--invoices names no invoice."));
    }
    auto ids = s.ledger->payments().registerSpread(r);
    if (!ids)
        return ids.error();
    for (qint64 id : std::as_const(ids.value()))
        s.line(QString::number(id));
    return {};
}

Status CliMoneyInCommands::refundCredit(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly(
        {opt("amount"), opt("date"), opt("method"), opt("reference")}, QStringLiteral("payment refund-credit")));
    auto customer = customerArgument(s, 0);
    if (!customer)
        return customer.error();
    if (!s.args.has(opt("amount")))
        return Error::invalid(tr("--amount is required."));
    CreditRefundRequest r;
    r.customerId = customer.value();
    auto amount = s.amount(s.args.option(opt("amount")));
    if (!amount)
        return amount.error().prefixed(QStringLiteral("--amount"));
    r.amount = amount.value();
    if (s.args.has(opt("date"))) {
        auto d = s.date(s.args.option(opt("date")), QStringLiteral("--date"));
        if (!d)
            return d.error();
        r.date = d.value();
    }
    auto method = methodOption(s);
    if (!method)
        return method.error();
    r.method = method.value();
    r.reference = s.args.option(opt("reference"));
    auto id = s.ledger->payments().credits().refund(r);
    if (!id)
        return id.error();
    s.line(QString::number(id.value()));
    return {};
}

Status CliMoneyInCommands::settingsPayments(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({opt("write-off-limit")}, QStringLiteral("settings payments")));
    WriteOffService service(s.ledger->context(), s.ledger->audit(), s.ledger->journal());
    if (s.args.has(opt("write-off-limit"))) {
        auto amount = s.amount(s.args.option(opt("write-off-limit")));
        if (!amount)
            return amount.error().prefixed(QStringLiteral("--write-off-limit"));
        FACTURO_TRY(service.setLimit(amount.value()));
    }
    auto limit = service.limit();
    if (!limit)
        return limit.error();
    s.record(QJsonObject {{QStringLiteral("write_off_limit"), s.money(limit.value())}});
    return {};
}

Status CliMoneyInCommands::creditorIdOption(CliSession &s)
{
    if (!s.args.has(opt("creditor-id")))
        return {};
    MandateService mandates(s.ledger->context(), s.ledger->audit());
    return mandates.setCreditorId(s.args.option(opt("creditor-id")));
}

Result<QJsonObject> CliMoneyInCommands::customerExtras(CliSession &s, qint64 customerId)
{
    auto credit = s.ledger->payments().credits().balance(customerId);
    if (!credit)
        return credit.error();
    MandateService mandates(s.ledger->context(), s.ledger->audit());
    auto list = mandates.forCustomer(customerId);
    if (!list)
        return list.error();
    QJsonArray rows;
    for (const Mandate &m : std::as_const(list.value())) {
        auto next = mandates.nextSequence(m.id);
        if (!next)
            return next.error();
        rows.append(mandateJson(m, next.value()));
    }
    return QJsonObject {{QStringLiteral("credit"), s.money(credit.value())}, {QStringLiteral("mandates"), rows}};
}
