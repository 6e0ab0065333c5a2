#include "CliContractReports.h"

#include "ContractRunService.h"
#include "ContractSchedule.h"
#include "Currency.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliContractCommands", text, disambiguation, n);
}

QJsonObject contractJson(CliSession &s, const Contract &c)
{
    QJsonArray lines;
    for (const ContractLine &l : c.lines) {
        QJsonArray versions;
        for (const ContractVersion &v : l.versions)
            versions.append(QJsonObject {{QStringLiteral("from"), v.effectiveFrom.toString(Qt::ISODate)},
                {QStringLiteral("unit_price"), v.unitPrice.toString()},
                {QStringLiteral("tax_category"), TaxCategories::key(v.taxCategory)},
                {QStringLiteral("tax_rate"), v.taxRate.toString()}, {QStringLiteral("by"), v.createdBy},
                {QStringLiteral("at"), v.createdAt.toString(Qt::ISODate)}});
        QJsonObject line {{QStringLiteral("id"), l.id}, {QStringLiteral("description"), l.description},
            {QStringLiteral("quantity"), l.quantity.toString()}, {QStringLiteral("versions"), versions}};
        if (l.endsOn.isValid())
            line.insert(QStringLiteral("ends_on"), l.endsOn.toString(Qt::ISODate));
        lines.append(line);
    }
    QJsonObject o {{QStringLiteral("id"), c.id}, {QStringLiteral("customer"), c.customerId},
        {QStringLiteral("customer_name"), c.customerName}, {QStringLiteral("every"), c.every},
        {QStringLiteral("unit"), ContractKeys::unit(c.unit)},
        {QStringLiteral("start"), c.startDate.toString(Qt::ISODate)},
        {QStringLiteral("end"), c.endDate.isValid() ? c.endDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("count"), c.maxCount}, {QStringLiteral("billing"), ContractKeys::billing(c.billing)},
        {QStringLiteral("lead_days"), c.leadDays}, {QStringLiteral("action"), ContractKeys::action(c.action)},
        {QStringLiteral("language"), c.language}, {QStringLiteral("reference"), c.reference},
        {QStringLiteral("status"), ContractKeys::status(c.status)},
        {QStringLiteral("monthly_net"),
            s.money(ContractSchedule::monthlyNet(c, s.systemClock.today(), Currency::minorDigits(s.currency())))},
        {QStringLiteral("lines"), lines}};
    return o;
}

QJsonObject dueJson(const DueOccurrence &d)
{
    return {{QStringLiteral("contract"), d.contractId}, {QStringLiteral("customer"), d.customerName},
        {QStringLiteral("occurrence"), d.period.occurrence},
        {QStringLiteral("period_start"), d.period.start.toString(Qt::ISODate)},
        {QStringLiteral("period_end"), d.period.end.toString(Qt::ISODate)},
        {QStringLiteral("bill_date"), d.period.billDate.toString(Qt::ISODate)},
        {QStringLiteral("action"), ContractKeys::action(d.action)}};
}

QString periodText(const ContractPeriod &p)
{
    return p.start.toString(Qt::ISODate) + QStringLiteral("..") + p.end.toString(Qt::ISODate);
}
} // namespace

Status CliContractReports::listContracts(CliSession &s, ContractService &service)
{
    qint64 customerId = 0;
    if (s.args.has(QStringLiteral("customer"))) {
        auto id = s.id(s.args.option(QStringLiteral("customer")), tr("customer"));
        if (!id)
            return id.error();
        customerId = id.value();
    }
    const QString status = s.args.option(QStringLiteral("status"));
    if (!status.isEmpty() && !ContractKeys::statusFrom(status))
        return Error::invalid(tr("--status is active, paused, ended or cancelled."));
    auto list = service.repository().list(customerId);
    if (!list)
        return list.error();
    auto progress = service.repository().progress();
    if (!progress)
        return progress.error();
    QJsonArray rows;
    for (const Contract &c : std::as_const(list.value())) {
        if (!status.isEmpty() && ContractKeys::status(c.status) != status)
            continue;
        const auto next = ContractSchedule::next(c, progress->value(c.id).highest + 1);
        QJsonObject row = contractJson(s, c);
        row.remove(QStringLiteral("lines"));
        row.insert(
            QStringLiteral("next_bill_date"), next && c.bills() ? next->billDate.toString(Qt::ISODate) : QString());
        rows.append(row);
    }
    if (s.args.json) {
        s.json(rows);
        return {};
    }
    for (const QJsonValue &v : std::as_const(rows)) {
        const QJsonObject o = v.toObject();
        s.line(QStringList {QString::number(o.value(QStringLiteral("id")).toInteger()),
            o.value(QStringLiteral("customer_name")).toString(),
            ContractKeys::frequency(o.value(QStringLiteral("every")).toInt(),
                *ContractKeys::unitFrom(o.value(QStringLiteral("unit")).toString())),
            o.value(QStringLiteral("status")).toString(), o.value(QStringLiteral("next_bill_date")).toString(),
            o.value(QStringLiteral("monthly_net")).toString()}
                   .join(QLatin1Char('\t')));
    }
    return {};
}

Status CliContractReports::showContract(CliSession &s, ContractService &service, qint64 id)
{
    auto c = service.repository().find(id);
    if (!c)
        return c.error();
    auto made = service.repository().occurrencesOf(id);
    if (!made)
        return made.error();
    QJsonObject o = contractJson(s, c.value());
    QJsonArray occurrences;
    for (const OccurrenceSummary &m : std::as_const(made.value()))
        occurrences.append(QJsonObject {{QStringLiteral("occurrence"), m.occurrence.occurrence},
            {QStringLiteral("period"),
                periodText({m.occurrence.occurrence, m.occurrence.periodStart, m.occurrence.periodEnd, QDate()})},
            {QStringLiteral("outcome"), ContractOccurrence::outcomeKey(m.occurrence.outcome)},
            {QStringLiteral("document"), m.documentLabel}, {QStringLiteral("attention"), m.occurrence.attention}});
    o.insert(QStringLiteral("occurrences"), occurrences);
    if (s.args.json) {
        s.json(o);
        return {};
    }
    QJsonArray lines;
    for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
        QJsonObject line = v.toObject();
        QStringList prices;
        for (const QJsonValue &p : line.take(QStringLiteral("versions")).toArray())
            prices << p.toObject().value(QStringLiteral("unit_price")).toString() + QStringLiteral(" from ")
                    + p.toObject().value(QStringLiteral("from")).toString();
        line.insert(QStringLiteral("prices"), prices.join(QStringLiteral("; ")));
        lines.append(line);
    }
    o.insert(QStringLiteral("lines"), lines);
    s.record(o);
    return {};
}

Status CliContractReports::listDue(CliSession &s, Ledger &l, const QDate &asOf)
{
    ContractRunService runner(l);
    auto due = runner.due(asOf);
    if (!due)
        return due.error();
    QJsonArray rows;
    for (const DueOccurrence &d : std::as_const(due.value()))
        rows.append(dueJson(d));
    if (s.args.json) {
        s.json(rows);
        return {};
    }
    for (const DueOccurrence &d : std::as_const(due.value()))
        s.line(QStringList {QString::number(d.contractId), QString::number(d.period.occurrence), periodText(d.period),
            d.period.billDate.toString(Qt::ISODate), d.customerName, ContractKeys::action(d.action)}
                   .join(QLatin1Char('\t')));
    return {};
}

Status CliContractReports::reportRun(CliSession &s, const QList<MadeOccurrence> &made)
{
    QJsonArray rows;
    int failed = 0;
    for (const MadeOccurrence &m : made) {
        if (m.alreadyMade)
            continue;
        QJsonObject row = dueJson(m.due);
        if (!m.error.isEmpty()) {
            ++failed;
            row.insert(QStringLiteral("error"), m.error);
        } else {
            row.insert(QStringLiteral("outcome"), ContractOccurrence::outcomeKey(m.outcome));
            row.insert(QStringLiteral("document"), m.documentId);
            if (!m.number.isEmpty())
                row.insert(QStringLiteral("number"), m.number);
            if (!m.attention.isEmpty())
                row.insert(QStringLiteral("attention"), m.attention);
        }
        rows.append(row);
    }
    if (s.args.json) {
        s.json(rows);
    } else {
        for (const QJsonValue &v : std::as_const(rows)) {
            const QJsonObject o = v.toObject();
            const QString made = o.contains(QStringLiteral("error"))
                ? tr("not made: %1").arg(o.value(QStringLiteral("error")).toString())
                : o.contains(QStringLiteral("number"))
                ? o.value(QStringLiteral("number")).toString()
                : tr("Draft #%1").arg(o.value(QStringLiteral("document")).toInteger());
            QString text = QStringList {QString::number(o.value(QStringLiteral("contract")).toInteger()),
                QString::number(o.value(QStringLiteral("occurrence")).toInt()),
                o.value(QStringLiteral("period_start")).toString() + QStringLiteral("..")
                    + o.value(QStringLiteral("period_end")).toString(),
                made}
                               .join(QLatin1Char('\t'));
            if (o.contains(QStringLiteral("attention")))
                text += QLatin1Char('\t')
                    + tr("needs attention: %1").arg(o.value(QStringLiteral("attention")).toString());
            s.line(text);
        }
    }
    if (failed > 0)
        return Error::refused(tr("%n contract occurrence(s) could not be made; the others were.", nullptr, failed));
    return {};
}
