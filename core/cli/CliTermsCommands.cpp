#include "CliTermsCommands.h"

#include "Money.h"

#include <QJsonObject>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliTermsCommands", text, disambiguation, n);
}

Result<bool> yesNo(CliSession &s, const char *name)
{
    const QString value = s.args.option(QString::fromLatin1(name)).trimmed().toLower();
    if (value == QLatin1String("yes"))
        return true;
    if (value == QLatin1String("no"))
        return false;
    return Error::invalid(tr("--%1 is yes or no.").arg(QLatin1String(name)));
}
} // namespace

Status CliTermsCommands::settings(CliSession &s)
{
    const QStringList names {QStringLiteral("late-payment-mentions"), QStringLiteral("late-interest-rate"),
        QStringLiteral("recovery-indemnity"), QStringLiteral("early-payment-discount"),
        QStringLiteral("technician-on-lines")};
    FACTURO_TRY(s.args.allowOnly(names, QStringLiteral("settings invoices")));
    auto loaded = s.ledger->context().company.load();
    if (!loaded)
        return loaded.error();
    CompanySettings c = loaded.value();
    bool changing = false;
    for (const QString &name : names)
        changing = changing || s.args.has(name);
    if (changing) {
        if (s.args.has(QStringLiteral("late-payment-mentions"))) {
            auto on = yesNo(s, "late-payment-mentions");
            if (!on)
                return on.error();
            c.latePaymentMentions = on.value();
        }
        if (s.args.has(QStringLiteral("late-interest-rate"))) {
            const QString rate = s.args.option(QStringLiteral("late-interest-rate")).trimmed();
            c.lateInterestRate = rate == QLatin1String("statutory") ? QString() : rate;
        }
        if (s.args.has(QStringLiteral("recovery-indemnity"))) {
            auto amount = s.amount(s.args.option(QStringLiteral("recovery-indemnity")));
            if (!amount)
                return amount.error().prefixed(QStringLiteral("--recovery-indemnity"));
            c.recoveryIndemnity = amount.value();
        }
        if (s.args.has(QStringLiteral("early-payment-discount"))) {
            const QString discount = s.args.option(QStringLiteral("early-payment-discount")).trimmed();
            c.earlyPaymentDiscount = discount == QLatin1String("none") ? QString() : discount;
        }
        if (s.args.has(QStringLiteral("technician-on-lines"))) {
            auto on = yesNo(s, "technician-on-lines");
            if (!on)
                return on.error();
            c.technicianOnInvoiceLines = on.value();
        }
        FACTURO_TRY(s.ledger->settings().saveCompany(c));
        loaded = s.ledger->context().company.load();
        if (!loaded)
            return loaded.error();
        c = loaded.value();
    }
    const QJsonObject json {{QStringLiteral("late_payment_mentions"), c.latePaymentMentions},
        {QStringLiteral("late_interest_rate"),
            c.lateInterestRate.isEmpty() ? QStringLiteral("statutory") : c.lateInterestRate},
        {QStringLiteral("recovery_indemnity"), Money::plain(c.recoveryIndemnity, c.currency)},
        {QStringLiteral("early_payment_discount"),
            c.earlyPaymentDiscount.isEmpty() ? QStringLiteral("none") : c.earlyPaymentDiscount},
        {QStringLiteral("technician_on_lines"), c.technicianOnInvoiceLines}};
    s.record(json);
    return {};
}
