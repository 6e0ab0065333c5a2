#include "CliContractCommands.h"

#include "CliContractReports.h"
#include "ContractRunService.h"
#include "ContractService.h"
#include "DocumentMailer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliContractCommands", text, disambiguation, n);
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

Result<QDate> dateOf(CliSession &s, const char *option, const QDate &fallback = {})
{
    const QString name = QString::fromLatin1(option);
    if (!s.args.has(name))
        return fallback;
    return s.date(s.args.option(name), QStringLiteral("--") + name);
}

Result<int> intOf(CliSession &s, const char *option, int fallback, int minimum, int maximum)
{
    auto n = s.count(QString::fromLatin1(option), fallback, minimum, maximum);
    if (!n)
        return n.error();
    return static_cast<int>(n.value());
}

// The header options of `contract add` and `contract edit` over `c`.
Status headerOptions(CliSession &s, Contract &c)
{
    if (s.args.has(QStringLiteral("customer"))) {
        auto id = s.id(s.args.option(QStringLiteral("customer")), tr("customer"));
        if (!id)
            return id.error();
        c.customerId = id.value();
    }
    auto every = intOf(s, "every", c.every, 1, 120);
    if (!every)
        return every.error();
    c.every = every.value();
    if (s.args.has(QStringLiteral("unit"))) {
        auto unit = ContractKeys::unitFrom(s.args.option(QStringLiteral("unit")));
        if (!unit)
            return Error::invalid(tr("--unit is week, month or year."));
        c.unit = *unit;
    }
    auto start = dateOf(s, "start", c.startDate);
    if (!start)
        return start.error();
    c.startDate = start.value();
    if (s.args.has(QStringLiteral("end")) && s.args.has(QStringLiteral("count")))
        return Error::invalid(tr("--end and --count exclude each other."));
    if (s.args.option(QStringLiteral("end")) == QLatin1String("open")) {
        c.endDate = QDate();
        c.maxCount = 0;
    } else if (s.args.has(QStringLiteral("end"))) {
        auto end = dateOf(s, "end");
        if (!end)
            return end.error();
        c.endDate = end.value();
        c.maxCount = 0;
    }
    if (s.args.has(QStringLiteral("count"))) {
        auto count = intOf(s, "count", 0, 1, 10000);
        if (!count)
            return count.error();
        c.maxCount = count.value();
        c.endDate = QDate();
    }
    if (s.args.has(QStringLiteral("billing"))) {
        auto billing = ContractKeys::billingFrom(s.args.option(QStringLiteral("billing")));
        if (!billing)
            return Error::invalid(tr("--billing is advance or arrears."));
        c.billing = *billing;
    }
    auto lead = intOf(s, "lead-days", c.leadDays, 0, 366);
    if (!lead)
        return lead.error();
    c.leadDays = lead.value();
    if (s.args.has(QStringLiteral("action"))) {
        auto action = ContractKeys::actionFrom(s.args.option(QStringLiteral("action")));
        if (!action)
            return Error::invalid(tr("--action is draft, post or send."));
        c.action = *action;
    }
    if (s.args.has(QStringLiteral("terms"))) {
        auto terms = intOf(s, "terms", 0, 0, 365);
        if (!terms)
            return terms.error();
        c.paymentTermsDays = terms.value();
    }
    c.language = s.args.option(QStringLiteral("language"), c.language);
    c.reference = s.args.option(QStringLiteral("reference"), c.reference);
    return {};
}

const QStringList &headerNames()
{
    static const QStringList list = names({"customer", "every", "unit", "start", "end", "count", "billing", "lead-days",
        "action", "terms", "language", "reference"});
    return list;
}

Result<ContractVersion> priceOptions(CliSession &s, const ContractVersion &current, bool required)
{
    ContractVersion v = current;
    if (required && !s.args.has(QStringLiteral("unit-price")))
        return Error::invalid(tr("--unit-price is required."));
    if (s.args.has(QStringLiteral("unit-price"))) {
        auto price = UnitPrice::parse(s.args.option(QStringLiteral("unit-price")), false);
        if (!price)
            return price.error().prefixed(QStringLiteral("--unit-price"));
        v.unitPrice = price.value();
    }
    if (required && !s.args.has(QStringLiteral("tax-rate")))
        return Error::invalid(tr("--tax-rate is required."));
    if (s.args.has(QStringLiteral("tax-rate"))) {
        auto rate = Percentage::parse(s.args.option(QStringLiteral("tax-rate")), false);
        if (!rate)
            return rate.error().prefixed(QStringLiteral("--tax-rate"));
        v.taxRate = rate.value();
        v.taxCategory = rate->isZero() ? TaxCategory::Zero : TaxCategory::Standard;
    }
    if (s.args.has(QStringLiteral("tax-category"))) {
        auto category = TaxCategories::fromKey(s.args.option(QStringLiteral("tax-category")));
        if (!category)
            return category.error().prefixed(QStringLiteral("--tax-category"));
        v.taxCategory = category.value();
    }
    v.exemptionReason = s.args.option(QStringLiteral("exemption-reason"), v.exemptionReason);
    return v;
}

// --item SKU: the catalog item's text, unit, kind, price and tax rate as the line's defaults.
Status catalogLine(CliSession &s, ContractLine &line, ContractVersion &price)
{
    const QString sku = s.args.option(QStringLiteral("item")).trimmed();
    auto item = s.ledger->context().catalog.itemBySku(sku);
    if (!item)
        return item.error().prefixed(QStringLiteral("--item"));
    if (!item->active)
        return Error::refused(tr("Catalog item %1 is no longer offered: it cannot start a contract line.").arg(sku));
    auto rate = item->taxRateId > 0 ? s.ledger->context().catalog.taxRate(item->taxRateId)
                                    : s.ledger->context().catalog.defaultTaxRate();
    if (!rate)
        return rate.error().prefixed(QStringLiteral("--item"));
    line.catalogItemId = item->id;
    line.description = item->description;
    line.unit = item->unit;
    line.kind = item->kind;
    price.unitPrice = item->unitPrice;
    price.taxCategory = rate->category;
    price.taxRate = rate->rate;
    price.exemptionReason = rate->exemptionReason;
    return {};
}

} // namespace

Status CliContractCommands::contract(CliSession &s)
{
    Ledger &l = *s.ledger;
    ContractService service(l.context(), l.audit());
    QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    if (sub == QLatin1String("line")) {
        sub = QStringLiteral("line ") + s.args.words.value(2);
        s.args.verbWords = 3;
    }
    const QString verb = QStringLiteral("contract ") + sub;
    auto contractId = [&]() -> Result<qint64> {
        auto word = s.args.positional(0, tr("contract id"));
        if (!word)
            return word.error();
        return s.id(word.value(), tr("contract"));
    };
    if (sub == QLatin1String("add")) {
        FACTURO_TRY(s.args.allowOnly(headerNames(), verb));
        for (const char *required : {"customer", "every", "unit", "start"})
            if (!s.args.has(QString::fromLatin1(required)))
                return Error::invalid(tr("--%1 is required.").arg(QString::fromLatin1(required)));
        Contract c;
        FACTURO_TRY(headerOptions(s, c));
        auto id = service.add(c);
        if (!id)
            return id.error();
        s.line(QString::number(id.value()));
        return {};
    }
    if (sub == QLatin1String("list")) {
        FACTURO_TRY(s.args.allowOnly(names({"customer", "status"}), verb));
        return CliContractReports::listContracts(s, service);
    }
    if (sub.isEmpty()
        || !QStringList {QStringLiteral("edit"), QStringLiteral("show"), QStringLiteral("pause"),
            QStringLiteral("resume"), QStringLiteral("end"), QStringLiteral("cancel"), QStringLiteral("line add"),
            QStringLiteral("line remove"), QStringLiteral("price")}
                .contains(sub))
        return Error::invalid(tr("Unknown command 'contract %1' (add, edit, show, list, pause, resume, end, cancel, "
                                 "line add, line remove, price).")
                                  .arg(sub));
    auto id = contractId();
    if (!id)
        return id.error();
    if (sub == QLatin1String("show")) {
        FACTURO_TRY(s.args.allowOnly({}, verb));
        return CliContractReports::showContract(s, service, id.value());
    }
    if (sub == QLatin1String("edit")) {
        FACTURO_TRY(s.args.allowOnly(headerNames(), verb));
        auto c = service.repository().find(id.value());
        if (!c)
            return c.error();
        FACTURO_TRY(headerOptions(s, c.value()));
        return service.edit(c.value());
    }
    if (sub == QLatin1String("pause")) {
        FACTURO_TRY(s.args.allowOnly({}, verb));
        return service.pause(id.value());
    }
    if (sub == QLatin1String("resume")) {
        FACTURO_TRY(s.args.allowOnly(names({"missed"}), verb));
        const QString missed = s.args.option(QStringLiteral("missed"));
        if (missed != QLatin1String("catch-up") && missed != QLatin1String("skip"))
            return Error::invalid(tr("--missed catch-up|skip is required: bill the periods missed while paused, or "
                                     "skip them."));
        return service.resume(id.value(),
            missed == QLatin1String("skip") ? ContractService::Missed::Skip : ContractService::Missed::CatchUp);
    }
    if (sub == QLatin1String("end")) {
        FACTURO_TRY(s.args.allowOnly(names({"on"}), verb));
        auto on = dateOf(s, "on");
        if (!on)
            return on.error();
        return service.end(id.value(), on.value());
    }
    if (sub == QLatin1String("cancel")) {
        FACTURO_TRY(s.args.allowOnly({}, verb));
        return service.cancel(id.value());
    }
    if (sub == QLatin1String("line add")) {
        FACTURO_TRY(s.args.allowOnly(names({"description", "quantity", "unit-price", "tax-rate", "tax-category",
                                         "exemption-reason", "unit", "kind", "item"}),
            verb));
        ContractLine line;
        ContractVersion base;
        if (s.args.has(QStringLiteral("item"))) {
            // A catalog item gives the line its text, unit, kind, price and tax; options override them.
            FACTURO_TRY(catalogLine(s, line, base));
        }
        line.description = s.args.option(QStringLiteral("description"), line.description);
        if (!s.args.has(QStringLiteral("quantity")))
            return Error::invalid(tr("--quantity is required."));
        auto quantity = Quantity::parse(s.args.option(QStringLiteral("quantity")));
        if (!quantity)
            return quantity.error().prefixed(QStringLiteral("--quantity"));
        line.quantity = quantity.value();
        line.unit = s.args.option(QStringLiteral("unit"), line.unit);
        const QString kind = s.args.option(QStringLiteral("kind"), LineKinds::key(line.kind));
        if (kind != QLatin1String("labor") && kind != QLatin1String("part") && kind != QLatin1String("other"))
            return Error::invalid(tr("--kind is labor, part or other."));
        line.kind = LineKinds::fromKey(kind);
        auto price = priceOptions(s, base, line.catalogItemId == 0);
        if (!price)
            return price.error();
        auto lineId = service.addLine(id.value(), line, price.value());
        if (!lineId)
            return lineId.error();
        s.line(QString::number(lineId.value()));
        return {};
    }
    auto lineOption = [&]() -> Result<qint64> {
        if (!s.args.has(QStringLiteral("line")))
            return Error::invalid(tr("--line is required."));
        return s.id(s.args.option(QStringLiteral("line")), tr("line"));
    };
    auto lineId = lineOption();
    if (!lineId)
        return lineId.error();
    if (sub == QLatin1String("line remove")) {
        FACTURO_TRY(s.args.allowOnly(names({"line", "from"}), verb));
        auto from = dateOf(s, "from");
        if (!from)
            return from.error();
        return service.removeLine(id.value(), lineId.value(), from.value());
    }
    // price
    FACTURO_TRY(
        s.args.allowOnly(names({"line", "unit-price", "tax-rate", "tax-category", "exemption-reason", "from"}), verb));
    auto c = service.repository().find(id.value());
    if (!c)
        return c.error();
    ContractVersion current;
    for (const ContractLine &line : c->lines)
        if (line.id == lineId.value() && !line.versions.isEmpty())
            current = line.versions.last();
    if (!s.args.has(QStringLiteral("from")))
        return Error::invalid(tr("--from is required: the first day the new price applies to."));
    auto from = dateOf(s, "from");
    if (!from)
        return from.error();
    if (!s.args.has(QStringLiteral("unit-price")) && !s.args.has(QStringLiteral("tax-rate")))
        return Error::invalid(tr("--unit-price or --tax-rate is required."));
    auto price = priceOptions(s, current, false);
    if (!price)
        return price.error();
    price->effectiveFrom = from.value();
    auto version = service.setPrice(id.value(), lineId.value(), price.value());
    if (!version)
        return version.error();
    s.line(QString::number(version.value()));
    return {};
}

Status CliContractCommands::contracts(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    Ledger &l = *s.ledger;
    auto asOf = dateOf(s, "as-of", s.systemClock.today());
    if (!asOf)
        return asOf.error();
    if (sub == QLatin1String("due")) {
        FACTURO_TRY(s.args.allowOnly(names({"as-of"}), QStringLiteral("contracts due")));
        return CliContractReports::listDue(s, l, asOf.value());
    }
    if (sub != QLatin1String("run"))
        return Error::invalid(tr("Unknown command 'contracts %1' (due, run).").arg(sub));
    FACTURO_TRY(s.args.allowOnly(names({"as-of", "dry-run"}), QStringLiteral("contracts run")));
    if (s.args.flag(QStringLiteral("dry-run")))
        return CliContractReports::listDue(s, l, asOf.value());
    DocumentMailer mailer(l);
    ContractRunService runner(l, [&mailer](qint64 documentId) -> Status {
        DocumentMailRequest request;
        request.documentId = documentId;
        auto queued = mailer.queue(request);
        if (!queued)
            return queued.error();
        return {};
    });
    auto made = runner.run(asOf.value(), [&s](qint64 done, qint64 total) {
        s.progress(tr("Contracts:"), done, total);
        return true;
    });
    if (!made)
        return made.error();
    return CliContractReports::reportRun(s, made.value());
}
